"""What every page tells search engines and social networks: description, canonical, Open Graph,
Twitter card, JSON-LD (NGO on the home page, BreadcrumbList on inner pages), robots hints.

Every public page type, in fr/es/en, is parsed as a link preview or a crawler reads it: a title, a description,
an Open Graph image the site serves (the page's own picture, else the language's social card) with its
alternative text, and one BreadcrumbList below the home page."""

from io import BytesIO
from urllib.parse import urlsplit

import pytest
from PIL import Image
from django.db import transaction
from django.test import override_settings

from tests.html import anywhere, hrefs, json_ld, parse
from tests.site_builder import build_full_site
from home.factories import ImageFactory, ProgrammeIndexPageFactory, ProgrammePageFactory

pytestmark = pytest.mark.django_db


def meta(document, attribute, name):
    """The content of the <meta> whose `attribute` (name or property) is `name`, None without one."""
    tag = document.find("meta", attrs={attribute: name})
    return tag.get("content") if tag is not None else None


@pytest.fixture
def programme(site_tree):
    index = ProgrammeIndexPageFactory(parent=site_tree["fr"])
    return ProgrammePageFactory(parent=index, title="EnLAzando", slug="enlazando", lead="Le programme régional.",
                                social_image=ImageFactory())


def test_inner_page_meta(client, programme):
    html = parse(client.get("/fr/programmes/enlazando/"))
    assert meta(html, "name", "description") == "Le programme régional."
    assert hrefs(html, "link[rel=canonical]") == ["http://testserver/fr/programmes/enlazando/"]
    assert meta(html, "property", "og:title") == "EnLAzando"
    assert meta(html, "property", "og:url") == "http://testserver/fr/programmes/enlazando/"
    assert meta(html, "property", "og:description") == "Le programme régional."
    assert meta(html, "property", "og:image").startswith("http://testserver/")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html, "name", "robots") is None


def test_breadcrumb_list_on_inner_pages(client, programme):
    html = parse(client.get("/fr/programmes/enlazando/"))
    (crumbs,) = [data for data in json_ld(html) if data["@type"] == "BreadcrumbList"]
    assert [(item["position"], item["name"], item["item"]) for item in crumbs["itemListElement"]] == [
        (1, "Accueil", "http://testserver/fr/"),
        (2, "Programmes", "http://testserver/fr/programmes/"),
        (3, "EnLAzando", "http://testserver/fr/programmes/enlazando/"),
    ]


def test_breadcrumb_json_cannot_break_out_of_its_script(client, site_tree):
    from tests.factories import content_page

    content_page(site_tree["fr"], "</script><script>alert(1)</script>", slug="piege")
    html = parse(client.get("/fr/piege/"))
    assert "alert(1)" not in [script.get_text().strip() for script in html.select("script")]
    (crumbs,) = [data for data in json_ld(html) if data["@type"] == "BreadcrumbList"]
    assert crumbs["itemListElement"][-1]["name"] == "</script><script>alert(1)</script>"


def test_home_page_has_a_valid_ngo_and_no_breadcrumbs(client, site_tree):
    blocks = json_ld(parse(client.get("/fr/")))
    assert [data["@type"] for data in blocks] == ["NGO"]
    ngo = blocks[0]
    assert ngo["@context"] == "https://schema.org"
    assert ngo["name"] and ngo["email"] and ngo["url"] == "http://testserver/fr/"
    assert ngo["address"]["@type"] == "PostalAddress" and ngo["address"]["addressCountry"] == "PE"


def test_filter_combinations_and_queries_are_noindex(client, programme):
    assert meta(parse(client.get("/fr/programmes/", {"q": "x"})), "name", "robots") == "noindex, follow"
    assert meta(parse(client.get("/fr/programmes/", {"a": "1", "b": "2"})), "name", "robots") == "noindex, follow"
    assert meta(parse(client.get("/fr/programmes/", {"page": "2"})), "name", "robots") is None


