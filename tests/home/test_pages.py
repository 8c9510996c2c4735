import pytest

from home.factories import ContentPageFactory, PartnerFactory, ProgrammeIndexPageFactory, ProgrammePageFactory
from tests.factories import translate_page
from tests.html import hrefs, parse, text_of, visible_text

pytestmark = pytest.mark.django_db


def _hreflangs(document):
    return {link["hreflang"]: link["href"] for link in document.select("head link[rel=alternate][hreflang]")}


def test_home_page_renders_in_each_language(client, site_tree):
    for language, hero in [("fr", "Le volontariat international"), ("es", "El voluntariado internacional"),
                           ("en", "International volunteering")]:
        document = parse(client.get(f"/{language}/"))
        assert document.html["lang"] == language
        assert hero in visible_text(document)
        assert hrefs(document, "link[rel=canonical]") == [f"http://testserver/{language}/"]


def test_root_redirects_by_accept_language(client, site_tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es-PE,es;q=0.9")["Location"] == "/es/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")["Location"] == "/fr/"
    assert client.get("/")["Location"] == "/fr/"


def test_switcher_and_hreflang_point_to_translations(client, site_tree):
    about = ContentPageFactory(parent=site_tree["fr"], title="Qui sommes-nous", slug="qui-sommes-nous")
    translate_page(about, "es", title="Quiénes somos", slug="quienes-somos")
    document = parse(client.get("/fr/qui-sommes-nous/"))
    links = _hreflangs(document)
    assert links["fr"] == "http://testserver/fr/qui-sommes-nous/"
    assert links["es"] == "http://testserver/es/quienes-somos/"
    # No English translation: no hreflang for it, and the switcher sends English readers to their home page.
    assert "en" not in links
    switcher = {link["hreflang"]: link["href"] for link in document.select("body a[hreflang]")}
    assert switcher["es"] == "/es/quienes-somos/"
    assert switcher["en"] == "/en/"


def test_content_page_renders_body_blocks(client, site_tree):
    page = ContentPageFactory(
        parent=site_tree["fr"], slug="dispositifs", title="Les dispositifs",
        body=[
            ("heading", {"text": "Le VSI", "level": "h2"}),
            ("paragraph", "<p>Le volontariat de solidarité internationale.</p>"),
            ("quote", {"quote": "Cada día me brinda sorpresas", "attribution": "Capucine Vaseux", "role": "Mano a Mano"}),
            ("key_figures", {"title": "En 2024", "figures": [{"figure": "384", "label": "volontaires"}]}),
        ],
    )
    document = parse(client.get(page.url))
    assert text_of(document, "h2.block-heading") == "Le VSI"
    text = visible_text(document)
    assert "Le volontariat de solidarité internationale." in text
    assert "Cada día me brinda sorpresas" in text_of(document, "blockquote")
    assert "384" in text and "volontaires" in text


def test_programme_pages_render_in_each_language(client, site_tree):
    index = ProgrammeIndexPageFactory(parent=site_tree["fr"], slug="programmes", title="Programmes")
    programme = ProgrammePageFactory(
        parent=index, title="EnLAzando", slug="enlazando", start_year=2020, countries="Pérou, Bolivie",
        phases=[("phase", {"title": "Phase 1", "period": "2020–2022", "description": "<p>Cartographie</p>"})],
    )
    partner = PartnerFactory(name="Soy Voluntari@")
    programme.programme_partners.create(partner=partner)
    programme.save_revision().publish()
    index_es = translate_page(index, "es", title="Programas", slug="programas")
    translate_page(programme, "es", title="EnLAzando", slug="enlazando", countries="Perú, Bolivia")

    text = visible_text(parse(client.get("/fr/programmes/")))
    assert "EnLAzando" in text and "Depuis 2020" in text
    text = visible_text(parse(client.get("/fr/programmes/enlazando/")))
    assert "Phase 1" in text and "Cartographie" in text and "Soy Voluntari@" in text
    assert "Perú, Bolivia" in visible_text(parse(client.get("/es/programas/enlazando/")))
    assert "Desde 2020" in visible_text(parse(client.get(index_es.url)))


def test_unknown_page_gives_a_translated_404(client, site_tree):
    assert "Página no encontrada" in text_of(parse(client.get("/es/no-existe/"), status=404), "h1")
    assert "Page not found" in text_of(parse(client.get("/en/missing/"), status=404), "h1")


def test_footer_shows_contact_details(client, site_tree):
    footer = parse(client.get("/fr/")).select_one("footer")
    assert "Av. Arequipa 4130 Of. 105" in visible_text(footer)
    assert "ev.peru@france-volontaires.org" in visible_text(footer)
    assert any("facebook.com/FranceVolontairesPeru" in href for href in hrefs(footer))
