"""Drafts, private pages, expired pages and unpublished text never show: not in results, counts,
excerpts nor suggestions."""

import pytest

from tests.html import anywhere, everything, parse, text_of, texts

pytestmark = pytest.mark.django_db


def test_hidden_pages_never_in_results_or_counts(client, hidden_pages):
    document = parse(client.get("/fr/recherche/", {"q": "secretword"}))
    assert "0 résultat pour « secretword »" in text_of(document, ".search-summary")
    assert not document.select(".search-result, .search-results")
    assert not document.select(".search-kinds")  # no type counts either
    for key in ("draft", "private", "child_of_private", "expired"):
        assert hidden_pages[key].url_path.split("/")[-2] not in everything(document)


def test_only_the_published_text_of_a_page_is_searched(client, hidden_pages):
    document = parse(client.get("/fr/recherche/", {"q": "public"}))
    assert texts(document, ".search-result__title") == ["Page publique"]
    assert not anywhere(document, "brouillon seulement")


def test_hidden_pages_never_in_suggestions(client, hidden_pages):
    data = client.get("/fr/recherche/suggestions/", {"q": "secretwo"}).json()
    assert data["suggestions"] == []
    titles = [item["title"] for item in client.get("/fr/recherche/suggestions/", {"q": "Page"}).json()["suggestions"]]
    assert titles == ["Page publique"]


def test_hidden_pages_never_in_all_languages(client, hidden_pages):
    document = parse(client.get("/en/search/", {"q": "secretword", "all": "1"}))
    assert text_of(document, ".search-summary").startswith("0 results")
    assert not document.select(".search-result")
