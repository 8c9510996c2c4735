"""The demo's site pages: three linked languages with real translations, translated slugs, a sensible
menu, every body block in use. The site demo is loaded once for the module (it takes a while) inside a
transaction that is rolled back at the end; each test runs in a savepoint of its own."""

from io import StringIO
from unittest import mock

import pytest
from django.db import transaction
from django.test import override_settings
from lxml import html as lxml_html
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from home.blocks import BaseStreamBlock
from home.demo.drawings import ILLUSTRATIONS, PICTURES
from home.demo.loader import entries, load
from home.models import ContentPage, HomePage, Partner, ProgrammeIndexPage, ProgrammePage
from tests.html import anywhere, links, parse, visible_text

pytestmark = pytest.mark.django_db

SITE_PAGE_TYPES = (ContentPage, ProgrammeIndexPage, ProgrammePage)
# Names of programmes are the same in every language; everything else must be translated.
PROPER_NAMES = {"EnLAzando", "Rumbo a Francia 2024"}
SAME_WORD = {"en": {"Programmes"}}


def run_on_commit_at_once():
    """`manage.py load_demo` runs in autocommit, where on_commit callbacks run at once (wagtail-localize
    publishes translations with them); inside a test transaction they would wait for a commit that never
    comes, leaving every translation unpublished."""
    return mock.patch.object(transaction, "on_commit", lambda func, *args, **kwargs: func())


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("demo-media"))):
        with transaction.atomic():
            with run_on_commit_at_once():
                load(StringIO(), parts=["site"])
            yield
            transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _media_root(demo):
    """Replaces the suite's per-test media folder: the demo's pictures live in the module's folder."""


def _words(text_or_element):
    """The text a reader sees, whatever the width of its spaces (French typography uses no-break ones)."""
    text = text_or_element if isinstance(text_or_element, str) else text_or_element.text_content()
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _french_site_pages():
    pages = []
    for page_class in SITE_PAGE_TYPES:
        pages += page_class.objects.filter(locale__language_code="fr").live()
    return pages


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_page_has_linked_translations_with_their_own_text():
    french_pages = _french_site_pages()
    assert len(french_pages) >= 15
    for page in french_pages:
        for language in ("es", "en"):
            translation = page.get_translation(Locale.objects.get(language_code=language))
            assert translation.live, translation
            assert translation.lead and translation.lead != page.lead, translation
            assert translation.social_image_id, translation
            if page.title not in PROPER_NAMES | SAME_WORD.get(language, set()):
                assert translation.title != page.title, translation
            if page.title not in PROPER_NAMES and language == "es":
                assert translation.slug != page.slug, translation


def test_translated_pages_render_in_their_language(client):
    for language in ("fr", "es", "en"):
        pages = [page for page_class in SITE_PAGE_TYPES
                 for page in page_class.objects.filter(locale__language_code=language).live()]
        for page in pages:
            document = lxml_html.fromstring(_html(client, page.url))
            assert document.get("lang") == language
            assert _words(page.title) in [_words(h1) for h1 in document.iter("h1")], page.url


def test_slugs_are_translated_and_switcher_links_follow(client):
    for url in ("/fr/programmes/", "/es/programas/", "/en/programmes/",
                "/fr/dispositifs-de-volontariat/reciprocite/", "/es/modalidades-de-voluntariado/reciprocidad/",
                "/en/volunteering-schemes/reciprocity/"):
        _html(client, url)
    document = parse(_html(client, "/fr/qui-sommes-nous/"))
    alternates = {link["hreflang"]: link["href"] for link in document.select("head link[rel=alternate][hreflang]")}
    assert alternates["es"] == "http://testserver/es/quienes-somos/"
    assert alternates["en"] == "http://testserver/en/about-us/"


def test_header_menu_lists_the_top_level_pages_in_order(client):
    expected = {
        "fr": ["Qui sommes-nous\u00a0?", "Dispositifs de volontariat", "Programmes", "Contact"],
        "es": ["¿Quiénes somos?", "Modalidades de voluntariado", "Programas", "Contacto"],
        "en": ["About us", "Volunteering schemes", "Programmes", "Contact us"],
    }
    for language, titles in expected.items():
        nav = lxml_html.fromstring(_html(client, f"/{language}/")).find_class("site-nav")[0]
        titles = [_words(title) for title in titles]
        labels = [_words(link) for link in nav.iter("a") if _words(link) in titles]
        assert labels == titles, language


def test_every_body_block_type_appears_in_the_demo():
    used = {block.block_type for page in _french_site_pages() for block in getattr(page, "body", [])}
    assert used == set(BaseStreamBlock.base_blocks)
    programmes = ProgrammePage.objects.filter(locale__language_code="fr")
    assert all(programme.programme_partners.exists() for programme in programmes)
    enlazando = programmes.get(slug="enlazando")
    assert len(enlazando.phases) == 2 and len(enlazando.action_levers) == 3 and enlazando.related_links.exists()


