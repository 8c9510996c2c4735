"""The results map: the country's regions shaded by how many results each holds (links that filter on it),
and the structures of the current page as numbered points. Static SVG, no tiles, no JavaScript."""

from directory.maps import region_map
from directory.maps.build_peru_map import project

from .urlstate import query_string

MAP_COUNTRY = "PE"


def results_map(results, regions, base_url):
    """Template data for `directory/includes/search_map.html`, or None when there is nothing to draw."""
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
    markers = []
    for number, hit in enumerate(results.hits, start=results.start_index):
        structure = hit.structure
        if structure is None or structure.latitude is None or structure.longitude is None:
            continue
        if structure.country != MAP_COUNTRY:
            continue
        x, y = project(structure.longitude, structure.latitude)
        markers.append({"x": round(x, 1), "y": round(y, 1), "number": number, "name": structure.name,
                        "url": getattr(structure, "url", "")})
    drawn["markers"] = markers
    return drawn
