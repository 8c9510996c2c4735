"""The stored counts of the whole directory (PostgreSQL): what an unfiltered listing shows, kept between
searches, never older than the index."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from directory.search import database_index
from directory.search.contract import SearchQuery
from directory.search.database import DatabaseEngine
from directory.search.models import SearchSummary, StructureSearchEntry
from directory.trust import CONFIRMED
from tests.directory.search_contract import Spec, build_directory

pytestmark = [pytest.mark.django_db,
              pytest.mark.skipif(connection.vendor != "postgresql", reason="the summary is PostgreSQL's")]


def landing(settings):
    settings.DIRECTORY_SEARCH_CACHE_SECONDS = 0  # nothing cached: only the stored summary may answer
    return DatabaseEngine().search(SearchQuery.build(language="fr"))


def count(results, facet, value):
    return {item.value: item.count for item in results.facet(facet).values}.get(value, 0)


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    def build(*specs):
        with django_capture_on_commit_callbacks(execute=True):
            build_directory(list(specs))

    return build


def test_an_index_write_replaces_the_stored_counts(settings, indexed):
    indexed(Spec("Wasi Yachay", place="cusco", areas=["education"]), Spec("Qori Inti", areas=["health"]))
    first = landing(settings)
    assert SearchSummary.objects.get().data is not None  # counted once, then read
    database_index.delete([StructureSearchEntry.objects.get(name="Wasi Yachay").translation_key])
    second = landing(settings)
    assert second.total == first.total - 1
    assert count(second, "area", "education") == count(first, "area", "education") - 1 == 0
    assert count(second, "area", "health") == 1


def test_confirmed_label_is_recounted_at_each_read(settings, indexed):
    indexed(Spec("Wasi Yachay", place="cusco"))
    StructureSearchEntry.objects.update(confirmed_at=timezone.now())
    assert count(landing(settings), "label", CONFIRMED) == 1  # stored with the structure confirmed
    # A year and a day later, without any write to the index: the confirmation has aged.
    StructureSearchEntry.objects.update(confirmed_at=timezone.now() - timedelta(days=400))
    assert count(landing(settings), "label", CONFIRMED) == 0
