import pytest

from .conftest import content_page

pytestmark = pytest.mark.django_db


def test_suggests_titles_in_the_readers_language(client, reciprocity):
    data = client.get("/es/buscar/sugerencias/", {"q": "volunt"}).json()
    assert [item["title"] for item in data["suggestions"]] == ["El voluntariado de reciprocidad"]
    assert data["suggestions"][0]["url"] == "/es/reciprocidad/"
    data = client.get("/fr/recherche/suggestions/", {"q": "volont"}).json()
    assert [item["title"] for item in data["suggestions"]] == ["Le volontariat de réciprocité"]


def test_suggestions_ignore_accents_and_case(client, reciprocity):
    for text in ("RECIPRO", "récipro", "reciprocite"):
        data = client.get("/fr/recherche/suggestions/", {"q": text}).json()
        assert [item["title"] for item in data["suggestions"]] == ["Le volontariat de réciprocité"]


def test_short_or_empty_input_suggests_nothing(client, reciprocity):
    for text in ("", "l", "  ", "*"):
        assert client.get("/fr/recherche/suggestions/", {"q": text}).json()["suggestions"] == []


def test_at_most_eight_suggestions(client, site_tree):
    for number in range(12):
        content_page(site_tree["fr"], f"Chantier solidaire {number}")
    data = client.get("/fr/recherche/suggestions/", {"q": "chant"}).json()
    assert len(data["suggestions"]) == 8


def test_form_works_without_javascript(client, reciprocity):
    """The search box is a plain GET form; the script only adds the combobox behaviour."""
    html = client.get("/fr/recherche/").content.decode()
    assert '<form class="search-form" method="get" action="/fr/recherche/" role="search">' in html
    assert 'name="q"' in html
    assert 'data-suggest-url="/fr/recherche/suggestions/"' in html
    assert '<script src="/static/search/autocomplete.js" defer></script>' in html
