"""Browser journeys of issue 7: a translator translates a news item into Spanish in Wagtail's admin and
submits it, an administrator approves it and the Spanish article goes live; the search suggestions combobox.

With SAVE_SCREENSHOTS=1 the steps are also saved as PNG files in docs/screenshots/ for the editors'
guide (docs/editors-guide-fr.md); normal runs write nothing.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_horizontal_overflow

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SPANISH = {"Lancement de Voluntades+ à Lima": "Lanzamiento de Voluntades+ en Lima",
           "Le programme démarre avec douze structures.": "El programa arranca con doce estructuras.",
           "lancement": "lanzamiento"}


def screenshot(page, name):
    if os.environ.get("SAVE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def restore_migration_data(ensure_locales):
    """A previous transactional test flushes what migrations created (locales, root page and collection)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    ensure_locales()
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page),
                                    locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def newsroom(transactional_db):
    """Locales, the three home pages, a news index in fr/es and a French article; the groups."""
    from editors.groups import ensure_groups
    from home.locales import ensure_locales
    from tests.site_builder import build_site_tree
    from tests.factories import translate_page
    from news.factories import NewsIndexPageFactory, NewsPageFactory

    restore_migration_data(ensure_locales)
    tree = build_site_tree()
    ensure_groups()
    index = NewsIndexPageFactory(parent=tree["fr"], title="Actualités", slug="actualites")
    translate_page(index, "es", title="Noticias", slug="noticias")
    article = NewsPageFactory(parent=index, title="Lancement de Voluntades+ à Lima", slug="lancement",
                              lead="Le programme démarre avec douze structures.")
    return article


def log_in(page, live_server, username):
    from tests.factories import PASSWORD

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def translate_every_string(page):
    """Type the Spanish of each string in wagtail-localize's editor, tab by tab (the slug is under Promotion)."""
    for tab in ("Contenu", "Promotion"):
        page.get_by_role("tab", name=tab).click()
        panel = page.locator("section[role=tabpanel]:visible, section.active:visible").first
        for _ in range(10):
            buttons = panel.get_by_role("button", name="Traduire")
            if buttons.count() == 0:
                break
            buttons.first.click()
            source = panel.locator("li.incomplete:has(textarea) p").first.inner_text().strip()
            panel.locator("textarea").first.fill(SPANISH[source])
            panel.get_by_role("button", name="Enregistrer").first.click()
            page.wait_for_load_state("networkidle")
        else:
            raise AssertionError("strings left untranslated")


def test_translator_translates_and_administrator_approves(browser, live_server, newsroom):
    from tests.factories import member

    member("teresa", "Translators")
    member("ana", "Administrators")
    translator = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR").new_page()
    translator.set_default_timeout(15_000)

    log_in(translator, live_server, "teresa")
    translator.goto(f"{live_server.url}/admin/localize/submit/page/{newsroom.pk}/")
    translator.get_by_label("Español").check()
    screenshot(translator, "traduire-1-choisir-les-langues")
    translator.get_by_role("button", name="Soumettre").click()
    translator.wait_for_url("**/edit/")
    translate_every_string(translator)
    screenshot(translator, "traduire-2-editeur-de-traduction")

    translator.goto(f"{live_server.url}/admin/")
    panel = translator.locator("section", has_text="Traductions à soumettre à validation")
    expect(panel.get_by_role("link", name="Lancement de Voluntades+ à Lima")).to_be_visible()
    screenshot(translator, "traduire-3-tableau-de-bord-traducteur")
    panel.get_by_role("link", name="Soumettre à validation").click()
    expect(translator.get_by_text("3 textes traduits sur 3")).to_be_visible()
    screenshot(translator, "traduire-4-soumettre-a-validation")
    translator.get_by_role("button", name="Soumettre à validation").click()
    expect(translator.get_by_text("a été soumis à validation")).to_be_visible()

    # Not public yet: the Spanish article waits for the administrator.
    response = translator.goto(f"{live_server.url}/es/noticias/lanzamiento/")
    assert response.status == 404

    administrator = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR").new_page()
    administrator.set_default_timeout(15_000)
    log_in(administrator, live_server, "ana")
    row = administrator.locator("tr", has_text="Lanzamiento de Voluntades+ en Lima")
    expect(row).to_be_visible()
    screenshot(administrator, "traduire-5-tableau-de-bord-administrateur")
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approuver", exact=True).click()
    expect(row).to_have_count(0)  # nothing left to review

    reader = browser.new_context(viewport={"width": 360, "height": 740}, locale="es-PE").new_page()
    reader.goto(f"{live_server.url}/es/noticias/lanzamiento/")
    assert reader.locator("h1").inner_text() == "Lanzamiento de Voluntades+ en Lima"
    assert_no_horizontal_overflow(reader)
    reader.goto(f"{live_server.url}/fr/actualites/lancement/")
    reader.locator("[data-site-menu] > summary").click()  # at 360 px the switcher is in the folded menu
    reader.get_by_role("link", name="Español").click()
    reader.wait_for_url(f"{live_server.url}/es/noticias/lanzamiento/")
    screenshot(reader, "traduire-6-article-publie")


