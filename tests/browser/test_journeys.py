"""What real readers do, in a real browser, in each language, on a desktop and on a 360 px phone.

A journey is a list of steps; each step is a function (page, site) that acts like the reader and checks what
they see. Every page a step lands on is checked for horizontal overflow and for console errors (which
include Content-Security-Policy refusals). Add steps to a journey as features land; add a journey as a new
list and a test calling run_journey.
"""

import pytest

from tests.browser.conftest import assert_no_horizontal_overflow
from tests.quality.site_content import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 740}}
BROWSER_LOCALES = {"fr": "fr-FR", "es": "es-PE", "en": "en-GB"}
# The same heading in the three languages, from the site content.
ABOUT_TITLES = {"fr": "Qui sommes-nous", "es": "Quiénes somos", "en": "About us"}
PROGRAMMES_TITLES = {"fr": "Programmes", "es": "Programas", "en": "Programmes"}


class Reader:
    """A browser tab with a language and a screen size, which checks every page it lands on."""

    def __init__(self, browser, base_url, language, viewport):
        phone = viewport == "phone"
        self.context = browser.new_context(viewport=VIEWPORTS[viewport], locale=BROWSER_LOCALES[language],
                                           is_mobile=phone, has_touch=phone)
        self.page = self.context.new_page()
        self.page.set_default_timeout(10_000)
        self.base_url, self.language, self.errors = base_url, language, []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def landed(self):
        self.page.wait_for_load_state("load")
        assert_no_horizontal_overflow(self.page)
        assert not self.errors, f"console errors on {self.page.url}: {self.errors}"

    def follow(self, link):
        link.click()
        self.landed()

    def close(self):
        self.context.close()


def lands_on_root_and_is_sent_to_their_language(reader, site):
    reader.page.goto(reader.base_url + "/")
    reader.landed()
    assert reader.page.url == reader.base_url + f"/{reader.language}/"
    assert reader.page.locator("html").get_attribute("lang") == reader.language


def opens_the_programmes_from_the_menu(reader, site):
    menu = reader.page.locator("header nav").first
    toggle = reader.page.locator("header summary, header [aria-expanded=false]")
    if toggle.count() and toggle.first.is_visible() and not menu.get_by_role("link").first.is_visible():
        toggle.first.click()
    reader.follow(menu.get_by_role("link", name=PROGRAMMES_TITLES[reader.language]))
    assert reader.page.url == reader.base_url + site["programmes"][reader.language]


def reads_a_programme(reader, site):
    reader.follow(reader.page.locator("main").get_by_role("link", name="EnLAzando").first)
    assert reader.page.url == reader.base_url + site["programme"][reader.language]
    assert reader.page.locator("h1").inner_text() == "EnLAzando"
    assert reader.page.get_by_text("Phase 1").is_visible()


def switches_to_french_and_stays_on_the_same_programme(reader, site):
    if reader.language == "fr":
        return
    reader.follow(reader.page.locator("a[hreflang=fr]").first)
    assert reader.page.url == reader.base_url + site["programme"]["fr"]
    assert reader.page.locator("html").get_attribute("lang") == "fr"


def reads_about_us_with_its_figures_and_table(reader, site):
    reader.page.goto(reader.base_url + site["about"][reader.language])
    reader.landed()
    assert reader.page.locator("h1").inner_text() == ABOUT_TITLES[reader.language]
    assert reader.page.get_by_text("384").is_visible()
    assert reader.page.locator("table").is_visible()


READER = [
    lands_on_root_and_is_sent_to_their_language,
    opens_the_programmes_from_the_menu,
    reads_a_programme,
    switches_to_french_and_stays_on_the_same_programme,
    reads_about_us_with_its_figures_and_table,
]


def run_journey(browser, live_server, steps, viewport):
    site = build_site()
    for language in ("fr", "es", "en"):
        reader = Reader(browser, live_server.url, language, viewport)
        try:
            for step in steps:
                step(reader, site)
        finally:
            reader.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_reader_journey(browser, live_server, viewport):
    run_journey(browser, live_server, READER, viewport)


EDITOR_PASSWORD = "lima-volontariat-2025"


def signs_in_to_the_admin(reader, site):
    from django.contrib.auth import get_user_model

    get_user_model().objects.filter(username="editor").exists() or get_user_model().objects.create_superuser(
        "editor", "editor@example.org", EDITOR_PASSWORD)
    reader.page.goto(reader.base_url + "/admin/login/")
    reader.page.locator("input[name=username]").fill("editor")
    reader.page.locator("input[name=password]").fill(EDITOR_PASSWORD)
    reader.page.locator("form.login-form button[type=submit]").click()
    reader.page.wait_for_url(reader.base_url + "/admin/")
    reader.landed()


def opens_the_home_page_in_the_editor(reader, site):
    """The admin's own scripts and styles run under its Content-Security-Policy: no refusal in the console."""
    from wagtail.models import Page

    home = Page.objects.get(url_path__endswith="/", depth=2, locale__language_code=reader.language)
    reader.page.goto(reader.base_url + f"/admin/pages/{home.pk}/edit/")
    reader.page.locator("form[data-edit-form]").wait_for()
    reader.page.wait_for_load_state("networkidle")
    assert not reader.errors, f"console errors in the editor: {reader.errors}"


EDITOR = [signs_in_to_the_admin, opens_the_home_page_in_the_editor]


def test_editor_journey(browser, live_server):
    site = build_site()
    for language in ("fr", "es", "en"):
        editor = Reader(browser, live_server.url, language, "desktop")
        try:
            for step in EDITOR:
                step(editor, site)
        finally:
            editor.close()
