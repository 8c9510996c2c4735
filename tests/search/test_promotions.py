import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from .conftest import content_page

pytestmark = pytest.mark.django_db


def promoted_titles(html):
    section = html.split('class="search-promotions"')[1].split("</section>")[0] if "search-promotions" in html else ""
    import re

    return re.findall(r'class="search-result__title"><a href="[^"]*"[^>]*>(.*?)</a>', section)


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
    html = client.get("/fr/recherche/", {"q": "reciprocite"}).content.decode()
    assert promoted_titles(html) == ["Le volontariat de réciprocité"]
    assert "Partir en réciprocité." in html
    html = client.get("/es/buscar/", {"q": "RÉCIPROCITÉ"}).content.decode()
    assert promoted_titles(html) == ["El voluntariado de reciprocidad"]
    html = client.get("/en/search/", {"q": "réciprocité"}).content.decode()
    assert promoted_titles(html) == []


def test_external_promotion_even_without_results(client, promoted):
    html = client.get("/fr/recherche/", {"q": "formulaire"}).content.decode()
    assert promoted_titles(html) == ["Formulaire de candidature"]
    assert "Aucune page ne correspond" not in html


def test_unpublished_promoted_page_is_not_shown(client, promoted, reciprocity):
    reciprocity["fr"].unpublish()
    html = client.get("/fr/recherche/", {"q": "réciprocité"}).content.decode()
    assert promoted_titles(html) == []


def test_promotions_for_other_queries_do_not_show(client, promoted, site_tree):
    content_page(site_tree["fr"], "Réciprocité et volontariat")
    html = client.get("/fr/recherche/", {"q": "réciprocité volontariat"}).content.decode()
    assert promoted_titles(html) == []
