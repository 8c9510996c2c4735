"""The search contract, run against every available engine (database always; Elasticsearch when configured)."""

import pytest

from directory.search.contract import GeoFilter, SearchQuery
from directory.trust import LABEL_CODES
from search.text import unaccent
from tests.directory.search_contract import (  # noqa: F401  (fixtures)
    PLACES, directory, engine, expected_counts, expected_names, sort_key, within,
)

pytestmark = pytest.mark.django_db


def search(engine, language="fr", text="", filters=None, **kwargs):
    return engine.search(SearchQuery.build(filters=filters, language=language, text=text, **kwargs))


def all_names(engine, language="fr", text="", filters=None, **kwargs):
    query = SearchQuery.build(filters=filters, language=language, text=text, per_page=200, **kwargs)
    results = engine.search(query)
    assert results.total == len(results.hits)
    return sorted(hit_name(hit) for hit in results.hits)


def hit_name(hit):
    from directory.models import HostStructure

    return HostStructure.objects.get(pk=hit.structure_id).name


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_accents_and_case_do_not_matter(engine, language):
    assert [hit_name(hit) for hit in search(engine, language, "caritas").hits] == ["Cáritas del Perú"]
    assert [hit_name(hit) for hit in search(engine, language, "CÁRITAS").hits] == ["Cáritas del Perú"]


@pytest.mark.parametrize(("language", "words"), [("fr", "education"), ("fr", "éducation"),
                                                 ("es", "educacion"), ("en", "EDUCATION")])
def test_area_names_are_searchable_in_every_language(engine, directory, language, words):
    assert all_names(engine, language, words) == expected_names(directory, {"area": ["education"]})


@pytest.mark.parametrize(("language", "words"), [("fr", "volontaires"), ("es", "voluntarios"),
                                                 ("en", "volunteers")])
def test_word_forms_match(engine, language, words):
    # The school's texts say "une volontaire", "un voluntario", "one volunteer": singular only.
    assert "Colegio Sol Andino" in all_names(engine, language, words)


def test_every_word_must_match(engine):
    assert all_names(engine, "es", "escuela rural") == ["Colegio Sol Andino"]
    assert all_names(engine, "es", "escuela tejido") == []


def test_text_in_another_language_is_found_too(engine):
    # A Spanish reader typing French words still finds the structure.
    assert all_names(engine, "es", "ateliers tissage") == ["Taller Qhapaq"]


def test_hits_point_to_the_readers_language(engine, directory):
    school = next(spec for spec in directory if spec.name == "Colegio Sol Andino")
    for language in ("fr", "es", "en"):
        hit = search(engine, language, "colegio").hits[0]
        assert hit.structure_id == school.rows[language].pk


def test_a_structure_without_translation_is_found_in_its_source_language(engine, directory):
    house = next(spec for spec in directory if spec.only_french)
    hits = search(engine, "en", "reboisement").hits
    assert [hit.structure_id for hit in hits] == [house.rows["fr"].pk]


def test_private_structures_are_never_found(engine):
    assert search(engine, "fr", "secreta").total == 0
    assert "Asociación Secreta" not in all_names(engine, "fr")


def test_query_syntax_is_plain_text(engine):
    for text in ['"caritas', "caritas*", "name:caritas", "(caritas", "caritas~", "cari\\tas", "caritas AND"]:
        results = search(engine, "fr", text)
        assert results.total in (0, 1)


@pytest.mark.parametrize("filters", [
    {},
    {"region": ["PE-CUS"]},
    {"region": ["PE-CUS", "PE-LIM"], "scheme": ["vsi", "sci"]},
    {"area": ["education", "health"], "status": ["hosting", "hosted"]},
    {"year": ["2023"], "language": ["que"]},
    {"accommodation": ["provided"], "city": ["Lima"], "area": ["culture"]},
    {"label": ["ruc", "confirmed"], "region": ["PE-CUS", "PE-LIM"]},
])
def test_facet_counts_are_disjunctive_and_match_a_brute_force_count(engine, directory, filters):
    results = engine.search(SearchQuery.build(filters=filters, per_page=200))
    assert results.total == len(expected_names(directory, filters))
    assert sorted(hit_name(hit) for hit in results.hits) == expected_names(directory, filters)
    for facet in results.facets:
        counts = {value.value: value.count for value in facet.values if value.count}
        assert counts == expected_counts(directory, filters, facet.name), facet.name
        assert {value.value for value in facet.values if value.selected} == set(filters.get(facet.name, []))


def test_choosing_a_region_still_counts_the_others(engine, directory):
    results = search(engine, filters={"region": ["PE-CUS"]})
    regions = {value.value: value for value in results.facet("region").values}
    assert regions["PE-CUS"].selected and not regions["PE-LIM"].selected
    assert regions["PE-LIM"].count == len(expected_names(directory, {"region": ["PE-LIM"]})) > 0


def test_sort_by_name(engine, directory):
    results = engine.search(SearchQuery.build(sort="name", per_page=200))
    names = [hit_name(hit) for hit in results.hits]
    assert names == sorted(names, key=sort_key)