def test_search_suggestions_combobox(page, live_server):
    """The site search's suggestions as a keyboard user meets them: a combobox whose options lead to pages."""
    from home.locales import ensure_locales
    from tests.site_builder import build_site_tree
    from tests.factories import content_page

    restore_migration_data(ensure_locales)
    tree = build_site_tree()
    content_page(tree["fr"], "Le volontariat de réciprocité", slug="reciprocite")

    page.goto(f"{live_server.url}/fr/recherche/")
    field = page.get_by_role("combobox", name="Rechercher sur le site")
    field.fill("récipro")
    option = page.get_by_role("option", name="Le volontariat de réciprocité")
    expect(option).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    field.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    field.press("Enter")
    page.wait_for_url(f"{live_server.url}/fr/reciprocite/")

    page.goto(f"{live_server.url}/fr/recherche/")
    page.get_by_role("combobox").fill("réciprocité")
    expect(page.get_by_role("option")).to_have_count(1)
    page.get_by_role("combobox").press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    page.get_by_role("combobox").press("Enter")  # with the list closed, Enter submits the form
    page.wait_for_url("**/fr/recherche/?q=*")
    expect(page.get_by_role("link", name="Le volontariat de réciprocité")).to_be_visible()


@pytest.mark.skipif(os.environ.get("SAVE_SCREENSHOTS") != "1", reason="only run to refresh the guide's pictures")
def test_editor_guide_screenshots(browser, live_server, newsroom):
    """The other pictures of docs/editors-guide-fr.md: an editor writing a news item and sending it for
    review, a portrait form, the directory's structures and the introduction requests."""
    from directory.models import DirectoryIndexPage, HostStructure, IntroductionRequest
    from wagtail.models import Locale

    from tests.factories import member
    from news.factories import PortraitIndexPageFactory

    member("eduardo", "Editors")
    member("diego", "Directory editors")
    index = newsroom.get_parent()
    home = index.get_parent()
    portraits = PortraitIndexPageFactory(parent=home)
    home.add_child(instance=DirectoryIndexPage(title="Annuaire", slug="annuaire")).save_revision().publish()
    structure = HostStructure.objects.create(locale=Locale.objects.get(language_code="fr"), name="Mano a Mano",
                                             slug="mano-a-mano", city="Cusco")
    IntroductionRequest.objects.create(structure=structure, structure_name="Mano a Mano", organisation="La Guilde",
                                       contact_name="Claire Martin", email="claire@example.org",
                                       message="Nous cherchons une structure pour deux volontaires en VSI.",
                                       consent=True)

    editor = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR").new_page()
    editor.set_default_timeout(15_000)
    log_in(editor, live_server, "eduardo")
    editor.goto(f"{live_server.url}/admin/pages/add/news/newspage/{index.pk}/")
    editor.locator("#id_title").fill("Journée du volontariat français 2024")
    screenshot(editor, "publier-1-nouvelle-actualite")
    editor.locator("footer button[aria-label], footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]") \
        .last.click()
    expect(editor.get_by_role("button", name="Soumettre à validation par un administrateur")).to_be_visible()
    editor.wait_for_timeout(500)  # let the menu finish its fade-in before the picture
    screenshot(editor, "publier-2-soumettre-a-validation")
    editor.goto(f"{live_server.url}/admin/pages/add/news/portraitpage/{portraits.pk}/")
    screenshot(editor, "portrait-1-formulaire")

    team = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR").new_page()
    team.set_default_timeout(15_000)
    log_in(team, live_server, "diego")
    team.goto(f"{live_server.url}/admin/snippets/directory/hoststructure/")
    screenshot(team, "annuaire-1-structures")
    team.goto(f"{live_server.url}/admin/snippets/directory/introductionrequest/")
    screenshot(team, "mises-en-relation-1-liste")
    team.get_by_role("link", name="La Guilde").first.click()
    team.wait_for_load_state("networkidle")
    screenshot(team, "mises-en-relation-2-traitement")
