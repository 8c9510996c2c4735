"""Relevance of the database engine on the demo directory: the structures of home/demo/data/ are indexed
as the site indexes them (name, acronym, descriptions, area names, place), without building their pages, so
this stays fast; `make bench` scores the whole set of bench/relevance_queries.json on the real demo content."""

import pytest

from bench.relevance import evaluate, load_queries
from directory.gazetteer import regions
from directory.search import database_index
from directory.search.contract import SearchQuery
from directory.search.database import DatabaseEngine
from directory.search.records import SearchRecord
from home.demo.loader import structure_facts, vocabulary

pytestmark = pytest.mark.django_db
LANGUAGES = ("fr", "es", "en")
# A fast subset of the relevance set: thesaurus words in three languages, acronyms, names against prefixes.
SUBSET = {("fr", "santé enfants"), ("es", "salud niños"), ("en", "children health"), ("fr", "quechua"),
          ("en", "Quechua"), ("en", "AVSF"), ("es", "MALI"), ("fr", "Arguedas"), ("fr", "droits humains enfance"),
          ("en", "human rights youth"), ("es", "deporte"), ("fr", "théâtre"), ("fr", "Santa María"),
          ("es", "colegio Santa Cruz"), ("fr", "peuples autochtones environnement"), ("es", "sol y luna")}


def demo_records():
    """The demo's structures as the index receives them from the models (source.py): name, acronym, texts with
    the names of their areas and languages and their place."""
    areas = dict(vocabulary("directory.AreaOfWork"))
    languages = dict(vocabulary("directory.WorkLanguage"))
    region_names = {place.code: place.name for place in regions()}
    records = {}
    for number, facts in enumerate(structure_facts(), 1):
        texts = {language: " ".join(part for part in (
            facts["text"][language], " ".join(areas[slug][language] for slug in facts["areas"]),
            " ".join(languages[slug][language] for slug in facts["languages"]),
            facts["city"], facts["province"], region_names.get(facts["region"], "")) if part)
            for language in LANGUAGES}
        records[number] = (facts, SearchRecord(
            translation_key=f"00000000-0000-0000-0000-{number:012d}", structure_ids=dict.fromkeys(LANGUAGES, number),
            name=facts["name"], acronym=facts["acronym"], texts=texts, region=facts["region"], city=facts["city"],
            areas=sorted(facts["areas"]), schemes=sorted(facts["schemes"]), languages=sorted(facts["languages"]),
            status=facts["status"]))
    return records


@pytest.fixture
def demo_directory(db):
    records = demo_records()
    database_index.write([record for _facts, record in records.values()])
    return {number: facts for number, (facts, _record) in records.items()}


def search(language, text, per_page=5):
    return DatabaseEngine().search(SearchQuery.build(language=language, text=text, per_page=per_page))


@pytest.fixture
def ranked(demo_directory):
    def ranking(language, text):
        return [demo_directory[hit.structure_id]["slug"] for hit in search(language, text).hits]
    return ranking


def test_the_relevance_subset_ranks_the_expected_structures_first(ranked):
    queries = [case for case in load_queries() if (case["language"], case["query"]) in SUBSET]
    assert len(queries) == len(SUBSET)
    result = evaluate(ranked, queries)
    assert result["misses"] == []
    assert result["top3"] == 1.0


def test_the_relevance_set_covers_three_languages_with_forty_queries_or_more(demo_directory):
    queries = load_queries()
    slugs = {facts["slug"] for facts in demo_directory.values()}
    assert len(queries) >= 40
    assert {case["language"] for case in queries} == set(LANGUAGES)
    assert all(set(case["expected"]) <= slugs for case in queries)


@pytest.mark.parametrize("language, word", [("fr", "enfance"), ("fr", "enfants"), ("es", "niños"),
                                            ("es", "infancia"), ("en", "children"), ("en", "youth")])
def test_every_word_for_children_reaches_the_same_structures(demo_directory, language, word):
    filed = {number for number, facts in demo_directory.items() if "children-youth" in facts["areas"]}
    results = search(language, word, per_page=100)
    assert {hit.structure_id for hit in results.hits} >= filed
    assert results.total == len(filed)


def test_health_words_agree_and_do_not_find_saints(demo_directory):
    found = {}
    for language, word in (("fr", "santé"), ("es", "salud"), ("en", "health")):
        found[word] = {demo_directory[hit.structure_id]["slug"] for hit in search(language, word, 100).hits}
    assert found["santé"] == found["salud"] == found["health"]
    assert {"colegio-parroquial-santa-cruz", "parroquia-santa-maria-de-nieva"}.isdisjoint(found["santé"])
    assert found["santé"] == {facts["slug"] for facts in demo_directory.values()
                              if "health" in facts["areas"]}


def test_a_facet_value_and_a_text_search_for_the_same_word_agree(demo_directory):
    by_facet = search("fr", "")
    quechua = next(value for value in by_facet.facet("language").values if value.value == "que")
    assert search("fr", "quechua").total == quechua.count == 3


def test_whole_words_and_names_outrank_prefixes(demo_directory):
    # "Escuela" is a whole word of one name, and only of the text of others.
    ranking = [demo_directory[hit.structure_id]["slug"] for hit in search("es", "escuela", 20).hits]
    assert ranking[0] == "escuela-para-el-desarrollo"
    santa = [demo_directory[hit.structure_id]["slug"] for hit in search("fr", "santa").hits]
    assert set(santa[:2]) == {"colegio-parroquial-santa-cruz", "parroquia-santa-maria-de-nieva"}


@pytest.mark.elasticsearch
def test_the_whole_relevance_set_on_the_search_cluster(cluster, demo_directory):
    """The cluster engine over the same records: every query of the set, with the same target as the database."""
    from directory.search import documents
    from directory.search.elasticsearch import ElasticsearchEngine

    documents.swap_alias(documents.create_index())
    assert documents.write([record for _facts, record in demo_records().values()]) == 0  # documents not written
    engine = ElasticsearchEngine()

    def ranking(language, text):
        results = engine.search(SearchQuery.build(language=language, text=text, per_page=5))
        return [demo_directory[hit.structure_id]["slug"] for hit in results.hits]

    result = evaluate(ranking, load_queries())
    assert result["misses"] == []
    assert result["top3"] >= 0.95
