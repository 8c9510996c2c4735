import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import content_page
from tests.html import parse, text_of, texts, visible_text

pytestmark = pytest.mark.django_db


def promoted_titles(document):
    return texts(document, "section.search-promotions .search-result__title")


@pytest.fixture
def promoted(reciprocity):
    query = Query.get("Réciprocité")
    SearchPromotion.objects.create(query=query, page=reciprocity["fr"], description="Partir en réciprocité.",
                                   sort_order=0)
    SearchPromotion.objects.create(query=query, page=reciprocity["es"], description="Partir en reciprocidad.",
                                   sort_order=1)
    SearchPromotion.objects.create(query=Query.get("formulaire"), external_link_url="https://example.org/form",
                                   external_link_text="Formulaire de candidature", sort_order=0)
    return query


def test_promotion_shows_in_its_language_only(client, promoted):
    document = parse(client.get("/fr/recherche/", {"q": "reciprocite"}))
    assert promoted_titles(document) == ["Le volontariat de réciprocité"]
    assert text_of(document, "section.search-promotions .search-result__excerpt") == "Partir en réciprocité."
    assert promoted_titles(parse(client.get("/es/buscar/", {"q": "RÉCIPROCITÉ"}))) == ["El voluntariado de reciprocidad"]
    assert promoted_titles(parse(client.get("/en/search/", {"q": "réciprocité"}))) == []


def test_external_promotion_even_without_results(client, promoted):
    document = parse(client.get("/fr/recherche/", {"q": "formulaire"}))
    assert promoted_titles(document) == ["Formulaire de candidature"]
    assert "Aucune page ne correspond" not in visible_text(document)


def test_unpublished_promoted_page_is_not_shown(client, promoted, reciprocity):
    reciprocity["fr"].unpublish()
    assert promoted_titles(parse(client.get("/fr/recherche/", {"q": "réciprocité"}))) == []


def test_promotions_for_other_queries_do_not_show(client, promoted, site_tree):
    content_page(site_tree["fr"], "Réciprocité et volontariat")
    assert promoted_titles(parse(client.get("/fr/recherche/", {"q": "réciprocité volontariat"}))) == []
