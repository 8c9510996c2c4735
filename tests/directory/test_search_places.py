"""The gazetteer of Peru and what uses it: searching around any place (radius, sort by distance, an unknown
place named with suggestions in the reader's language), the import's place check, the regional map's counts."""

import pytest
from django.utils import translation
from lxml import html as lxml_html

from directory import gazetteer
from directory.importing.rows import References, parse_row
from directory.models import Region
from directory.search.database import DatabaseEngine
from directory.search.forms import SearchForm
from directory.search.geo import haversine_km
from home.demo.loader import structure_facts
from tests.directory.factories import structure


# --- The gazetteer --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", ["Cusco", "cuzco", "QOSQO", "  Cusco ", "Ciudad del Cusco"])
def test_every_spelling_of_cusco_is_the_city_of_cusco(spelling):
    place = gazetteer.lookup(spelling)
    assert (place.name, place.region, place.precision) == ("Cusco", "PE-CUS", "place")
    assert haversine_km(*place.point, -13.53, -71.97) < 5


@pytest.mark.parametrize("spelling", ["Lima", "lima metropolitana", "Lima Métropolitaine", "Metropolitan Lima"])
def test_lima_and_its_variants(spelling):
    place = gazetteer.lookup(spelling)
    assert (place.name, place.region) == ("Lima", "PE-LIM")


@pytest.mark.django_db
def test_names_in_the_readers_language_accents_and_regions():
    assert gazetteer.lookup("Cusco").label("fr") == "Cuzco"
    assert gazetteer.lookup("Cusco").label("es") == "Cusco"
    assert gazetteer.lookup("huanuco") == gazetteer.lookup("Huánuco")
    assert gazetteer.region_of("Huanchaco") == "PE-LAL"
    assert gazetteer.region_of("Nowhere at all") == ""
    assert gazetteer.lookup("Trujillo", region="PE-CUS") is None
    assert {place.code for place in gazetteer.regions()} == set(Region.objects.values_list("code", flat=True))


@pytest.mark.parametrize("typed, expected", [("Arequipe", "Arequipa"), ("Trujilo", "Trujillo"),
                                             ("Hunchaco", "Huanchaco"), ("Cusc", "Cusco")])
def test_suggestions_start_with_the_nearest_name(typed, expected):
    assert gazetteer.lookup(typed) is None or typed == "Cusc"
    assert gazetteer.suggestions(typed)[0].name == expected


def test_every_town_of_the_demo_directory_is_placed_in_its_region():
    for facts in structure_facts():
        if facts["city"]:
            place = gazetteer.lookup(facts["city"], facts["region"] or None)
            assert place is not None, facts["city"]


# --- Searching around a place ---------------------------------------------------------------------------------

@pytest.fixture
def placed(directory_tree, django_capture_on_commit_callbacks):
    """Structures with a town but no coordinates of their own: the gazetteer places them."""
    cusco = Region.objects.get(code="PE-CUS")
    lima = Region.objects.get(code="PE-LIM")
    pages = directory_tree
    with django_capture_on_commit_callbacks(execute=True):
        structure(name="Wasi Cusco", slug="wasi-cusco", city="Cusco", region=cusco)
        structure(name="Wasi Urubamba", slug="wasi-urubamba", city="Urubamba", region=cusco)
        structure(name="Wasi Lima", slug="wasi-lima", city="Lima", region=lima)
    return pages


def names(results):
    from directory.models import HostStructure

    by_id = dict(HostStructure.objects.values_list("pk", "name"))
    return [by_id[hit.structure_id] for hit in results.hits]


@pytest.mark.parametrize("near, radius, expected", [
    ("Cuzco", 10, ["Wasi Cusco"]),
    ("Qosqo", 100, ["Wasi Cusco", "Wasi Urubamba"]),
    ("Lima Metropolitana", 50, ["Wasi Lima"]),
    ("Urubamba", 1500, ["Wasi Urubamba", "Wasi Cusco", "Wasi Lima"]),
])
def test_near_any_place_with_radius_and_distance_order(db, placed, near, radius, expected):
    form = SearchForm({"near": near, "radius": str(radius), "sort": "distance"}, language="fr")
    assert form.is_valid(), form.errors
    results = DatabaseEngine().search(form.to_query())
    assert names(results) == expected
    distances = [hit.distance_km for hit in results.hits]
    assert distances == sorted(distances) and all(distance <= radius for distance in distances)


@pytest.mark.parametrize("language, url, message", [
    ("fr", "/fr/annuaire/", "Nous ne connaissons pas le lieu « Arequipe » au Pérou. Vouliez-vous dire : Arequipa"),
    ("es", "/es/directorio/", "No conocemos el lugar «Arequipe» en el Perú. ¿Quiso decir: Arequipa"),
    ("en", "/en/directory/", "We do not know the place “Arequipe” in Peru. Did you mean: Arequipa"),
])
def test_an_unknown_place_is_named_with_suggestions_in_the_readers_language(client, placed, language, url,
                                                                            message):
    with translation.override(language):
        response = client.get(url, {"near": "Arequipe"})
    assert response.status_code == 200
    page = lxml_html.fromstring(response.content.decode())
    text = " ".join(" ".join(page.text_content().split()).split())
    assert message in text
    assert "Wasi Lima" in text  # the rest of the search still runs


def test_the_api_rejects_an_unknown_place_with_the_same_message(client, placed):
    response = client.get("/api/v1/directory/", {"lang": "en", "near": "Arequipe"})
    assert response.status_code == 400
    assert "Did you mean: Arequipa" in response.json()["error"]["fields"]["near"][0]


# --- The import checks places -------------------------------------------------------------------------------

@pytest.mark.django_db
def test_import_rows_check_their_place_and_name_the_nearest():
    references = References()
    unknown = parse_row(3, {"name": "Nueva", "city": "Arequipe"}, references)
    assert [column for column, _reason in unknown.errors] == ["city"]
    assert "Arequipe" in unknown.errors[0][1] and "Arequipa" in unknown.errors[0][1]
    elsewhere = parse_row(4, {"name": "Otra", "city": "Trujillo", "region": "Cusco"}, references)
    assert elsewhere.errors == [("city", "'Trujillo' is in the region La Libertad, not in Cusco")]
    derived = parse_row(5, {"name": "Tercera", "city": "Huanchaco"}, references)
    assert derived.errors == [] and derived.values["region"].code == "PE-LAL"
    abroad = parse_row(6, {"name": "Lejana", "city": "Lyon", "country": "FR"}, references)
    assert not any(column == "city" for column, _reason in abroad.errors)


# --- The regional map --------------------------------------------------------------------------------------

def test_the_regional_map_counts_every_structure_with_a_region(client, directory_tree):
    lima = Region.objects.get(code="PE-LIM")
    structure(name="Solo en francés", slug="solo-frances", region=lima, translations=())
    structure(name="Traducida", slug="traducida", region=lima, translations=("es",))
    structure(name="Sin región", slug="sin-region", city="Huancayo", region=None, translations=("es",))
    with translation.override("es"):
        page = lxml_html.fromstring(client.get("/es/directorio/mapa/").content.decode())
    counts = {row.xpath("string(th)").strip(): row.xpath("string(td)").strip() for row in page.xpath("//tr[th]")}
    assert counts["Lima"] == "2"
    assert counts["Junín"] == "1"
