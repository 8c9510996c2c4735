"""Word forms and accents on each engine. The suite runs on SQLite and on PostgreSQL (make test-postgres);
Elasticsearch tests need a cluster at ELASTICSEARCH_URL.

SQLite's FTS5 ignores case and accents but does no stemming: the site adds the singular and plural
of each word (volontaire/volontaires, reciprocidad/reciprocidades), nothing more. PostgreSQL indexes
each page with its language's stemmer after unaccent, so other forms match too (volunteering/volunteer).
"""

import os

import pytest
from django.db import connection

from .conftest import content_page

pytestmark = pytest.mark.django_db
on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL stemming")


def titles(client, url, query):
    import re

    html = client.get(url, {"q": query}).content.decode()
    found = re.findall(r'class="search-result__title"><a href="[^"]*">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


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


def test_elasticsearch_analysis_folds_and_stems():
    from search.backends.elasticsearch import FOLDING_ANALYZER, LanguageElasticsearchBackend

    backend = LanguageElasticsearchBackend({"URLS": ["http://127.0.0.1:9"], "INDEX": "fvp_test"})
    analysis = backend.settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]["filter"]
    assert {"lowercase", "asciifolding", "fvp_light_french", "fvp_light_spanish"} <= set(default)
    assert "edgengram_analyzer" in analysis["analyzer"]  # Wagtail's own analyzers are kept
    assert backend.mapping_class.edgengram_analyzer_config["search_analyzer"] == FOLDING_ANALYZER


@pytest.mark.elasticsearch
@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="needs ELASTICSEARCH_URL")
def test_forms_on_elasticsearch(client, forms, settings):
    from django.core.management import call_command

    settings.WAGTAILSEARCH_BACKENDS = {"default": {
        "BACKEND": "search.backends.elasticsearch", "URLS": [os.environ["ELASTICSEARCH_URL"]],
        "INDEX": "fvp_test_site", "TIMEOUT": 5}}
    call_command("update_index", verbosity=0)
    assert titles(client, "/fr/recherche/", "volontaires reciprocite") == ["Devenir volontaire"]
    assert titles(client, "/es/buscar/", "reciprocidad") == ["Ser voluntario"]
