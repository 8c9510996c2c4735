"""What real readers do, in a real browser, in each language, on a desktop and on a 360 px phone.

A journey is a list of steps; each step is a function (page, site) that acts like the reader and checks what
they see. Every page a step lands on is checked for horizontal overflow and for console errors (which
include Content-Security-Policy refusals). Add steps to a journey as features land; add a journey as a new
list and a test that walks it in each language and viewport.
"""

import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_horizontal_overflow

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


def language_link(page, language):
    """The switcher's link to `language`; on a phone it sits in the folded menu, which the reader opens first."""
    link = page.locator(f"nav.language-switcher a[hreflang={language}]")
    if not link.is_visible():
        page.locator("[data-site-menu] > summary").click()
    return link


def switches_to_french_and_stays_on_the_same_programme(reader, site):
    if reader.language == "fr":
        return
    reader.follow(language_link(reader.page, "fr"))
    assert reader.page.url == reader.base_url + site["programme"]["fr"]
    assert reader.page.locator("html").get_attribute("lang") == "fr"


def reads_about_us_with_its_figures_and_table(reader, site):
    reader.page.goto(reader.base_url + site["about"][reader.language])
    reader.landed()
    assert reader.page.locator("h1").inner_text() == ABOUT_TITLES[reader.language]
    assert reader.page.get_by_text("384").is_visible()
    assert reader.page.locator("table").is_visible()


def reads_a_portrait_from_the_home_page(reader, site):
    reader.page.goto(reader.base_url + site["home"][reader.language])
    reader.landed()
    reader.follow(reader.page.locator("main").get_by_role("link", name="Capucine V."))
    assert reader.page.url == reader.base_url + site["portrait"][reader.language]
    assert reader.page.locator("h1").inner_text().startswith("Capucine V.")


def follows_its_host_structure(reader, site):
    reader.follow(reader.page.locator("main").get_by_role("link", name="Mano a Mano"))
    assert reader.page.url == reader.base_url + site["structure"][reader.language]
    assert reader.page.locator("h1").inner_text().startswith("Mano a Mano")


def reads_a_news_article_and_subscribes_to_the_feed(reader, site):
    from tests.site_builder import ARTICLE_TITLES

    reader.page.goto(reader.base_url + site["news index"][reader.language])
    reader.landed()
    title = ARTICLE_TITLES[reader.language]
    reader.follow(reader.page.locator("main").get_by_role("link", name=title))
    assert reader.page.locator("h1").inner_text() == title
    feed_url = reader.page.locator("main").get_by_role("link", name="RSS").get_attribute("href")
    feed = reader.page.request.get(reader.base_url + feed_url)
    assert feed.ok and "xml" in feed.headers["content-type"]
    assert title in feed.text()


READER = [
    lands_on_root_and_is_sent_to_their_language,
    opens_the_programmes_from_the_menu,
    reads_a_programme,
    switches_to_french_and_stays_on_the_same_programme,
    reads_about_us_with_its_figures_and_table,
    reads_a_portrait_from_the_home_page,
    follows_its_host_structure,
    reads_a_news_article_and_subscribes_to_the_feed,
]


def walk_everywhere(browser, live_server, steps, site):
    """The steps of a journey, in each language, on a desktop and on a phone, each walk in its own browser."""
    for viewport in VIEWPORTS:
        for language in ("fr", "es", "en"):
            walker = Reader(browser, live_server.url, language, viewport)
            try:
                for step in steps:
                    step(walker, site)
            finally:
                walker.close()


def test_reader_journey(browser, live_server):
    """Every language, on a desktop and on a phone, over one site (building it costs more than the walk)."""
    from tests.site_builder import build_full_site

    walk_everywhere(browser, live_server, READER, build_full_site())


def _(language, text):
    """The interface text in the reader's language, from the catalogues (its wording belongs to translators)."""
    from django.utils import translation

    with translation.override(language):
        return translation.gettext(text)


