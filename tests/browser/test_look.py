"""The site's look in a real browser: a phone header that stays small and folds its menu (with and without
JavaScript), a desktop menu on one line, card grids without holes, and the screenshots of the home, directory
and structure pages at 360 and 1280 px (saved in docs/screenshots/ with SAVE_SCREENSHOTS=1), every picture shown
and drawn fallbacks where a structure has no logo."""

import os
from pathlib import Path

import pytest

from django.core.files import File
from wagtail.images import get_image_model

from home.demo.drawings import PICTURES
from tests.browser.conftest import assert_no_horizontal_overflow
from tests.site_builder import build_full_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def _context(browser, viewport, javascript=True):
    return browser.new_context(viewport=viewport, locale="fr-FR", java_script_enabled=javascript,
                               is_mobile=viewport is PHONE, has_touch=viewport is PHONE)


def _header_height(page):
    return page.evaluate("() => document.querySelector('.site-header').getBoundingClientRect().height")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_phone_header_is_small_and_its_menu_folds(browser, live_server, javascript):
    pages = build_full_site()
    context = _context(browser, PHONE, javascript)
    page = context.new_page()
    for language in ("fr", "es", "en"):
        page.goto(live_server.url + pages["structure"][language])
        assert _header_height(page) <= 120
        menu = page.locator("header nav").first
        assert not menu.get_by_role("link").first.is_visible()
        toggle = page.locator("header summary")
        assert toggle.is_visible() and toggle.inner_text().strip()
        toggle.click()
        assert menu.get_by_role("link").first.is_visible()
        assert page.locator("header a[hreflang]").first.is_visible()
        assert_no_horizontal_overflow(page)
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_desktop_menu_is_open_on_one_line(browser, live_server, javascript):
    pages = build_full_site()
    context = _context(browser, DESKTOP, javascript)
    page = context.new_page()
    for language in ("fr", "es", "en"):
        page.goto(live_server.url + pages["home"][language])
        assert not page.locator("header summary").is_visible()
        links = page.locator("header nav").first.get_by_role("link")
        tops = {round(links.nth(index).bounding_box()["y"]) for index in range(links.count())}
        assert links.count() >= 2 and len(tops) == 1, tops
        assert page.locator("header a[hreflang]").first.is_visible()
    context.close()


def _show_illustrations_instead_of_plain_squares():
    """The factories' images are plain squares: the screenshots show the site's own illustrations instead."""
    for title, name in (("Lima", "lima"), ("Départ", "journey")):
        image = get_image_model().objects.get(title=title)
        with open(PICTURES / f"{name}.webp", "rb") as picture:
            image.file.save(f"{name}.webp", File(picture), save=False)
        image.save()


def _pictures(page):
    """[(src, shown)] of every picture of the main content, the lazy ones loaded at once (for the full-page shot)."""
    page.evaluate("""() => Promise.all([...document.images].map(image => {
        image.loading = "eager";
        return image.complete || new Promise(done => { image.onload = image.onerror = done; });
    }))""")
    return page.evaluate("""() => [...document.querySelectorAll('main img')].map(image =>
        [image.currentSrc, image.naturalWidth > 0 && image.getBoundingClientRect().width > 0])""")


def test_screenshots_and_grids_without_holes(browser, live_server):
    pages = build_full_site()
    _show_illustrations_instead_of_plain_squares()
    save = os.environ.get("SAVE_SCREENSHOTS") == "1"
    for width_name, viewport in (("360", PHONE), ("1280", DESKTOP)):
        context = _context(browser, viewport)
        page = context.new_page()
        for kind in ("home", "directory", "structure"):
            page.goto(live_server.url + pages[kind]["fr"])
            assert_no_horizontal_overflow(page)
            pictures = _pictures(page)
            assert pictures and all(shown for _src, shown in pictures), (kind, width_name, pictures)
            if kind == "directory":
                # A structure without a logo shows the drawn building, like a portrait without a photo.
                results = page.locator(".search-result")
                assert results.count() == page.locator(".search-result__logo img[src$='structure.svg']").count() > 0
            # Cards fill the width of their grid: no empty column beside a short list.
            gaps = page.evaluate("""() => [...document.querySelectorAll('.card-grid')].map(grid => {
                const right = Math.max(...[...grid.children].map(card => card.getBoundingClientRect().right));
                return grid.getBoundingClientRect().right - right;
            })""")
            assert all(gap < 2 for gap in gaps), (kind, width_name, gaps)
            if save:
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=SCREENSHOTS / f"site-{kind}-{width_name}.png", full_page=True)
        context.close()
