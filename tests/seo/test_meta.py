"""What every page tells search engines and social networks: description, canonical, Open Graph,
Twitter card, JSON-LD (NGO on the home page, BreadcrumbList on inner pages), robots hints."""

import json
import re

import pytest

from tests.factories import ImageFactory, ProgrammeIndexPageFactory, ProgrammePageFactory

pytestmark = pytest.mark.django_db


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def json_ld(html):
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


@pytest.fixture
def programme(site_tree):
    index = ProgrammeIndexPageFactory(parent=site_tree["fr"])
    return ProgrammePageFactory(parent=index, title="EnLAzando", slug="enlazando", lead="Le programme régional.",
                                social_image=ImageFactory())


def test_inner_page_meta(client, programme):
    html = client.get("/fr/programmes/enlazando/").content.decode()
    assert meta(html, "name", "description") == "Le programme régional."
    assert '<link rel="canonical" href="http://testserver/fr/programmes/enlazando/">' in html
    assert meta(html, "property", "og:title") == "EnLAzando"
    assert meta(html, "property", "og:url") == "http://testserver/fr/programmes/enlazando/"
    assert meta(html, "property", "og:description") == "Le programme régional."
    assert meta(html, "property", "og:image").startswith("http://testserver/")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html, "name", "robots") is None


def test_breadcrumb_list_on_inner_pages(client, programme):
    html = client.get("/fr/programmes/enlazando/").content.decode()
    (crumbs,) = [data for data in json_ld(html) if data["@type"] == "BreadcrumbList"]
    assert [(item["position"], item["name"], item["item"]) for item in crumbs["itemListElement"]] == [
        (1, "Accueil", "http://testserver/fr/"),
        (2, "Programmes", "http://testserver/fr/programmes/"),
        (3, "EnLAzando", "http://testserver/fr/programmes/enlazando/"),
    ]


def test_breadcrumb_json_cannot_break_out_of_its_script(client, site_tree):
    from tests.search.conftest import content_page

    content_page(site_tree["fr"], "</script><script>alert(1)</script>", slug="piege")
    html = client.get("/fr/piege/").content.decode()
    assert "<script>alert(1)" not in html
    (crumbs,) = [data for data in json_ld(html) if data["@type"] == "BreadcrumbList"]
    assert crumbs["itemListElement"][-1]["name"] == "</script><script>alert(1)</script>"


def test_home_page_has_a_valid_ngo_and_no_breadcrumbs(client, site_tree):
    html = client.get("/fr/").content.decode()
    blocks = json_ld(html)
    assert [data["@type"] for data in blocks] == ["NGO"]
    ngo = blocks[0]
    assert ngo["@context"] == "https://schema.org"
    assert ngo["name"] and ngo["email"] and ngo["url"] == "http://testserver/fr/"
    assert ngo["address"]["@type"] == "PostalAddress" and ngo["address"]["addressCountry"] == "PE"


def test_filter_combinations_and_queries_are_noindex(client, programme):
    assert meta(client.get("/fr/programmes/", {"q": "x"}).content.decode(), "name", "robots") == "noindex, follow"
    assert meta(client.get("/fr/programmes/", {"a": "1", "b": "2"}).content.decode(), "name", "robots") == (
        "noindex, follow")
    assert meta(client.get("/fr/programmes/", {"page": "2"}).content.decode(), "name", "robots") is None


def test_social_image_alt_is_in_the_page_language(client, site_tree):
    from tests.factories import translate_page

    index = ProgrammeIndexPageFactory(parent=site_tree["fr"])
    programme = ProgrammePageFactory(parent=index, title="EnLAzando, programme régional", slug="enlazando",
                                     social_image=ImageFactory(description="Volontaires sur la côte de Lima"))
    translate_page(index, "es", slug="programas")
    spanish = translate_page(programme, "es", title="EnLAzando, programa regional", slug="enlazando")
    html = client.get(spanish.url).content.decode()
    assert meta(html, "property", "og:image:alt") == "EnLAzando, programa regional"
    assert "Volontaires sur la côte" not in html
