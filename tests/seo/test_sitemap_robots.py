"""Sitemaps per language with hreflang pairs, robots.txt, and what they must never list."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories import content_page, translate_page

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def urlset(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        entries[url.find("sm:loc", NS).text] = alternates
    return entries


@pytest.fixture
def tree(site_tree, hidden_pages):
    about = content_page(site_tree["fr"], "À propos", slug="a-propos")
    translate_page(about, "es", title="Acerca de", slug="acerca-de")
    content_page(site_tree["fr"], "Seulement en français", slug="seulement-fr")
    return about


def test_index_lists_one_sitemap_per_language(client, tree):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]
    assert locations == ["http://testserver/sitemap-fr.xml", "http://testserver/sitemap-es.xml",
                         "http://testserver/sitemap-en.xml"]


def test_translated_pages_list_each_other(client, tree):
    french = urlset(client, "/sitemap-fr.xml")
    spanish = urlset(client, "/sitemap-es.xml")
    pair = {"fr": "http://testserver/fr/a-propos/", "es": "http://testserver/es/acerca-de/",
            "x-default": "http://testserver/fr/a-propos/"}
    assert french["http://testserver/fr/a-propos/"] == pair
    assert spanish["http://testserver/es/acerca-de/"] == pair
    assert "http://testserver/es/acerca-de/" not in french
    # A page without translation has no alternates; the English sitemap does not list it.
    assert french["http://testserver/fr/seulement-fr/"] == {}
    assert not any("seulement" in url for url in urlset(client, "/sitemap-en.xml"))
    homes = french["http://testserver/fr/"]
    assert set(homes) == {"fr", "es", "en", "x-default"}


def test_hidden_pages_are_not_in_sitemaps(client, tree, hidden_pages):
    listed = " ".join(urlset(client, "/sitemap-fr.xml"))
    for slug in ("brouillon", "prive", "sous-page", "expiree"):
        assert f"/{slug}/" not in listed
    assert "/publique/" in listed


def test_unknown_sitemap_is_404(client, site_tree):
    assert client.get("/sitemap-de.xml").status_code == 404


def test_robots_txt(client, site_tree):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    for rule in ("Disallow: /fr/recherche/", "Disallow: /es/buscar/", "Disallow: /en/search/",
                 "Disallow: /*?*q=", "Disallow: /*?*&", "Disallow: /admin/"):
        assert rule in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the site itself stays open
