"""What a search costs the database: a fixed number of statements, whatever the filters; none for a page
asked again until the content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import home.cache
from directory.search import caching
from directory.search.contract import SearchQuery
from directory.search.database import DatabaseEngine
from directory.search.facet_names import Vocabulary
from tests.directory.search_contract import directory  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(monkeypatch):
    """A content version of the test's own: other processes writing the shared one cannot empty its cache."""
    current = {"value": "first"}
    version_of_the_test = lambda stored_page_key=None: current["value"]  # noqa: E731
    monkeypatch.setattr(caching, "content_version", version_of_the_test)
    monkeypatch.setattr(home.cache, "content_version", version_of_the_test)
    return current


def statements(query, vocabulary):
    with CaptureQueriesContext(connection) as captured:
        results = DatabaseEngine().search(query, vocabulary)
    return [entry["sql"] for entry in captured.captured_queries], results


def test_filters_do_not_add_statements(settings, directory):
    settings.DIRECTORY_SEARCH_CACHE_SECONDS = 0
    vocabulary = Vocabulary("fr")
    statements(SearchQuery.build(language="fr", text="education"), vocabulary)  # reference data read once
    plain, unfiltered = statements(SearchQuery.build(language="fr", text="education"), vocabulary)
    # Every value found, in three facets: results remain, and three selected facets to count apart.
    chosen = {name: [value.value for value in unfiltered.facet(name).values if value.count]
              for name in ("region", "area", "scheme")}
    filtered, results = statements(SearchQuery.build(language="fr", text="education", filters=chosen), vocabulary)
    assert 0 < results.total <= unfiltered.total
    assert len(filtered) == len(plain)


def test_a_page_asked_again_costs_no_search_until_the_content_changes(settings, directory, version):
    settings.DIRECTORY_SEARCH_CACHE_SECONDS = 300
    vocabulary = Vocabulary("es")
    query = SearchQuery.build(language="es", text="educacion", filters={"region": ["PE-CUS", "PE-LIM"]})
    first_sql, first = statements(query, vocabulary)
    again_sql, again = statements(query, vocabulary)
    assert first.total > 0 and first_sql
    assert [(hit.structure_id, hit.score) for hit in again.hits] == [
        (hit.structure_id, hit.score) for hit in first.hits]
    assert [facet.values for facet in again.facets] == [facet.values for facet in first.facets]
    if connection.vendor == "postgresql":
        assert not [sql for sql in again_sql if "structuresearchentry" in sql]
    version["value"] = "second"  # what every save of a structure or of the index does
    changed_sql, _results = statements(query, vocabulary)
    assert [sql for sql in changed_sql if "structuresearchentry" in sql]