def searches_the_directory_with_text_and_a_filter(sender, site):
    page = sender.page
    page.goto(sender.base_url + site[sender.language])
    sender.landed()
    results = page.locator(".search-result__title a")
    search = page.get_by_role("searchbox", name=_(sender.language, "Search the directory"))
    search.fill("cusco")
    search.press("Enter")
    page.wait_for_url("**q=cusco**")
    expect(results).to_have_count(3)
    opens_the_filters_on_a_phone(sender)
    page.get_by_role("group", name=_(sender.language, "Schemes")) \
        .get_by_role("checkbox", name=str(_scheme_label(sender.language, "sci"))).check()
    page.wait_for_url("**scheme=sci**")
    expect(results).to_have_count(2)
    assert sorted(results.all_inner_texts()) == ["Ayllu Cusco", "Mano a Mano"]
    sender.landed()


def is_phone(sender):
    return sender.page.viewport_size["width"] < 600


def opens_the_filters_on_a_phone(sender):
    """On a phone the filters wait behind one "Filters (n)" button; the first result is within a screen."""
    page = sender.page
    if not is_phone(sender):
        expect(page.locator("#search-facets")).to_be_visible()
        return
    first = page.locator(".search-result").first
    assert first.bounding_box()["y"] < 2 * page.viewport_size["height"], "first result more than a screen down"
    expect(page.locator("#search-facets")).to_be_hidden()
    toggle = page.locator(".filters-panel > summary")
    assert toggle.inner_text().startswith(_(sender.language, "Filters").split()[0])
    toggle.click()
    expect(page.locator("#search-facets")).to_be_visible()


WORD_OF_ANOTHER_LANGUAGE = {"fr": "educación", "es": "education", "en": "éducation"}


def searches_near_a_place_with_a_word_of_another_language(sender, site):
    """A place typed in another spelling (Cuzco) finds what is around it; a word of another language (the area
    "education" in Spanish on the French page) finds what is filed under it."""
    page = sender.page
    page.goto(sender.base_url + site[sender.language])
    sender.landed()
    if is_phone(sender):
        page.locator(".filters-panel > summary").click()
    near = page.get_by_label(_(sender.language, "Near the city of"))
    near.fill("Cuzco")
    near.press("Enter")
    page.wait_for_url("**near=Cuzco**")
    results = page.locator(".search-result__title a")
    expect(results).to_have_count(3)
    assert sorted(results.all_inner_texts()) == ["Ayllu Cusco", "Casa Cusco", "Mano a Mano"]
    word = WORD_OF_ANOTHER_LANGUAGE[sender.language]
    page.goto(sender.base_url + site[sender.language])
    search = page.get_by_role("searchbox", name=_(sender.language, "Search the directory"))
    search.fill(word)
    search.press("Enter")
    page.wait_for_url("**q=**")
    expect(results).to_have_count(2)
    assert sorted(results.all_inner_texts()) == ["Ayllu Cusco", "Mano a Mano"]
    sender.landed()


def sees_the_results_on_the_map(sender, site):
    """Every located result is a named link on the map (alone, or in a cluster saying how many)."""
    page = sender.page
    points = page.locator(".search-map a.search-map__marker, .search-map a.search-map__cluster")
    assert points.count() >= 1
    names = " ".join(point.locator("title").text_content() for point in points.all())
    assert "Mano a Mano" in names and "Ayllu Cusco" in names


def switches_language_and_keeps_the_search(sender, site):
    """The language switcher leads to the same search (text, filter) in the other language, and back."""
    page = sender.page
    other = "es" if sender.language != "es" else "en"
    sender.follow(language_link(page, other))
    assert "q=cusco" in page.url and "scheme=sci" in page.url and site[other] in page.url
    results = page.locator(".search-result__title a")
    assert sorted(results.all_inner_texts()) == ["Ayllu Cusco", "Mano a Mano"]
    page.go_back()
    sender.landed()
    assert sorted(results.all_inner_texts()) == ["Ayllu Cusco", "Mano a Mano"]


