"""What real readers do, in a real browser, in each language, on a desktop and on a 360 px phone.

A journey is a list of steps; each step is a function (page, site) that acts like the reader and checks what
they see. Every page a step lands on is checked for horizontal overflow and for console errors (which
include Content-Security-Policy refusals). Add steps to a journey as features land; add a journey as a new
list and a test calling run_journey.
"""

import pytest
from playwright.sync_api import expect

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


NEWS_INDEXES = {"fr": ("Actualités", "actualites"), "es": ("Noticias", "noticias"), "en": ("News", "news")}
NEWS_ITEMS = {"fr": "Rencontre des volontaires à Cusco", "es": "Encuentro de voluntarios en Cusco",
              "en": "Volunteers meet in Cusco"}


def build_newsroom():
    """The three home pages, a news index in each language, an image in the library, the groups and workflow,
    an editor and an administrator."""
    from wagtail.models import Collection

    from home.groups import ensure_groups
    from tests.editors.conftest import member
    from tests.factories import ImageFactory, build_site_tree, translate_page
    from tests.news.factories import NewsIndexPageFactory
    from tests.quality.site_content import restore_migration_data

    restore_migration_data()
    tree = build_site_tree()
    ensure_groups()
    member("eduardo", "Editors")
    member("ana", "Administrators")
    # In the root collection, where the editors' image permissions apply.
    ImageFactory(title="Rencontre à Cusco", description="Des volontaires réunis sur une place de Cusco",
                 collection=Collection.get_first_root_node())
    index = NewsIndexPageFactory(parent=tree["fr"], title="Actualités", slug="actualites")
    indexes = {"fr": index}
    for language in ("es", "en"):
        title, slug = NEWS_INDEXES[language]
        indexes[language] = translate_page(index, language, title=title, slug=slug)
    return indexes


def signs_in(reader, username):
    from tests.editors.conftest import PASSWORD

    reader.page.goto(reader.base_url + "/admin/login/")
    reader.page.locator("input[name=username]").fill(username)
    reader.page.locator("input[name=password]").fill(PASSWORD)
    reader.page.locator("form.login-form button[type=submit]").click()
    reader.page.wait_for_url(reader.base_url + "/admin/")
    reader.landed()


def writes_a_news_item_with_an_image_and_submits_it(editor, index):
    """In the page editor, under the admin's CSP: title, lead, an image chosen in the library, then the
    footer's action menu sends it to the administrators' review."""
    page = editor.page
    page.goto(editor.base_url + f"/admin/pages/add/news/newspage/{index.pk}/")
    page.locator("form[data-edit-form]").wait_for()
    page.locator("#id_title").fill(NEWS_ITEMS[editor.language])
    page.locator("#id_lead").fill("Vingt volontaires réunis pour un week-end d'échanges.")
    page.locator("#id_hero_image-chooser .unchosen [data-chooser-action-choose]").click()
    try:
        page.locator(".modal [data-chooser-modal-choice]", has_text="Rencontre à Cusco").first.click()
    except Exception:
        page.screenshot(path="/tmp/journeys_chooser.png")
        raise
    expect(page.locator("#id_hero_image")).not_to_have_value("")
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name="Soumettre à validation par un administrateur").click()
    expect(page.get_by_text("a été soumis à validation").first).to_be_visible()
    assert not editor.errors, f"console errors in the editor: {editor.errors}"


def approves_and_publishes_it(administrator, language):
    page = administrator.page
    page.goto(administrator.base_url + "/admin/")
    row = page.locator("tr", has_text=NEWS_ITEMS[language])
    expect(row).to_be_visible()
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approuver", exact=True).click()
    expect(row).to_have_count(0)


def reads_it_on_the_home_page_and_in_the_feed(reader, index):
    from news.models import NewsPage

    title = NEWS_ITEMS[reader.language]
    article = NewsPage.objects.live().get(title=title)
    assert article.hero_image is not None and article.locale.language_code == reader.language
    reader.page.goto(reader.base_url + f"/{reader.language}/")
    reader.landed()
    reader.follow(reader.page.locator("main").get_by_role("link", name=title))
    assert reader.page.locator("h1").inner_text() == title
    assert reader.page.locator("main img").first.get_attribute("alt") is not None
    feed = reader.page.request.get(reader.base_url + index.url + "rss/")
    assert feed.ok and "xml" in feed.headers["content-type"]
    assert title in feed.text()


def test_editor_journey(browser, live_server, settings):
    """An editor writes a news item with an image in each language and submits it; an administrator
    publishes it; readers find it on the home page and in the feed (desktop and phone)."""
    settings.PAGE_CACHE_SECONDS = 0
    indexes = build_newsroom()
    editor = Reader(browser, live_server.url, "fr", "desktop")
    administrator = Reader(browser, live_server.url, "fr", "desktop")
    try:
        signs_in(editor, "eduardo")
        signs_in(administrator, "ana")
        for language in ("fr", "es", "en"):
            editor.language = language
            writes_a_news_item_with_an_image_and_submits_it(editor, indexes[language])
            approves_and_publishes_it(administrator, language)
            for viewport in VIEWPORTS:
                reader = Reader(browser, live_server.url, language, viewport)
                try:
                    reads_it_on_the_home_page_and_in_the_feed(reader, indexes[language])
                finally:
                    reader.close()
    finally:
        editor.close()
        administrator.close()