def test_tables_partners_and_figures_are_shown_in_the_readers_language(client):
    document = parse(_html(client, "/es/quienes-somos/espacio-voluntariados/"))
    table = _words(visible_text(document.select_one("main table")))
    assert "Función" in table and "Coordinadora del programa EnLAzando II" in table
    assert not anywhere(document, "Fonction") and not anywhere(document, "Coordinatrice")
    document = parse(_html(client, "/en/programmes/enlazando/"))
    assert "French Ministry for Europe and Foreign Affairs" in _words(visible_text(document))
    assert not anywhere(document, "Ministère de l'Europe")
    text = _words(visible_text(parse(_html(client, "/es/programas/fondo-de-investigacion/"))))
    assert "Proyectos seleccionados en el Perú" in text and "Universidad Ricardo Palma" in text
    assert "2023–2025" in text


def test_home_page_features_programmes_in_each_language(client):
    featured = next(entry["featured_programmes"] for entry in entries("site") if "featured_programmes" in entry)
    assert [item.programme.url_path for item in HomePage.objects.get(locale__language_code="fr").featured_programmes
            .select_related("programme").order_by("sort_order")] == [f"/accueil/{path}/" for path in featured]
    assert "/fr/programmes/diplome-voluntades/" in links(parse(_html(client, "/fr/")), "main a").values()
    spanish = links(parse(_html(client, "/es/")), "main a")
    assert spanish.get("Diplomado Voluntades+") == "/es/programas/diplomado-voluntades/"
    assert "/en/programmes/rumbo-a-francia-2024/" in links(parse(_html(client, "/en/")), "main a").values()


def test_about_page_offers_the_fact_sheet_as_a_pdf(client):
    document = get_document_model().objects.get(title="Fiche synthétique Pérou 2024")
    page_links = {_words(text): href for text, href in links(parse(_html(client, "/en/about-us/")), "main a").items()}
    assert any(text.startswith("Peru 2024 fact sheet (in French)") and href == document.url
               for text, href in page_links.items())
    with document.file.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_loading_again_creates_nothing():
    def counts():
        return [model.objects.count() for model in (Page, Partner, get_image_model(), get_document_model())]

    before = counts()
    out = StringIO()
    load(out, parts=["site"])
    assert counts() == before
    assert out.getvalue().count("déjà là / already there") == len(entries("site"))


def picture_sources(element):
    """Every picture URL in `element`: the src and srcset candidates of its images and <source> elements."""
    urls = []
    for tag in element.select("img, source"):
        urls += [tag["src"]] if tag.get("src") else []
        urls += [candidate.split()[0] for candidate in tag.get("srcset", "").split(",") if candidate.strip()]
    return urls


def assert_only_drawn_pictures(element):
    """No generated placeholder: every picture is one of the site's SVG drawings or a rendition of a demo image
    (which are all the site's illustrations, see below)."""
    renditions = {rendition.url for rendition in get_image_model().get_rendition_model().objects.all()}
    sources = picture_sources(element)
    assert sources
    for url in sources:
        assert url.startswith("/static/img/illustrations/") or url in renditions, url


def test_every_picture_is_one_of_the_sites_illustrations_with_its_alt_text(client):
    drawn = {(PICTURES / f"{name}.webp").read_bytes(): alt for name, (_title, alt) in ILLUSTRATIONS.items()}
    for image in get_image_model().objects.all():
        with image.file.open("rb") as picture:
            assert drawn.get(picture.read()) == image.description, image.title
        assert image.description.startswith("Dessin : "), image.title
    # Real organisations keep their own logos: the demo invents none.
    assert not Partner.objects.filter(logo__isnull=False).exists()
    for url in ("/fr/", "/es/", "/en/programmes/enlazando/"):
        assert_only_drawn_pictures(parse(client.get(url)).select_one("main"))


def test_body_illustrations_have_their_own_alt_text_and_credit(client):
    expected = {"fr": ("Dessin : deux silhouettes au pied des sommets enneigés des Andes, sous le soleil",
                       "© Illustration : France Volontaires Pérou"),
                "es": ("Dibujo: dos siluetas al pie de las cumbres nevadas de los Andes, bajo el sol",
                       "© Ilustración: France Volontaires Pérou")}
    for language, url in (("fr", "/fr/qui-sommes-nous/"), ("es", "/es/quienes-somos/")):
        figure = parse(client.get(url)).select_one("main figure.figure")
        assert (_words(figure.select_one("img")["alt"]), _words(figure.select_one(".figure__credit").get_text())) == \
            expected[language]
