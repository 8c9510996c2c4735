"""The cluster engine without a cluster: mappings, the requests it builds, how it reads answers, the alias
swap, the connection settings, and the fallback to the database when nothing answers (test_search_cluster.py
runs it against the test node)."""

import json
import logging

import pytest

from directory.search import documents, get_engine
from directory.search.contract import GeoFilter, SearchQuery
from directory.search.elasticsearch import ElasticsearchEngine, FallbackEngine, build_search
from directory.search.records import SearchRecord
from search.backends.analysis import ANALYZER_NAMES
from tests.directory.search_contract import directory  # noqa: F401  (fixture)

CLOSED_PORT_URL = "http://127.0.0.1:9"


def request_body(**kwargs):
    filters = kwargs.pop("filters", None)
    return build_search(SearchQuery.build(filters=filters, **kwargs), "fvp_directory").to_dict()


def analyzer_filters(body, name):
    analysis = body["settings"]["analysis"]
    return analysis["analyzer"][name]["filter"], analysis["filter"]


def test_each_language_has_its_analyzer_with_ascii_folding():
    body = documents.index_body()
    properties = body["mappings"]["properties"]
    for language, stemmer, stop in [("fr", "light_french", "_french_"), ("es", "light_spanish", "_spanish_"),
                                    ("en", "minimal_english", "_english_")]:
        analyzer = ANALYZER_NAMES[language]
        assert properties[f"text_{language}"]["analyzer"] == analyzer
        assert properties["name"]["fields"][language]["analyzer"] == analyzer
        chain, filters = analyzer_filters(body, analyzer)
        assert "asciifolding" in chain and "lowercase" in chain
        stem = next(name for name in chain if filters.get(name, {}).get("type") == "stemmer"
                    and filters[name]["language"] == stemmer)
        stop_words = next(name for name in chain if filters.get(name, {}).get("stopwords") == stop)
        # Stop lists are written with accents: they run before folding; folding runs before stemming.
        assert chain.index("lowercase") < chain.index(stop_words) < chain.index("asciifolding") < chain.index(stem)


def test_the_site_search_uses_the_same_analyzers():
    from search.backends.analysis import language_analysis

    body = documents.index_body()
    for language, name in ANALYZER_NAMES.items():
        chain, filters = analyzer_filters(body, name)
        site = language_analysis(language)
        assert site["analyzer"]["default"]["filter"] == chain
        assert {step: site["filter"][step] for step in chain if step in site["filter"]} == {
            step: filters[step] for step in chain if step in filters}


def test_the_mapping_is_strict():
    assert documents.index_body()["mappings"]["dynamic"] == "strict"


def test_facets_are_keywords_and_the_location_a_geo_point():
    properties = documents.index_body()["mappings"]["properties"]
    for field in ("region", "city", "areas", "schemes", "languages", "status", "accommodation", "years"):
        assert properties[field]["type"] == "keyword"
    assert properties["location"]["type"] == "geo_point"
    assert properties["name"]["fields"]["sort"] == {"type": "keyword", "normalizer": "directory_sort"}
    assert documents.index_body()["settings"]["max_result_window"] >= 50_000 * 2


def test_a_document_holds_public_facts_per_language():
    record = SearchRecord(translation_key="k-1", structure_ids={"fr": 1, "es": 2, "en": 3}, name="Cáritas",
                          texts={"fr": "Santé", "es": "Salud", "en": "Health"}, region="PE-LIM", city="Lima",
                          areas=["health"], schemes=["vsi"], years=[2023, 2024], latitude=-12.0, longitude=-77.0)
    document = documents.StructureDocument.from_record(record).to_dict(include_meta=True)
    assert document["_id"] == "k-1"
    source = document["_source"]
    assert source["text_es"] == "Salud" and source["structure_es"] == 2
    assert source["areas"] == ["health"] and source["years"] == ["2023", "2024"]
    assert source["last_hosted_year"] == 2024 and source["location"] == {"lat": -12.0, "lon": -77.0}
    assert set(source) <= set(documents.index_body()["mappings"]["properties"])


@pytest.mark.django_db  # the thesaurus reads the vocabularies
def test_every_word_must_match_in_the_name_or_a_text_and_the_readers_language_weighs_more():
    body = request_body(language="es", text="cusco cooperación")
    words = body["query"]["bool"]["must"][0]["bool"]["must"]
    assert len(words) == 2
    exact = [clause["match"] for clause in words[1]["bool"]["should"] if "match" in clause]
    by_field = {field: options for clause in exact for field, options in clause.items()}
    assert by_field["text_es"]["query"] == "cooperacion" and "fuzziness" not in by_field["text_es"]
    assert by_field["text_es"]["boost"] > by_field["text_fr"]["boost"]
    # The name's stemmed sub-fields are queried, the reader's language first.
    assert {"name.fr", "name.es", "name.en"} <= set(by_field)
    assert by_field["name.es"]["boost"] > by_field["name.fr"]["boost"]
    assert words[1]["bool"]["minimum_should_match"] == 1


