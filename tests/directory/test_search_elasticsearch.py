"""The Elasticsearch engine without a cluster: mappings, the requests it builds, how it reads answers,
the alias swap, and the fallback to the database when the cluster does not answer."""

import json
import logging

import pytest

from directory.search import documents, get_engine
from directory.search.contract import GeoFilter, SearchQuery
from directory.search.elasticsearch import ElasticsearchEngine, FallbackEngine, build_search
from directory.search.records import SearchRecord
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
    for language, analyzer, stemmer in [("fr", "directory_french", "light_french"),
                                        ("es", "directory_spanish", "light_spanish"),
                                        ("en", "directory_english", "minimal_english")]:
        assert properties[f"text_{language}"]["analyzer"] == analyzer
        assert properties["name"]["fields"][language]["analyzer"] == analyzer
        chain, filters = analyzer_filters(body, analyzer)
        assert "asciifolding" in chain and "lowercase" in chain
        # Folding comes before stemming, so accented and plain spellings stem alike.
        stem = next(name for name in chain if filters.get(name, {}).get("type") == "stemmer"
                    and filters[name]["language"] == stemmer)
        assert chain.index("asciifolding") < chain.index(stem)


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


def test_every_word_must_match_fuzzily_and_the_readers_language_weighs_more():
    body = request_body(language="es", text="cusco educación")
    words = body["query"]["bool"]["must"][0]["bool"]["must"]
    assert len(words) == 2
    fuzzy = [clause["match"] for clause in words[1]["bool"]["should"] if "match" in clause]
    by_field = {field: options for clause in fuzzy for field, options in clause.items()}
    assert by_field["text_es"]["query"] == "educacion" and by_field["text_es"]["fuzziness"] == "AUTO"
    assert by_field["text_es"]["boost"] > by_field["text_fr"]["boost"]
    assert words[1]["bool"]["minimum_should_match"] == 1


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


def test_geographic_search_filters_and_sorts_by_distance():
    body = request_body(geo=GeoFilter(-13.5, -72.0, 30), sort="distance")
    assert body["query"]["bool"]["filter"] == [
        {"geo_distance": {"distance": "30km", "location": {"lat": -13.5, "lon": -72.0}}}]
    assert body["sort"][0]["_geo_distance"]["unit"] == "km"


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

    def update_aliases(self, actions):
        self.calls.append(("update_aliases", actions))

    def delete(self, index):
        self.calls.append(("delete", index))


def test_the_alias_moves_in_one_atomic_call_then_old_indexes_go(monkeypatch, settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = "fvp"
    fake = type("Client", (), {})()
    fake.indices = FakeIndices(["fvp_directory_old"])
    monkeypatch.setattr(documents, "client", lambda: fake)
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
    with caplog.at_level(logging.WARNING, logger="directory.search.elasticsearch"):
        results = engine.search(SearchQuery.build(text="caritas"))
    assert results.engine == "database" and results.total == 1
    assert "Elasticsearch unavailable" in caplog.text
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
