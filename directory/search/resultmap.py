"""The results map: the country's regions shaded by how many results each holds (links that filter on it),
and every result with coordinates as a point — numbered when it is on this page, grouped into one cluster
where points would overlap. Static SVG on the site's own outline of Peru: no tiles, no JavaScript.

A cluster is a link to the same search narrowed around its centre, and says how many structures it holds.
"""

from dataclasses import replace

from directory.maps import region_map
from directory.maps.build_peru_map import project
from directory.maps.peru_shapes import VIEWBOX

from .contract import GeoFilter
from .geo import haversine_km
from .urlstate import query_string

MAP_COUNTRY = "PE"
MAX_POINTS = 500  # beyond this the shaded regions tell the story; the list pages stay the way in
CLUSTER_DISTANCE = 16  # SVG units (the map is 521 wide): closer points would hide each other's numbers
ZOOM_RADII_KM = (10, 25, 50, 100, 250, 500)
MAP_WIDTH, MAP_HEIGHT = (float(size) for size in VIEWBOX.split()[2:])


def results_map(results, regions, base_url, points):
    """Template data for `directory/includes/search_map.html`, or None when there is nothing to draw.

    points: every result to place, as `map_point` makes them (see views._map_points)."""
    facet = results.facet("region")
    counts = {value.value: value.count for value in facet.values} if facet else {}
    query = results.query
    selected = set(query.selected("region"))

    def url_for(region):
        toggled = query_string(query, page=1, toggle=("region", region.code))
        return base_url + toggled

    drawn = region_map([region for region in regions if region.country_code == MAP_COUNTRY], counts, url_for)
    if drawn is None:
        return None
    for item in drawn["regions"]:
        item["selected"] = item["code"] in selected
    numbers = {hit.structure.pk: number for number, hit in enumerate(results.hits, start=results.start_index)
               if hit.structure is not None}
    placed = [point for point in points if point is not None]
    markers, clusters = [], []
    for group in cluster(placed):
        if len(group) == 1:
            point = group[0]
            markers.append({"x": point["x"], "y": point["y"], "number": numbers.get(point["pk"]),
                            "name": point["name"], "url": point["url"]})
        else:
            clusters.append(_cluster_item(group, query, base_url))
    drawn["markers"] = markers
    drawn["clusters"] = clusters
    drawn["located"] = len(placed)
    return drawn


def map_point(pk, name, latitude, longitude, url):
    """A structure (the row `pk` of the page's language) as a map point, or None when it falls off the map."""
    if latitude is None or longitude is None:
        return None
    x, y = project(longitude, latitude)
    if not (0 <= x <= MAP_WIDTH and 0 <= y <= MAP_HEIGHT):
        return None  # outside Peru: the map has nowhere to put it
    return {"pk": pk, "name": name, "url": url, "latitude": latitude, "longitude": longitude,
            "x": round(x, 1), "y": round(y, 1)}


def cluster(points, distance=CLUSTER_DISTANCE):
    """Groups of points closer than `distance` to their group's first point (greedy, in the given order)."""
    groups = []
    for point in points:
        for group in groups:
            anchor = group[0]
            if (point["x"] - anchor["x"]) ** 2 + (point["y"] - anchor["y"]) ** 2 <= distance ** 2:
                group.append(point)
                break
        else:
            groups.append([point])
    return groups


def _cluster_item(group, query, base_url):
    latitude = sum(point["latitude"] for point in group) / len(group)
    longitude = sum(point["longitude"] for point in group) / len(group)
    reach = max(haversine_km(latitude, longitude, point["latitude"], point["longitude"]) for point in group)
    radius = next((km for km in ZOOM_RADII_KM if km >= reach + 1), ZOOM_RADII_KM[-1])
    zoomed = replace(query, geo=GeoFilter(round(latitude, 4), round(longitude, 4), radius), page=1)
    return {"x": round(sum(point["x"] for point in group) / len(group), 1),
            "y": round(sum(point["y"] for point in group) / len(group), 1),
            "count": len(group), "names": [point["name"] for point in group[:5]],
            "more": max(0, len(group) - 5), "url": base_url + query_string(zoomed)}