@pytest.mark.django_db
def test_query_syntax_never_reaches_elasticsearch():
    body = json.dumps(request_body(text='"caritas* name:(lima) ~\\ OR'))
    assert "query_string" not in body and "simple_query_string" not in body
    for character in ('*', ':(', "~", "\\\\"):
        assert character not in body.split('"suggest"')[0].replace('"_score"', "")


def test_facets_are_disjunctive_post_filters():
    body = request_body(filters={"region": ["PE-CUS", "PE-LIM"], "scheme": ["vsi"]})
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]  # facets do not narrow the aggregations' base
    assert {"terms": {"region": ["PE-CUS", "PE-LIM"]}} in body["post_filter"]["bool"]["filter"]
    region_filter = body["aggs"]["region"]["filter"]["bool"]["filter"]
    assert region_filter == [{"terms": {"schemes": ["vsi"]}}]  # its own selection left out
    area_filter = body["aggs"]["area"]["filter"]["bool"]["filter"]
    assert {"terms": {"region": ["PE-CUS", "PE-LIM"]}} in area_filter and {"terms": {"schemes": ["vsi"]}} in area_filter
    assert body["aggs"]["area"]["aggs"]["values"]["terms"]["field"] == "areas"


@pytest.mark.django_db
def test_geographic_search_filters_and_sorts_by_distance():
    body = request_body(geo=GeoFilter(-13.5, -72.0, 30), sort="distance")
    assert body["query"]["bool"]["filter"] == [
        {"geo_distance": {"distance": "30km", "location": {"lat": -13.5, "lon": -72.0}}}]
    assert body["sort"][0]["_geo_distance"]["unit"] == "km"


@pytest.mark.django_db
def test_sorts():
    assert request_body(sort="recent")["sort"][0] == {"last_hosted_year": {"order": "desc", "missing": "_last"}}
    assert request_body(sort="name")["sort"] == [{"name.sort": {"order": "asc"}}]
    assert request_body(text="lima")["sort"][0] == "_score"


class CannedEngine(ElasticsearchEngine):
    """The engine with Elasticsearch's answer given, to test how the answer is read."""

    def __init__(self, response):
        super().__init__(index="fvp_directory")
        self.response, self.bodies = response, []

    def _execute(self, search, start, size):
        self.bodies.append(search.extra(from_=start, size=size).to_dict())
        return self.response


@pytest.mark.django_db
def test_an_answer_becomes_results_with_facets_and_a_suggestion():
    aggregations = {name: {"values": {"buckets": []}} for name in
                    ("region", "city", "area", "scheme", "language", "status", "accommodation", "year", "label")}
    aggregations["region"]["values"]["buckets"] = [{"key": "PE-CUS", "doc_count": 3}, {"key": "PE-LIM", "doc_count": 1}]
    aggregations["year"]["values"]["buckets"] = [{"key": "2024", "doc_count": 2}]
    engine = CannedEngine({
        "hits": {"total": {"value": 0}, "hits": []}, "aggregations": aggregations,
        "suggest": {"did_you_mean": [{"text": "colegoi", "options": [{"text": "colegio", "score": 0.8}]}]},
    })
    results = engine.search(SearchQuery.build(text="colegoi sol", filters={"region": ["PE-CUS"]}))
    assert results.did_you_mean == "colegio sol"
    region = {value.value: (value.count, value.selected) for value in results.facet("region").values}
    assert region == {"PE-CUS": (3, True), "PE-LIM": (1, False)}
    assert [value.value for value in results.facet("year").values] == ["2024"]
    assert engine.bodies[0]["from"] == 0 and engine.bodies[0]["size"] == 20


class FakeIndices:
    def __init__(self, aliased):
        self.aliased, self.calls = aliased, []

    def exists_alias(self, name):
        return bool(self.aliased)

    def get_alias(self, name):
        return {index: {} for index in self.aliased}

    def exists(self, index):
        return bool(self.aliased)

    def update_aliases(self, body):
        self.calls.append(("update_aliases", body["actions"]))

    def delete(self, index):
        self.calls.append(("delete", index))


