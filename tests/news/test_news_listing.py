from datetime import date

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import translate_page

from news.factories import NewsCategoryFactory, NewsPageFactory
from .pages import card_titles

pytestmark = pytest.mark.django_db



def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_newest_first_twelve_a_page(client, news_index):
    for day in range(1, 15):  # 14 articles, 1 to 14 March
        NewsPageFactory(parent=news_index["fr"], title=f"Article du {day:02d} mars", date=date(2024, 3, day))
    first = card_titles(_get(client, "/fr/actualites/"))
    assert first == [f"Article du {day:02d} mars" for day in range(14, 2, -1)]
    second = card_titles(_get(client, "/fr/actualites/?page=2"))
    assert second == ["Article du 02 mars", "Article du 01 mars"]


def test_category_and_year_filters_combine_in_the_url(client, news_index):
    reciprocity = NewsCategoryFactory(name="Réciprocité", slug="reciprocite")
    training = NewsCategoryFactory(name="Formation", slug="formation")
    NewsPageFactory(parent=news_index["fr"], title="Départs 2024", date=date(2024, 3, 7), categories=[reciprocity])
    NewsPageFactory(parent=news_index["fr"], title="Départs 2023", date=date(2023, 9, 1), categories=[reciprocity])
    NewsPageFactory(parent=news_index["fr"], title="Diplômes 2024", date=date(2024, 7, 18),
                    categories=[training, reciprocity])
    NewsPageFactory(parent=news_index["fr"], title="Atelier 2024", date=date(2024, 3, 27), categories=[training])

    assert card_titles(_get(client, "/fr/actualites/?category=reciprocite")) == [
        "Diplômes 2024", "Départs 2024", "Départs 2023"]
    assert card_titles(_get(client, "/fr/actualites/?year=2023")) == ["Départs 2023"]
    html = _get(client, "/fr/actualites/?category=formation&year=2024")
    assert card_titles(html) == ["Diplômes 2024", "Atelier 2024"]
    # The form shows the current choices, and filtered lists are kept out of search engines.
    assert '<option value="formation" selected>Formation</option>' in html
    assert '<option value="2024" selected>2024</option>' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    assert 'noindex' not in _get(client, "/fr/actualites/")


def test_pagination_links_keep_the_filters(client, news_index):
    category = NewsCategoryFactory(name="Programmes", slug="programmes")
    for day in range(1, 14):
        NewsPageFactory(parent=news_index["fr"], date=date(2024, 5, day), categories=[category])
    html = _get(client, "/fr/actualites/?category=programmes&year=2024&utm_source=x")
    assert 'href="?category=programmes&amp;year=2024&amp;page=2"' in html
    assert "utm_source" not in html


BAD_QUERIES = [
    "?page=abc", "?page=0", "?page=-3", "?page=99999", "?page=1e9", "?year=zzz", "?year=1999",
    "?category=unknown", "?category=%00%FF", "?tag=..", "?page=2&year=zzz&category=%3Cscript%3E",
]


def test_bad_parameters_never_fail(client, news_index):
    NewsPageFactory(parent=news_index["fr"], title="Le seul article", date=date(2024, 6, 5))
    for query in BAD_QUERIES:
        html = _get(client, "/fr/actualites/" + query)
        assert card_titles(html) == ["Le seul article"], query
        assert "<script>" not in html.split("<main", 1)[1], query


def test_unknown_values_are_reported(client, news_index):
    NewsPageFactory(parent=news_index["fr"], date=date(2024, 6, 5))
    html = _get(client, "/fr/actualites/?year=zzz&category=nope")
    assert 'class="notice"' in html
    assert "ignorées : Catégorie, Année." in html


def test_page_number_beyond_the_end_gives_the_last_page(client, news_index):
    for day in range(1, 14):
        NewsPageFactory(parent=news_index["fr"], title=f"N{day:02d}", date=date(2024, 1, day))
    assert card_titles(_get(client, "/fr/actualites/?page=99999")) == ["N01"]


def test_drafts_expired_and_private_articles_are_never_listed(client, news_index):
    NewsPageFactory(parent=news_index["fr"], title="Publié")
    draft = NewsPageFactory(parent=news_index["fr"], title="Brouillon")
    draft.unpublish()
    private = NewsPageFactory(parent=news_index["fr"], title="Réservé")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert card_titles(_get(client, "/fr/actualites/")) == ["Publié"]


def test_each_language_lists_its_own_articles(client, news_index):
    article = NewsPageFactory(parent=news_index["fr"], title="Séminaire à Lima", slug="seminaire")
    translate_page(article, "es", title="Seminario en Lima", slug="seminario")
    assert card_titles(_get(client, "/es/noticias/")) == ["Seminario en Lima"]
    assert card_titles(_get(client, "/en/news/")) == []
    assert "Seminario en Lima" not in _get(client, "/fr/actualites/")


def test_category_filter_works_on_translations(client, news_index):
    """Translations keep their source's category rows; the Spanish slug still finds them."""
    category = NewsCategoryFactory(name="Réciprocité", slug="reciprocite")
    category_es = category.copy_for_translation(news_index["es"].locale)
    category_es.name, category_es.slug = "Reciprocidad", "reciprocidad"
    category_es.save()
    article = NewsPageFactory(parent=news_index["fr"], title="Départs", slug="departs", categories=[category])
    NewsPageFactory(parent=news_index["fr"], title="Autre", slug="autre")
    translate_page(article, "es", title="Partidas", slug="partidas")
    html = _get(client, "/es/noticias/?category=reciprocidad")
    assert card_titles(html) == ["Partidas"]
    assert "Reciprocidad" in html and "Réciprocité" not in html


def test_tag_filter(client, news_index):
    tagged = NewsPageFactory(parent=news_index["fr"], title="Avec étiquette")
    tagged.tags.add("EnLAzando")
    tagged.save_revision().publish()
    NewsPageFactory(parent=news_index["fr"], title="Sans étiquette")
    html = _get(client, "/fr/actualites/?tag=enlazando")
    assert card_titles(html) == ["Avec étiquette"]
