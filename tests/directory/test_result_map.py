"""The results map: every located result as a point, nearby points grouped into clusters that say how many
structures they hold and link to the list narrowed around them."""

from urllib.parse import parse_qs, urlsplit

from directory.search.contract import Facet, Hit, SearchQuery, SearchResults
from directory.search.resultmap import cluster, map_point, results_map


class Place:
    """What the map reads of a structure."""

    def __init__(self, pk, name, latitude, longitude):
        self.pk, self.name, self.latitude, self.longitude = pk, name, latitude, longitude
        self.url = f"/fr/annuaire/s{pk}/"


class Region:
    def __init__(self, code, name):
        self.code, self.name, self.country_code, self.svg_id = code, name, "PE", ""


CUSCO = [Place(1, "Cusco A", -13.5319, -71.9675), Place(2, "Cusco B", -13.52, -71.98),
         Place(3, "Cusco C", -13.54, -71.95)]
IQUITOS = Place(4, "Iquitos", -3.7437, -73.2516)
ABROAD = Place(5, "Paris", 48.85, 2.35)
NOWHERE = Place(6, "No coordinates", None, None)


def point_of(place):
    return map_point(place.pk, place.name, place.latitude, place.longitude, place.url)


def test_points_closer_than_a_marker_are_grouped_and_far_ones_stay_alone():
    points = [point_of(place) for place in [*CUSCO, IQUITOS]]
    groups = cluster(points)
    assert sorted(len(group) for group in groups) == [1, 3]
    assert point_of(ABROAD) is None and point_of(NOWHERE) is None  # off the map of Peru, or nowhere


def test_the_map_numbers_this_pages_results_and_clusters_link_to_a_narrower_search():
    query = SearchQuery.build(filters={"scheme": ["sci"]}, language="fr")
    hits = [Hit(translation_key=str(place.pk), structure_id=place.pk, structure=place) for place in [IQUITOS]]
    results = SearchResults(query=query, hits=hits, total=5, facets=[Facet("region", "Région", [])])
    everything = [point_of(place) for place in [IQUITOS, *CUSCO, ABROAD, NOWHERE]]
    drawn = results_map(results, [Region("PE-CUS", "Cusco"), Region("PE-LOR", "Loreto")], "/fr/annuaire/",
                        everything)
    assert drawn["located"] == 4
    [marker] = drawn["markers"]
    assert (marker["name"], marker["number"], marker["url"]) == ("Iquitos", 1, "/fr/annuaire/s4/")
    [group] = drawn["clusters"]
    assert group["count"] == 3 and group["names"] == ["Cusco A", "Cusco B", "Cusco C"]
    url = urlsplit(group["url"])
    params = parse_qs(url.query)
    assert url.path == "/fr/annuaire/" and params["scheme"] == ["sci"]  # the search is kept, narrowed
    assert abs(float(params["lat"][0]) - (-13.5306)) < 0.01 and abs(float(params["lon"][0]) - (-71.9658)) < 0.01
    assert int(params.get("radius", ["50"])[0]) >= 10