def test_social_image_alt_is_in_the_page_language(client, site_tree):
    from tests.factories import translate_page

    index = ProgrammeIndexPageFactory(parent=site_tree["fr"])
    programme = ProgrammePageFactory(parent=index, title="EnLAzando, programme régional", slug="enlazando",
                                     social_image=ImageFactory(description="Volontaires sur la côte de Lima"))
    translate_page(index, "es", slug="programas")
    spanish = translate_page(programme, "es", title="EnLAzando, programa regional", slug="enlazando")
    html = parse(client.get(spanish.url))
    assert meta(html, "property", "og:image:alt") == "EnLAzando, programa regional"
    assert not anywhere(html, "Volontaires sur la côte")


LANGUAGES = ("fr", "es", "en")
PAGE_TYPES = [
    "home", "about", "programmes", "programme", "news index", "news article", "event index", "event",
    "portrait index", "portrait", "directory", "directory filtered", "structure", "regional overview", "compare",
    "site search", "introduction form", "edition archive", "follow a search",
]


@pytest.fixture(scope="module")
def media_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _media_root(settings, media_folder):
    """One media folder for the module: the site built once for a class serves its images to every test."""
    settings.MEDIA_ROOT = media_folder


@pytest.fixture(scope="class")
def pages(django_db_setup, django_db_blocker, media_folder):
    """Every page type in fr/es/en, built once (it takes seconds) inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_folder):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_full_site()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def _parse(response):
    return parse(response, status=response.status_code)


def _meta(document, attribute, name):
    element = document.head.find("meta", attrs={attribute: name})
    return element["content"].strip() if element else ""


def _breadcrumb_lists(document):
    found = []
    for data in json_ld(document):
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if item.get("@type") == "BreadcrumbList":
                found.append(item)
    return found


def _fetch_image(client, url):
    response = client.get(urlsplit(url).path)
    assert response.status_code == 200, url
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return Image.open(BytesIO(content))


class TestEveryPageType:
    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_page_type_shares_well(self, client, pages, page_type):
        if page_type not in pages:
            pytest.fail(f"{page_type} is no longer built by tests/site_builder.py")
        for language in LANGUAGES:
            url = pages[page_type][language]
            response = client.get(url)
            assert response.status_code == 200, url
            document = _parse(response)
            assert document.head.title.get_text(strip=True), url
            assert _meta(document, "name", "description"), url
            assert _meta(document, "property", "og:title"), url
            assert _meta(document, "property", "og:description"), url
            assert _meta(document, "property", "og:image:alt"), url
            image_url = _meta(document, "property", "og:image")
            assert image_url.startswith("http://testserver/"), url
            declared = (int(_meta(document, "property", "og:image:width")),
                        int(_meta(document, "property", "og:image:height")))
            assert _fetch_image(client, image_url).size == declared, (url, image_url)

            crumbs = _breadcrumb_lists(document)
            if page_type == "home":
                assert crumbs == [], url
                continue
            assert len(crumbs) == 1, url
            items = crumbs[0]["itemListElement"]
            assert len(items) >= 2, url
            assert [item["position"] for item in items] == list(range(1, len(items) + 1))
            assert urlsplit(items[0]["item"]).path == f"/{language}/", url
            assert all(item["name"].strip() for item in items), url

    def test_social_card_is_drawn_per_language_and_cached(self, client, pages):
        cards = {}
        for language in LANGUAGES:
            document = _parse(client.get(pages["directory"][language]))
            url = _meta(document, "property", "og:image")
            response = client.get(urlsplit(url).path)
            assert response["Content-Type"] == "image/png"
            assert "max-age" in response["Cache-Control"]
            cards[language] = response.content
            assert Image.open(BytesIO(response.content)).size == (1200, 630)
        # Each language's card carries its own wording.
        assert len(set(cards.values())) == 3
        # The second request is served from the cache: the same bytes.
        again = client.get(urlsplit(url).path)
        assert again.content == cards["en"]

    def test_page_image_wins_over_the_social_card(self, client, pages):
        article = _parse(client.get(pages["news article"]["es"]))
        assert urlsplit(_meta(article, "property", "og:image")).path.startswith("/media/images/")
        assert _meta(article, "property", "og:image:alt") == _meta(article, "property", "og:title")
        directory = _parse(client.get(pages["directory"]["es"]))
        assert urlsplit(_meta(directory, "property", "og:image")).path == "/social-cards/es.png"
