from datetime import date

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import translate_page

from news.factories import NewsCategoryFactory, NewsPageFactory
from tests.html import anywhere, card_titles, everything, hrefs, inline_scripts, meta, parse, text_of, visible_text

pytestmark = pytest.mark.django_db



def _get(client, url):
    return parse(client.get(url))


def selected_options(document):
    """{select name: (value, text) of its selected option}."""
    return {select["name"]: (option["value"], text_of(option))
            for select in document.select("select[name]") for option in select.select("option[selected]")}


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
    document = _get(client, "/fr/actualites/?category=formation&year=2024")
    assert card_titles(document) == ["Diplômes 2024", "Atelier 2024"]
    # The form shows the current choices, and filtered lists are kept out of search engines.
    chosen = selected_options(document)
    assert chosen["category"] == ("formation", "Formation")
    assert chosen["year"] == ("2024", "2024")
    assert meta(document, "robots") == "noindex, follow"
    assert "noindex" not in (meta(_get(client, "/fr/actualites/"), "robots") or "")


def test_pagination_links_keep_the_filters(client, news_index):
    category = NewsCategoryFactory(name="Programmes", slug="programmes")
    for day in range(1, 14):
        NewsPageFactory(parent=news_index["fr"], date=date(2024, 5, day), categories=[category])
    document = _get(client, "/fr/actualites/?category=programmes&year=2024&utm_source=x")
    assert "?category=programmes&year=2024&page=2" in hrefs(document)
    assert "utm_source" not in everything(document)


BAD_QUERIES = [
    "?page=abc", "?page=0", "?page=-3", "?page=99999", "?page=1e9", "?year=zzz", "?year=1999",
    "?category=unknown", "?category=%00%FF", "?tag=..", "?page=2&year=zzz&category=%3Cscript%3E",
]


def test_bad_parameters_never_fail(client, news_index):
    NewsPageFactory(parent=news_index["fr"], title="Le seul article", date=date(2024, 6, 5))
    for query in BAD_QUERIES:
        document = _get(client, "/fr/actualites/" + query)
        assert card_titles(document) == ["Le seul article"], query
        assert not inline_scripts(document.select_one("main")), query


def test_unknown_values_are_reported(client, news_index):
    NewsPageFactory(parent=news_index["fr"], date=date(2024, 6, 5))
    document = _get(client, "/fr/actualites/?year=zzz&category=nope")
    assert "ignorées : Catégorie, Année." in text_of(document, ".notice")


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
    assert not anywhere(_get(client, "/fr/actualites/"), "Seminario en Lima")


def test_category_filter_works_on_translations(client, news_index):
    """Translations keep their source's category rows; the Spanish slug still finds them."""
    category = NewsCategoryFactory(name="Réciprocité", slug="reciprocite")
    category_es = category.copy_for_translation(news_index["es"].locale)
    category_es.name, category_es.slug = "Reciprocidad", "reciprocidad"
    category_es.save()
    article = NewsPageFactory(parent=news_index["fr"], title="Départs", slug="departs", categories=[category])
    NewsPageFactory(parent=news_index["fr"], title="Autre", slug="autre")
    translate_page(article, "es", title="Partidas", slug="partidas")
    document = _get(client, "/es/noticias/?category=reciprocidad")
    assert card_titles(document) == ["Partidas"]
    assert "Reciprocidad" in visible_text(document) and not anywhere(document, "Réciprocité")


def test_tag_filter(client, news_index):
    tagged = NewsPageFactory(parent=news_index["fr"], title="Avec étiquette")
    tagged.tags.add("EnLAzando")
    tagged.save_revision().publish()
    NewsPageFactory(parent=news_index["fr"], title="Sans étiquette")
    document = _get(client, "/fr/actualites/?tag=enlazando")
    assert card_titles(document) == ["Avec étiquette"]
