"""Word forms and accents on each engine. The suite runs on SQLite and on PostgreSQL (make test-postgres);
the cluster's cases are in test_cluster_search.py.

SQLite's FTS5 ignores case and accents but does no stemming: the site adds the singular and plural
of each word (volontaire/volontaires, reciprocidad/reciprocidades), nothing more. PostgreSQL indexes
each page with its language's stemmer after unaccent, so other forms match too (volunteering/volunteer).
"""

import pytest
from django.db import connection

from tests.factories import content_page
from tests.html import parse, texts

pytestmark = pytest.mark.django_db
on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL stemming")


def titles(client, url, query):
    return texts(parse(client.get(url, {"q": query})), "ol.search-results .search-result__title a")


@pytest.fixture
def forms(site_tree):
    from tests.factories import translate_page

    page = content_page(site_tree["fr"], "Devenir volontaire", slug="devenir",
                        lead="Chaque volontaire prépare sa mission de réciprocité.")
    translate_page(page, "es", title="Ser voluntario", slug="ser",
                   lead="Las reciprocidades y los voluntariados en el Perú.")
    translate_page(page, "en", title="Volunteering", slug="volunteering",
                   lead="Every volunteer gets ready for reciprocity.")
    return page


@pytest.mark.parametrize("url, query, expected", [
    ("/fr/recherche/", "volontaires", "Devenir volontaire"),
    ("/fr/recherche/", "VOLONTAIRE", "Devenir volontaire"),
    ("/fr/recherche/", "reciprocite", "Devenir volontaire"),
    ("/fr/recherche/", "Réciprocité", "Devenir volontaire"),
    ("/es/buscar/", "reciprocidad", "Ser voluntario"),
    ("/es/buscar/", "Perú voluntariado", "Ser voluntario"),
    ("/es/buscar/", "peru", "Ser voluntario"),
    ("/en/search/", "volunteers", "Volunteering"),
])
def test_forms_and_accents_on_every_engine(client, forms, url, query, expected):
    assert titles(client, url, query) == [expected]


@on_postgres
@pytest.mark.parametrize("url, query, expected", [
    ("/fr/recherche/", "préparer missions", "Devenir volontaire"),
    ("/es/buscar/", "voluntarios", "Ser voluntario"),
    ("/en/search/", "volunteered", "Volunteering"),
    ("/en/search/", "ready reciprocities", "Volunteering"),
])
def test_stemming_on_postgresql(client, forms, url, query, expected):
    assert titles(client, url, query) == [expected]


@on_postgres
def test_each_language_is_indexed_with_its_own_configuration(forms):
    from wagtail.search.models import IndexEntry

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT body::text FROM {IndexEntry._meta.db_table} WHERE object_id = %s", [str(forms.pk)])
        (body,) = cursor.fetchone()
    assert "'reciproc" in body and "réciproc" not in body  # French stemmer after unaccent


@pytest.mark.skipif(connection.vendor != "sqlite", reason="documents the SQLite limits")
def test_sqlite_matches_singular_and_plural_only(client, forms):
    assert titles(client, "/fr/recherche/", "volontaires") == ["Devenir volontaire"]
    assert titles(client, "/en/search/", "volunteered") == []  # no stemmer on SQLite


# --- The one text analysis of both searches (search/text.py) ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("À Cusco, él trabajó", ["cusco", "trabajo"]),  # "à" (fr) and "él" (es) are stop words once accented
    ("Les enfants de l'été", ["enfants"]),  # "été" goes before folding turns it into "ete"
    ("ete", ["ete"]),  # typed without its accent, it is a word like any other: stop words come first
    ("l'enfance d’abord, qu'elle", ["enfance", "abord"]),  # elision, typographic apostrophe included
    ("the children's HEALTH", ["children", "health"]),
])
def test_elision_then_stop_words_then_folding(text, expected):
    from search.text import content_words

    assert content_words(text) == expected


def test_query_words_are_folded_deduplicated_and_meaningful():
    from search.text import MAX_TERMS, query_words

    assert query_words("Éducation education ÉDUCATION à Lima") == ["education", "lima"]
    assert query_words("x y") == []  # single letters carry no meaning
    assert len(query_words(" ".join(f"mot{n}" for n in range(40)))) == MAX_TERMS


def test_both_searches_read_queries_with_the_one_module():
    import directory.search.database
    import directory.search.elasticsearch
    import search.engine
    import search.text

    assert directory.search.database.query_words is search.text.query_words
    assert directory.search.elasticsearch.query_words is search.text.query_words
    assert search.engine.query_terms is search.text.query_terms


@on_postgres
def test_one_family_of_postgresql_configurations_drops_stop_words_before_unaccent():
    from search.text import PG_CONFIGS

    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE 'directory%%' OR cfgname LIKE 'fvp%%'")
        assert {name for (name,) in cursor.fetchall()} == {*PG_CONFIGS.values(), "fvp_simple"}
        cursor.execute("SELECT to_tsvector('fvp_fr', %s)::text, to_tsvector('fvp_es', %s)::text",
                       ["À l'été des enfants", "Él trabajó con niños"])
        french, spanish = cursor.fetchone()
    assert french == "'enfant':5"
    assert set(word.split(":")[0] for word in spanish.split()) == {"'trabaj'", "'nin'"}
