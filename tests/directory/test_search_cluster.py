"""The directory's cluster engine against the test node (tests/cluster.py): analysis, strict mappings, indexing
as editors work, a rebuild under load, and the cluster failing or rejecting a query."""

import threading
import time

import pytest

from directory.search import documents, get_engine
from directory.search.contract import SearchQuery
from directory.search.database import DatabaseEngine
from directory.search.elasticsearch import ElasticsearchEngine, FallbackEngine
from directory.search.records import SearchRecord
from directory.search.rebuild import rebuild_elasticsearch
from search.backends.analysis import ANALYZER_NAMES
from tests.directory.search_contract import Spec, build_directory

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


def record(key, name, texts=("", "", ""), **facts):
    return SearchRecord(translation_key=key, structure_ids={"fr": 1, "es": 2, "en": 3}, name=name,
                        texts=dict(zip(("fr", "es", "en"), texts)), region="PE-LIM", city="Lima", **facts)


def keys(language, text, engine=None):
    hits = (engine or ElasticsearchEngine()).all_hits(SearchQuery.build(language=language, text=text), 100)
    return sorted(hit.translation_key for hit in hits)


@pytest.fixture
def indexed(cluster):
    """An index holding `records`, behind the alias, as a rebuild leaves it."""

    def index(*records):
        name = documents.create_index()
        documents.fill_index(name, [list(records)])
        documents.swap_alias(name)
        return name

    return index


def analyzed(cluster, analyzer, text):
    index = documents.alias_name()
    tokens = cluster.client().indices.analyze(index=index, body={"analyzer": analyzer, "text": text})["tokens"]
    return [token["token"] for token in tokens]


def test_accented_stop_words_are_removed_before_folding(cluster, indexed):
    indexed()
    assert analyzed(cluster, ANALYZER_NAMES["fr"], "Étant à Lima") == ["lima"]
    assert analyzed(cluster, ANALYZER_NAMES["es"], "Más allá de él") == ["alla"]
    # Folding and stemming still meet accented and plain spellings.
    assert analyzed(cluster, ANALYZER_NAMES["fr"], "L'Éducation") == analyzed(cluster, ANALYZER_NAMES["fr"], "education")


def test_names_are_matched_through_each_languages_stemmer(indexed):
    indexed(record("house", "Maison du volontaire"), record("school", "Colegio Sol"))
    # "volontaires" is no prefix of "volontaire": only the stemmed name.fr sub-field can match it.
    assert keys("fr", "volontaires") == ["house"]
    assert keys("es", "colegios") == ["school"]


def test_the_mapping_refuses_unknown_fields(cluster, indexed):
    from search.backends.connection import cluster_errors, http_status

    indexed(record("house", "Maison"))
    with pytest.raises(cluster_errors()) as refused:
        cluster.client().index(index=documents.alias_name(), id="x", body={"name": "x", "invented_field": 1})
    assert http_status(refused.value) == 400
    assert documents.index_body()["mappings"]["dynamic"] == "strict"


def test_nothing_is_written_before_the_first_rebuild(cluster, caplog):
    assert documents.write([record("house", "Maison")]) == 1
    assert documents.delete(["house"]) == 1
    assert not cluster.client().indices.exists(index=documents.alias_name())
    assert "rebuild_directory_index" in caplog.text


@pytest.fixture
def empty_index(cluster):
    rebuild_elasticsearch()


def found_within_a_second(language, text, expected):
    deadline = time.monotonic() + 1
    while True:
        hits = ElasticsearchEngine().all_hits(SearchQuery.build(language=language, text=text), 100)
        if sorted(hit.structure_id for hit in hits) == expected or time.monotonic() > deadline:
            return sorted(hit.structure_id for hit in hits)
        time.sleep(0.05)


