import pytest

from tests.factories import content_page
from tests.html import parse

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
    document = parse(client.get("/fr/recherche/"))
    form = document.select_one("form.search-form[role=search]")
    assert (form["method"], form["action"]) == ("get", "/fr/recherche/")
    assert form.select("input[name=q]")
    assert [element["data-suggest-url"] for element in document.select("[data-suggest-url]")] == [
        "/fr/recherche/suggestions/"]
    scripts = {script["src"]: script.has_attr("defer") for script in document.select("script[src]")}
    assert scripts.get("/static/search/autocomplete.js") is True