def test_the_alias_moves_in_one_atomic_call_then_old_indexes_go(monkeypatch, settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = "fvp"
    fake = type("Client", (), {})()
    fake.indices = FakeIndices(["fvp_directory_old"])
    monkeypatch.setattr(documents, "client", lambda maintenance=False: fake)
    assert documents.swap_alias("fvp_directory_new") == ["fvp_directory_old"]
    assert fake.indices.calls == [
        ("update_aliases", [{"remove": {"index": "fvp_directory_old", "alias": "fvp_directory"}},
                            {"add": {"index": "fvp_directory_new", "alias": "fvp_directory"}}]),
        ("delete", "fvp_directory_old"),
    ]


@pytest.mark.django_db
def test_an_unreachable_cluster_falls_back_to_the_database(settings, directory, caplog):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    engine = get_engine()
    assert isinstance(engine, FallbackEngine)
    with caplog.at_level(logging.WARNING, logger="search.cluster"):
        results = engine.search(SearchQuery.build(text="caritas"))
    assert results.engine == "database" and results.total == 1
    assert "Search cluster unavailable" in caplog.text
    assert len(engine.all_hits(SearchQuery.build(filters={"region": ["PE-CUS"]}), 50)) > 0


@pytest.mark.django_db
def test_saving_with_an_unreachable_cluster_still_updates_the_database_index(settings, directory, caplog):
    from directory.search import indexing
    from directory.search.models import StructureSearchEntry

    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    caritas = next(spec for spec in directory if spec.name == "Cáritas del Perú").rows["fr"]
    caritas.name = "Cáritas Perú"
    caritas.save()
    with caplog.at_level(logging.WARNING, logger="directory.search.indexing"):
        indexing.sync([caritas.translation_key])
    assert StructureSearchEntry.objects.get(translation_key=caritas.translation_key).name == "Cáritas Perú"
    assert "Elasticsearch index not updated" in caplog.text


SECURED_ENVIRONMENT = {"ELASTICSEARCH_URL": "https://search.example.org:9243", "ELASTICSEARCH_CA_CERTS": "/etc/ca.pem",
                       "ELASTICSEARCH_API_KEY": "a2V5", "ELASTICSEARCH_USERNAME": "fvp",
                       "ELASTICSEARCH_PASSWORD": "secret"}


@pytest.mark.parametrize("distribution", ["elasticsearch8", "opensearch2", "opensearch3"])
def test_a_secured_cluster_is_configured_from_the_environment(distribution):
    """Settings are read at start-up: a fresh interpreter with the deployment's environment."""
    import os
    import subprocess
    import sys

    script = ("import django, json; django.setup(); from django.conf import settings; "
              "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS, default=list)); "
              "from search.backends.connection import ClusterConfig; c = ClusterConfig.from_settings(); "
              "print(json.dumps(c.client_options(), default=list)); print(type(c.client()).__name__)")
    environment = {**os.environ, **SECURED_ENVIRONMENT, "ELASTICSEARCH_DISTRIBUTION": distribution,
                   "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    run = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=True)
    backends_line, options_line, client_class = run.stdout.strip().splitlines()
    backends, options = json.loads(backends_line), json.loads(options_line)
    assert set(backends) == {"default", "es", "en", "database"}
    assert backends["es"]["BACKEND"] == f"wagtail.search.backends.{distribution}"
    assert backends["es"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["filter"][-1] == \
        "fvp_spanish_stem"
    assert backends["database"]["BACKEND"] == "search.backends.database"
    assert options["ca_certs"] == "/etc/ca.pem" and options["verify_certs"] is True and options["max_retries"] == 0
    assert backends["default"]["OPTIONS"] == options  # the site search and the directory connect alike
    if distribution == "elasticsearch8":
        assert options["api_key"] == "a2V5" and "basic_auth" not in options  # the key wins over a password
        assert client_class == "Elasticsearch"
    else:
        assert options["headers"] == {"Authorization": "ApiKey a2V5"} and "http_auth" not in options
        assert client_class == "OpenSearch"


def test_a_user_name_and_password_authenticate_when_there_is_no_api_key():
    from search.backends.connection import ClusterConfig

    for distribution, option in [("elasticsearch8", "basic_auth"), ("opensearch2", "http_auth")]:
        config = ClusterConfig(url="https://search.example.org", distribution=distribution, username="fvp",
                               password="secret")
        assert config.client_options()[option] == ("fvp", "secret")


def test_an_unknown_distribution_is_refused():
    from search.backends.connection import ClusterConfig

    with pytest.raises(ValueError, match="ELASTICSEARCH_DISTRIBUTION"):
        ClusterConfig(url="http://127.0.0.1:9200", distribution="solr")


@pytest.mark.parametrize(("status", "rejected"), [(400, True), (401, True), (403, True), (404, False),
                                                  (429, False), (500, False), (503, False), (None, False)])
def test_only_the_clusters_refusals_of_a_request_are_rejections(status, rejected):
    from opensearchpy.exceptions import ConnectionError as NoAnswer
    from opensearchpy.exceptions import TransportError

    from search.backends.connection import is_rejection

    error = NoAnswer("N/A", "refused", None) if status is None else TransportError(status, "error", {})
    assert is_rejection(error) is rejected


def test_the_breaker_skips_the_cluster_after_an_outage_then_lets_one_request_try(monkeypatch):
    import time as clock

    from search.backends.connection import CircuitBreaker

    now = [100.0]
    monkeypatch.setattr(clock, "monotonic", lambda: now[0])
    breaker = CircuitBreaker(cooldown=30)
    assert breaker.allows()
    breaker.failed()
    assert not breaker.allows() and breaker.is_open
    now[0] += 31
    assert breaker.allows()  # the trial request
    assert not breaker.allows()  # the others still skip while it runs
    breaker.succeeded()
    assert breaker.allows() and not breaker.is_open


@pytest.mark.django_db
def test_a_word_naming_a_concept_finds_what_its_facet_finds(directory):
    """Like the database engine: "niños" is the area children-youth, matched on the facet, not on stems."""
    words = request_body(language="es", text="niños")["query"]["bool"]["must"][0]["bool"]["must"]
    assert words == [{"bool": {"should": [{"terms": {"areas": ["children-youth"], "boost": 8}}],
                               "minimum_should_match": 1}}]
