"""Relevance of the database engine on the demo directory: the structures of directory/demo_data.py are indexed
as the site indexes them (name, acronym, descriptions, area names, place), without building their pages, so
this stays fast; `make bench` scores the whole set of bench/relevance_queries.json on the real demo content."""

import pytest

from bench.relevance import evaluate, load_queries
from directory import demo, demo_data
from directory.gazetteer import regions
from directory.search import database_index
from directory.search.contract import SearchQuery
from directory.search.database import DatabaseEngine
from directory.search.records import SearchRecord

pytestmark = pytest.mark.django_db
LANGUAGES = ("fr", "es", "en")
# A fast subset of the relevance set: thesaurus words in three languages, acronyms, names against prefixes.
SUBSET = {"santé enfants", "salud niños", "children health", "quechua", "Quechua", "AVSF", "MALI", "Arguedas",
          "droits humains enfance", "human rights youth", "deporte", "théâtre", "Santa María", "colegio Santa Cruz",
          "peuples autochtones environnement", "sol y luna"}


def demo_record(number, definition):
    areas = dict(demo_data.AREAS)
    languages = dict(demo_data.WORK_LANGUAGES)
    region_names = {place.code: place.name for place in regions()}
    texts = {}
    for language in LANGUAGES:
        text = definition.get("text") or {code: demo.AUTO_TEXT[code].format(
            areas=", ".join(areas[area][code].lower() for area in definition["areas"])) for code in LANGUAGES}
        status = demo_data.STATUS_SENTENCES.get(definition["status"])
        texts[language] = " ".join(part for part in (
            text[language], status[language] if status else "", demo.INVITATION[language],
            " ".join(areas[area][language] for area in definition["areas"]),
            " ".join(languages[code][language] for code in definition.get("languages", [])),
            definition.get("city", ""), definition.get("province", ""),
            region_names.get(definition.get("region") or "", "")) if part)
    return SearchRecord(
        translation_key=f"00000000-0000-0000-0000-{number:012d}", structure_ids=dict.fromkeys(LANGUAGES, number),
        name=definition["name"], acronym=definition.get("acronym", ""), texts=texts,
        region=definition.get("region") or "", city=definition.get("city", ""), areas=sorted(definition["areas"]),
        schemes=sorted(definition.get("schemes", [])), languages=sorted(definition.get("languages", [])),
        status=definition["status"])


@pytest.fixture
def demo_directory(db):
    definitions = list(demo_data.structure_definitions())
    database_index.write([demo_record(number, definition) for number, definition in enumerate(definitions, 1)])
    return {number: definition for number, definition in enumerate(definitions, 1)}


def search(language, text, per_page=5):
    return DatabaseEngine().search(SearchQuery.build(language=language, text=text, per_page=per_page))


@pytest.fixture
def ranked(demo_directory):
    def ranking(language, text):
        return [demo_directory[hit.structure_id]["slug"] for hit in search(language, text).hits]
    return ranking


def test_the_relevance_subset_ranks_the_expected_structures_first(ranked):
    queries = [case for case in load_queries() if case["query"] in SUBSET]
    assert len(queries) == len(SUBSET)
    result = evaluate(ranked, queries)
    assert result["misses"] == []
    assert result["top3"] == 1.0


def test_the_relevance_set_covers_three_languages_with_forty_queries_or_more(demo_directory):
    queries = load_queries()
    slugs = {definition["slug"] for definition in demo_directory.values()}
    assert len(queries) >= 40
    assert {case["language"] for case in queries} == set(LANGUAGES)
    assert all(set(case["expected"]) <= slugs for case in queries)


@pytest.mark.parametrize("language, word", [("fr", "enfance"), ("fr", "enfants"), ("es", "niños"),
                                            ("es", "infancia"), ("en", "children"), ("en", "youth")])
def test_every_word_for_children_reaches_the_same_structures(demo_directory, language, word):
    filed = {number for number, definition in demo_directory.items() if "children-youth" in definition["areas"]}
    results = search(language, word, per_page=100)
    assert {hit.structure_id for hit in results.hits} >= filed
    assert results.total == len(filed)


def test_health_words_agree_and_do_not_find_saints(demo_directory):
    found = {}
    for language, word in (("fr", "santé"), ("es", "salud"), ("en", "health")):
        found[word] = {demo_directory[hit.structure_id]["slug"] for hit in search(language, word, 100).hits}
    assert found["santé"] == found["salud"] == found["health"]
    assert {"colegio-parroquial-santa-cruz", "parroquia-santa-maria-de-nieva"}.isdisjoint(found["santé"])
    assert found["santé"] == {definition["slug"] for definition in demo_directory.values()
                              if "health" in definition["areas"]}


def test_a_facet_value_and_a_text_search_for_the_same_word_agree(demo_directory):
    by_facet = search("fr", "")
    quechua = next(value for value in by_facet.facet("language").values if value.value == "que")
    assert search("fr", "quechua").total == quechua.count == 3


def test_whole_words_and_names_outrank_prefixes(demo_directory):
    # "educ" is only a prefix everywhere; "Escuela" is a whole word of one name.
    ranking = [demo_directory[hit.structure_id]["slug"] for hit in search("es", "escuela", 20).hits]
    assert ranking[0] == "escuela-para-el-desarrollo"
    scores = [hit.score for hit in search("fr", "santa").hits]
    assert scores and min(scores) >= 100  # both Santa structures match by a whole word of their name
