"""axe-core (WCAG 2.2 A/AA rules) on every page type in fr/es/en, and the keyboard: skip link, visible focus,
menu and language switcher operable without a mouse.

Page types come from tests/site_builder.py (build_full_site returns {type: {language: URL}}); add a type
there and it is checked here. axe-core's script ships inside the axe-playwright-python wheel: no network.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.site_builder import build_full_site
from tests.site_builder import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"],
}
BLOCKING = {"serious", "critical"}
# Moderate for axe, but a screen reader user navigating by headings loses the structure of card lists.
ALSO_BLOCKING = {"heading-order"}


def _describe(url, violations):
    lines = []
    for violation in violations:
        targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        lines.append(f"{url}: [{violation['impact']}] {violation['id']}: {violation['help']} → {targets}")
    return "\n".join(lines)


def test_no_serious_accessibility_violation_on_any_page_type(page, live_server):
    """One site for the three languages: building it costs more than checking a page."""
    pages = build_full_site()
    axe = Axe()
    blocking, report = [], []
    for language in ("fr", "es", "en"):
        for kind, urls in pages.items():
            url = urls[language]
            response = page.goto(live_server.url + url)
            assert response.status == (404 if kind == "not found" else 200), f"{url}: HTTP {response.status}"
            violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
            report.append(_describe(url, violations))
            blocking += [violation for violation in violations
                         if violation["impact"] in BLOCKING or violation["id"] in ALSO_BLOCKING]
    assert not blocking, "\n".join(line for line in report if line)


def _focus_is_visible(page):
    """The focused element draws an outline or a ring that it does not draw unfocused."""
    return page.evaluate("""() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const ring = style.boxShadow && style.boxShadow !== 'none';
        const box = element.getBoundingClientRect();
        return (outline || ring) && box.width > 0 && box.height > 0;
    }""")


def test_skip_link_comes_first_and_moves_focus_to_the_content(page, live_server):
    pages = build_site()
    page.goto(live_server.url + pages["about"]["fr"])
    page.keyboard.press("Tab")
    text, target = page.evaluate("() => [document.activeElement.textContent.trim(), "
                                 "document.activeElement.getAttribute('href')]")
    assert target == "#main" and text  # its wording belongs to the translators
    assert _focus_is_visible(page)
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_every_control_shows_where_the_focus_is(page, live_server):
    pages = build_site()
    page.goto(live_server.url + pages["about"]["fr"])
    invisible = []
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement === document.body"):
            break
        if not _focus_is_visible(page):
            invisible.append(page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)"))
    assert not invisible, "no visible focus on:\n" + "\n".join(invisible)


def _tab_through(page, limit=60):
    """Tab through the page like a keyboard user, opening any collapsed menu met on the way.
    Returns the hrefs reached while visible."""
    reached = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate("""() => {
            const element = document.activeElement;
            const box = element.getBoundingClientRect();
            const collapsed = element.matches('summary') ? !element.parentElement.open
                : element.getAttribute('aria-expanded') === 'false';
            return {body: element === document.body, href: element.getAttribute('href'), collapsed,
                    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight};
        }""")
        if state["body"]:
            break
        if state["collapsed"]:
            page.keyboard.press("Enter")
        if state["href"] and state["visible"]:
            reached.append(state["href"])
    return reached


def test_menu_and_language_switcher_work_with_the_keyboard_on_a_phone(phone_page, live_server):
    pages = build_site()
    phone_page.goto(live_server.url + pages["home"]["fr"])
    menu = phone_page.locator("header nav").first.locator("a")
    menu_links = {menu.nth(index).get_attribute("href") for index in range(menu.count())}
    assert {pages["about"]["fr"], pages["programmes"]["fr"]} <= menu_links
    reached = _tab_through(phone_page)
    assert menu_links <= set(reached), f"not reachable with the keyboard: {menu_links - set(reached)}"
    assert "/es/" in reached
    phone_page.locator("a[hreflang=es]").focus()
    phone_page.keyboard.press("Enter")
    phone_page.wait_for_url(live_server.url + "/es/")
    assert phone_page.locator("html").get_attribute("lang") == "es"


def test_directory_filters_and_introduction_form_work_with_the_keyboard(page, live_server, settings):
    """A keyboard user ticks a filter with the space bar (the results follow, the focus stays), then sends the
    introduction form empty: every invalid field says so (aria-invalid) and points at its error message."""
    from django.utils import translation

    from tests.site_builder import build_directory_site

    directories = build_directory_site()
    page.goto(live_server.url + directories["fr"])
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.name") == "scheme":
            break
    else:
        raise AssertionError("no scheme filter reached with the Tab key")
    focused = page.evaluate("() => document.activeElement.id")
    assert _focus_is_visible(page)
    page.keyboard.press("Space")
    page.wait_for_url("**scheme=*")
    page.wait_for_function("(id) => document.activeElement && document.activeElement.id === id && "
                           "document.activeElement.checked", arg=focused)

    page.goto(live_server.url + directories["fr"] + "mano-a-mano/")
    with translation.override("fr"):
        ask, send = translation.gettext("Ask for an introduction"), translation.gettext("Send my request")
    page.get_by_role("link", name=ask).first.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    form = page.locator("form", has=page.locator("[name=organisation]"))
    form.get_by_role("button", name=send).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    invalid = page.evaluate("""() => [...document.querySelectorAll('[aria-invalid=true]')].map(field => {
        const ids = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        return [field.name, ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim()];
    })""")
    assert {name for name, _message in invalid} >= {"organisation", "contact_name", "email", "message", "consent"}
    assert all(message for _name, message in invalid), f"errors not tied to their field: {invalid}"
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    blocking = [violation for violation in violations if violation["impact"] in BLOCKING]
    assert not blocking, _describe(page.url, violations)
