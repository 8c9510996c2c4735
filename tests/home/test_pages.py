import re

import pytest

from home.factories import ContentPageFactory, PartnerFactory, ProgrammeIndexPageFactory, ProgrammePageFactory
from tests.factories import translate_page

pytestmark = pytest.mark.django_db


def _hreflangs(html):
    return dict((lang, href) for lang, href in re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', html))


def test_home_page_renders_in_each_language(client, site_tree):
    for language, hero in [("fr", "Le volontariat international"), ("es", "El voluntariado internacional"),
                           ("en", "International volunteering")]:
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert hero in html
        assert '<link rel="canonical" href="http://testserver/' + language + '/">' in html


def test_root_redirects_by_accept_language(client, site_tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es-PE,es;q=0.9")["Location"] == "/es/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")["Location"] == "/fr/"
    assert client.get("/")["Location"] == "/fr/"


def test_switcher_and_hreflang_point_to_translations(client, site_tree):
    about = ContentPageFactory(parent=site_tree["fr"], title="Qui sommes-nous", slug="qui-sommes-nous")
    translate_page(about, "es", title="Quiénes somos", slug="quienes-somos")
    response = client.get("/fr/qui-sommes-nous/")
    html = response.content.decode()
    links = _hreflangs(html)
    assert links["fr"] == "http://testserver/fr/qui-sommes-nous/"
    assert links["es"] == "http://testserver/es/quienes-somos/"
    # No English translation: no hreflang for it, and the switcher sends English readers to their home page.
    assert "en" not in links
    assert 'href="/es/quienes-somos/" hreflang="es"' in html
    assert 'href="/en/" hreflang="en"' in html


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
    html = client.get(page.url).content.decode()
    assert "<h2 class=\"block-heading\">Le VSI</h2>" in html
    assert "Le volontariat de solidarité internationale." in html
    assert "Cada día me brinda sorpresas" in html
    assert "384" in html


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

    html = client.get("/fr/programmes/").content.decode()
    assert "EnLAzando" in html and "Depuis 2020" in html
    html = client.get("/fr/programmes/enlazando/").content.decode()
    assert "Phase 1" in html and "Cartographie" in html and "Soy Voluntari@" in html
    response = client.get("/es/programas/enlazando/")
    assert response.status_code == 200
    assert "Perú, Bolivia" in response.content.decode()
    assert "Desde 2020" in client.get(index_es.url).content.decode()


def test_unknown_page_gives_a_translated_404(client, site_tree):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    assert "Página no encontrada" in response.content.decode()
    response = client.get("/en/missing/")
    assert "Page not found" in response.content.decode()


def test_footer_shows_contact_details(client, site_tree):
    html = client.get("/fr/").content.decode()
    assert "Av. Arequipa 4130 Of. 105" in html
    assert "ev.peru@france-volontaires.org" in html
    assert "facebook.com/FranceVolontairesPeru" in html