def test_editors_changes_reach_the_cluster(empty_index, django_capture_on_commit_callbacks):
    from directory.models import HostStructure

    with django_capture_on_commit_callbacks(execute=True):
        [spec] = build_directory([Spec("Wasi Yachay", place="cusco", only_french=True,
                                       texts=("Maison du savoir.", "", ""))])
    house = spec.rows["fr"]
    assert found_within_a_second("fr", "savoir", [house.pk]) == [house.pk]  # published

    with django_capture_on_commit_callbacks(execute=True):
        house.short_description = "Maison de la connaissance."
        house.save()
    assert found_within_a_second("fr", "connaissance", [house.pk]) == [house.pk]  # changed
    assert found_within_a_second("fr", "savoir", []) == []

    from wagtail.models import Locale

    with django_capture_on_commit_callbacks(execute=True):
        spanish = house.copy_for_translation(Locale.objects.get(language_code="es"))
        spanish.short_description = "Casa del conocimiento."
        spanish.save()
    assert found_within_a_second("es", "conocimiento", [spanish.pk]) == [spanish.pk]  # translated

    rows = HostStructure.objects.filter(translation_key=house.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        rows.update(is_public=False)
        house.refresh_from_db()
        house.save()
    assert found_within_a_second("fr", "connaissance", []) == []  # unpublished
    with django_capture_on_commit_callbacks(execute=True):
        rows.update(is_public=True)
        house.refresh_from_db()
        house.save()
    assert found_within_a_second("fr", "connaissance", [house.pk]) == [house.pk]  # published again
    with django_capture_on_commit_callbacks(execute=True):
        for row in rows:
            row.delete()
    assert found_within_a_second("fr", "connaissance", []) == []  # deleted


def test_a_rebuild_swaps_the_alias_under_a_loop_of_searches(cluster):
    specs = build_directory([Spec(f"Colegio {number}", place="lima") for number in range(30)])
    rebuild_elasticsearch()
    expected = len(specs)
    failures, answers, stop = [], [], threading.Event()

    def search_loop():
        engine = ElasticsearchEngine()
        while not stop.is_set():
            try:
                # No text: a word would first read the thesaurus from the database, which SQLite's shared
                # in-memory test database locks while this test's transaction rebuilds.
                answers.append(len(engine.all_hits(SearchQuery.build(language="es"), 100)))
            except Exception as error:  # noqa: BLE001 - every failure is what the test counts
                failures.append(error)

    reader = threading.Thread(target=search_loop)
    reader.start()
    try:
        for _rebuild in range(3):
            _name, replaced = rebuild_elasticsearch()
            assert replaced  # the alias moved from a previous index
    finally:
        stop.set()
        reader.join()
    assert failures == []
    assert len(answers) > 3 and set(answers) == {expected}


@pytest.fixture
def one_structure_on_the_proxy(cluster_proxy, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        [spec] = build_directory([Spec("Wasi Yachay", place="cusco", texts=("Maison du savoir.", "", ""))])
    from directory.search.indexing import sync_all

    sync_all()
    rebuild_elasticsearch()
    return spec


def test_a_node_that_stops_answering_is_replaced_by_the_database(cluster_proxy, one_structure_on_the_proxy,
                                                                 caplog):
    engine = get_engine()
    assert isinstance(engine, FallbackEngine)
    query = SearchQuery.build(text="savoir")
    assert engine.search(query).engine == "elasticsearch"

    cluster_proxy.stop_answering()
    results = engine.search(query)
    assert results.engine == "database" and results.total == 1
    assert "Search cluster unavailable" in caplog.text
    # The breaker is open: the next searches go straight to the database, without waiting for the cluster.
    seen = cluster_proxy.requests_seen
    for _search in range(5):
        assert engine.search(query).engine == "database"
    assert cluster_proxy.requests_seen == seen

    cluster_proxy.answer_again()
    time.sleep(1.1)  # the breaker's cool-down (ELASTICSEARCH_BREAKER_SECONDS in cluster_proxy)
    assert engine.search(query).engine == "elasticsearch"


class MalformedQueryEngine(ElasticsearchEngine):
    """Sends a query the cluster cannot parse, as a bug in build_search would."""

    def _execute(self, search, start, size):
        from directory.search.elasticsearch import client

        return client().search(index=self._index(), body={"query": {"match": {"name": {"query": "x",
                                                                                       "operator": "sometimes"}}}})


def test_a_rejected_query_is_an_error_not_an_outage(cluster, cluster_rejections, settings):
    from search.backends import cluster_breaker

    build_directory([Spec("Wasi Yachay", place="cusco", texts=("Maison du savoir.", "", ""))])
    from directory.search.indexing import sync_all

    sync_all()
    rebuild_elasticsearch()
    engine = FallbackEngine(MalformedQueryEngine(), DatabaseEngine())
    results = engine.search(SearchQuery.build(text="savoir"))
    assert results.engine == "database" and results.total == 1  # the reader still gets an answer
    assert [record.levelname for record in cluster_rejections] == ["ERROR"]
    assert "HTTP 400" in cluster_rejections[0].getMessage()
    assert not cluster_breaker().is_open  # a bad query says nothing about the cluster's health