def _scheme_label(language, code):
    from django.utils import translation

    from directory.choices import SchemeCode

    with translation.override(language):
        return str(SchemeCode(code).label)


def downloads_the_export_and_the_edition(sender, site):
    """The CSV through the browser's download; on the desktop, the XLSX and the PDF edition's headers too."""
    from openpyxl import load_workbook

    page = sender.page
    csv_link = page.get_by_role("link", name="CSV", exact=True)
    with page.expect_download() as download:
        csv_link.click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert "Mano a Mano" in text and "Ayllu Cusco" in text
    assert "Casa Cusco" not in text and "Lima Solidaria" not in text
    if sender.page.viewport_size["width"] < 600:
        return
    response = page.request.get(sender.base_url + csv_link.get_attribute("href"))
    assert response.ok and response.headers["content-type"].startswith("text/csv")
    response = page.request.get(sender.base_url + page.get_by_role("link", name="XLSX", exact=True)
                                .get_attribute("href"))
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    names = {row[0].value for row in load_workbook(io.BytesIO(response.body())).active.iter_rows(min_row=2)}
    assert names == {"Mano a Mano", "Ayllu Cusco"}
    edition = page.get_by_role("link", name=_(sender.language, "Printable edition (PDF)")).first
    response = page.request.get(sender.base_url + edition.get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF") and len(response.body()) > 1000
    selection = page.get_by_role("link", name=_(sender.language, "Print this selection (PDF)"))
    assert "scheme=sci" in selection.get_attribute("href")
    response = page.request.get(sender.base_url + selection.get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "application/pdf"


def compares_two_structures(sender, site):
    page = sender.page
    compare = _(sender.language, "Compare")
    for name in ("Mano a Mano", "Ayllu Cusco"):
        box = page.get_by_role("checkbox", name=f"{compare} {name}")
        box.check()
        expect(box).to_be_checked()  # ticking it must not reload the results (it belongs to another form)
    page.get_by_role("button", name=_(sender.language, "Compare the ticked structures")).click()
    page.wait_for_url("**s=*")
    sender.landed()
    table = page.get_by_role("table", name=_(sender.language, "Comparison of host structures"))
    columns = table.locator("thead th").all_inner_texts()
    assert sorted(columns) == ["Ayllu Cusco", "Mano a Mano"]
    expect(table.get_by_role("rowheader", name=_(sender.language, "Region and city"))).to_be_visible()


def asks_for_an_introduction(sender, site):
    """From the compare table to the structure page, then the link to the introduction form, wherever the
    form lives; first sent empty (errors tied to their fields), then filled in."""
    from directory.models import IntroductionRequest

    page = sender.page
    sender.follow(page.locator("thead").get_by_role("link", name="Mano a Mano"))
    assert page.locator("h1").inner_text().startswith("Mano a Mano")
    sender.follow(page.get_by_role("link", name=_(sender.language, "Ask for an introduction")).first)
    form = page.locator("form", has=page.locator("[name=organisation]"))
    send = form.get_by_role("button", name=_(sender.language, "Send my request"))
    with page.expect_navigation():
        send.click()
    # The browser logs the form's answer to invalid input (400) as a failed resource; that one is expected.
    sender.errors[:] = [error for error in sender.errors if "status of 400" not in error]
    sender.landed()
    form = page.locator("form", has=page.locator("[name=organisation]"))
    organisation = form.locator("[name=organisation]")
    expect(organisation).to_have_attribute("aria-invalid", "true")
    error = page.locator("#" + organisation.get_attribute("aria-describedby").split()[-1])
    expect(error).to_be_visible()
    form.locator("[name=organisation]").fill(f"La Guilde {sender.language} {page.viewport_size['width']}")
    form.locator("[name=contact_name]").fill("Camille Durand")
    form.locator("[name=email]").fill("camille@example.org")
    form.locator("[name=schemes][value=sci]").check()
    form.locator("[name=message]").fill("Nous préparons une mission de service civique.")
    form.locator("[name=consent]").check()
    with page.expect_navigation():
        form.get_by_role("button", name=_(sender.language, "Send my request")).click()
    sender.landed()
    request = IntroductionRequest.objects.get(organisation=f"La Guilde {sender.language} "
                                                           f"{page.viewport_size['width']}")
    assert (request.structure.slug, request.language, request.schemes) == ("mano-a-mano", sender.language, ["sci"])


def sees_an_open_need_and_suggests_a_correction(sender, site):
    """The structure page says who is wanted; a correction goes to the editors, the page does not change."""
    from directory.models import HostStructure, StructureChangeRequest, VolunteerNeed
    from tests.directory.factories import VolunteerNeedFactory

    source = HostStructure.objects.get(slug="mano-a-mano", locale__language_code="fr")
    if not VolunteerNeed.objects.filter(structure=source).exists():
        VolunteerNeedFactory(structure=source, profile="Volontaire (test)", schemes=["sci"])
    page = sender.page
    page.goto(sender.base_url + site[sender.language] + "mano-a-mano/")
    sender.landed()
    needs = page.get_by_role("region", name=_(sender.language, "Volunteers wanted"))
    expect(needs.get_by_role("heading", name="Volontaire (test)")).to_be_visible()
    sender.follow(page.get_by_role("link", name=_(sender.language, "Suggest a correction")))
    phone = f"+51 84 {page.viewport_size['width']} {sender.language}"
    page.get_by_label(_(sender.language, "What is wrong?")).select_option("public_phone")
    page.get_by_label(_(sender.language, "The right information")).fill(phone)
    with page.expect_navigation():
        page.get_by_role("button", name=_(sender.language, "Send my suggestion")).click()
    sender.landed()
    expect(page.get_by_role("heading", level=1)).to_have_text(_(sender.language, "Thank you for your suggestion"))
    assert StructureChangeRequest.objects.filter(structure=source, proposed={"public_phone": phone},
                                                 origin="reader").exists()


SENDER = [searches_near_a_place_with_a_word_of_another_language,
          searches_the_directory_with_text_and_a_filter, sees_the_results_on_the_map,
          switches_language_and_keeps_the_search, downloads_the_export_and_the_edition,
          compares_two_structures, asks_for_an_introduction, sees_an_open_need_and_suggests_a_correction]


def test_sending_structure_journey(browser, live_server, settings):
    """Search, filter, export, edition, compare, introduction: in each language, on a desktop and a phone."""
    from tests.site_builder import build_directory_site

    settings.INTRODUCTION_RATE_LIMIT = (100, 3600)  # six requests from one address in a minute
    settings.CORRECTION_RATE_LIMIT = (100, 3600)
    walk_everywhere(browser, live_server, SENDER, build_directory_site())


NEWS_INDEXES = {"fr": ("Actualités", "actualites"), "es": ("Noticias", "noticias"), "en": ("News", "news")}
NEWS_ITEMS = {"fr": "Rencontre des volontaires à Cusco", "es": "Encuentro de voluntarios en Cusco",
              "en": "Volunteers meet in Cusco"}


def build_newsroom():
    """The three home pages, a news index in each language, an image in the library, the groups and workflow,
    an editor and an administrator."""
    from wagtail.models import Collection

    from editors.groups import ensure_groups
    from tests.factories import member
    from home.factories import ImageFactory
    from tests.site_builder import build_site_tree
    from tests.factories import translate_page
    from news.factories import NewsIndexPageFactory
    from tests.site_builder import restore_migration_data

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
    from tests.factories import PASSWORD

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
    page.locator(".modal [data-chooser-modal-choice]", has_text="Rencontre à Cusco").first.click()
    expect(page.locator("#id_hero_image")).not_to_have_value("")
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name="Soumettre à validation par un administrateur").click()
    expect(page.get_by_text("soumise pour modération").first).to_be_visible()
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
