"""Drafts, private pages, expired pages and unpublished text never show: not in results, counts,
excerpts nor suggestions."""

import pytest

pytestmark = pytest.mark.django_db


def test_hidden_pages_never_in_results_or_counts(client, hidden_pages):
    html = client.get("/fr/recherche/", {"q": "secretword"}).content.decode()
    assert "0 résultat pour « secretword »" in html
    assert 'class="search-result' not in html
    assert 'class="search-kinds' not in html  # no type counts either
    for key in ("draft", "private", "child_of_private", "expired"):
        assert hidden_pages[key].url_path.split("/")[-2] not in html


def test_only_the_published_text_of_a_page_is_searched(client, hidden_pages):
    html = client.get("/fr/recherche/", {"q": "public"}).content.decode()
    assert "Page publique" in html
    assert "brouillon seulement" not in html


def test_hidden_pages_never_in_suggestions(client, hidden_pages):
    data = client.get("/fr/recherche/suggestions/", {"q": "secretwo"}).json()
    assert data["suggestions"] == []
    titles = [item["title"] for item in client.get("/fr/recherche/suggestions/", {"q": "Page"}).json()["suggestions"]]
    assert titles == ["Page publique"]


def test_hidden_pages_never_in_all_languages(client, hidden_pages):
    html = client.get("/en/search/", {"q": "secretword", "all": "1"}).content.decode()
    assert "0 results" in html