def test_sort_by_most_recent_hosting(engine, directory):
    results = engine.search(SearchQuery.build(sort="recent", per_page=200))
    latest = {spec.name: max(spec.years, default=0) for spec in directory}
    years = [latest[hit_name(hit)] for hit in results.hits]
    assert years == sorted(years, reverse=True)


def test_relevance_puts_name_matches_first(engine):
    # "Andino" is the school's name; other texts do not mention it.
    hits = search(engine, "fr", "colegio").hits
    assert hit_name(hits[0]) == "Colegio Sol Andino"


def test_pages_of_twenty(engine, directory):
    total = len(expected_names(directory))
    first = search(engine, page=1, sort="name")
    second = search(engine, page=2, sort="name")
    assert first.total == total and len(first.hits) == 20 and len(second.hits) == total - 20
    assert not {hit.translation_key for hit in first.hits} & {hit.translation_key for hit in second.hits}


def test_a_page_beyond_the_last_shows_the_last(engine, directory):
    results = search(engine, page=99, sort="name")
    assert results.page_clamped and results.page == 2 and results.hits


@pytest.mark.parametrize("radius_km", [30, 80])
def test_within_a_distance_of_a_point(engine, directory, radius_km):
    point = PLACES["cusco"][2:]
    results = engine.search(SearchQuery.build(geo=GeoFilter(*point, radius_km), sort="distance", per_page=200))
    expected = sorted(spec.name for spec in directory if spec.is_public and within(spec, point, radius_km))
    assert sorted(hit_name(hit) for hit in results.hits) == expected
    distances = [hit.distance_km for hit in results.hits]
    assert distances == sorted(distances) and all(distance <= radius_km for distance in distances)


def test_did_you_mean_corrects_a_typo(engine):
    results = search(engine, "es", "colegoi")
    assert results.total == 0
    assert results.did_you_mean == "colegio"
    assert search(engine, "es", results.did_you_mean).total == 1


def test_all_hits_follow_the_same_search(engine, directory):
    query = SearchQuery.build(filters={"region": ["PE-CUS", "PE-LIM"]}, sort="name")
    names = [hit_name(hit) for hit in engine.all_hits(query, 500)]
    assert sorted(names) == expected_names(directory, {"region": ["PE-CUS", "PE-LIM"]})


def test_a_count_and_any_window_follow_the_same_search(engine, directory):
    query = SearchQuery.build(text="structure")
    ranked = [hit.translation_key for hit in engine.all_hits(query, 500)]
    assert engine.count(query) == search(engine, text="structure").total == len(ranked) > 5
    assert [hit.translation_key for hit in engine.all_hits(query, 3, offset=2)] == ranked[2:5]


def test_only_structures_with_a_row_in_the_language_when_asked(engine, directory):
    house = next(spec for spec in directory if spec.only_french)
    for language, expected in (("fr", [house.rows["fr"].pk]), ("en", [])):
        query = SearchQuery.build(language=language, text="reboisement", own_row_only=True)
        assert [hit.structure_id for hit in engine.all_hits(query, 10)] == expected
        assert engine.count(query) == len(expected)


@pytest.mark.parametrize("text", ["cari", "SOL andi", "struct min", "perou"])
def test_names_start_with_every_word_and_come_by_name(engine, directory, text):
    words = unaccent(text).split()
    expected = sorted((spec.name for spec in directory if spec.is_public
                       and all(any(word.startswith(typed) for word in unaccent(spec.name).split()) for typed in words)),
                      key=sort_key)[:5]
    assert [hit_name(hit) for hit in engine.names(SearchQuery.build(language="es", text=text), 5)] == expected


# --- Trust labels (directory/trust.py) ---------------------------------------------------------------------

@pytest.mark.parametrize("label", LABEL_CODES)
def test_each_label_filter_returns_exactly_the_structures_holding_it(engine, directory, label):
    expected = expected_names(directory, {"label": [label]})
    assert expected, "the contract's directory must hold each label"
    assert all_names(engine, filters={"label": [label]}) == expected


def test_labels_combine_with_and_each_one_narrows(engine, directory):
    filters = {"label": ["ruc", "apci"]}
    both = all_names(engine, filters=filters)
    assert both == expected_names(directory, filters)
    assert set(both) < set(all_names(engine, filters={"label": ["ruc"]}))
    assert set(both) < set(all_names(engine, filters={"label": ["apci"]}))
    with_region = {"label": ["apci", "visited"], "region": ["PE-CUS", "PE-LIM"]}
    assert all_names(engine, filters=with_region) == expected_names(directory, with_region)


def test_an_old_confirmation_is_not_a_label(engine, directory):
    # 364 days ago still counts; 400 days ago no longer does.
    names = set(all_names(engine, filters={"label": ["confirmed"]}))
    recent = {spec.name for spec in directory if spec.is_public and spec.confirmed_days_ago in (10, 364)}
    old = {spec.name for spec in directory if spec.is_public and spec.confirmed_days_ago == 400}
    assert recent and old and names == recent
