"""Static SVG maps of a country's regions: shapes by region code, shaded from a count per region."""

import math

from . import peru_shapes

MAPS = {"PE": peru_shapes}
SHADES = 5


def has_map(country_code):
    return country_code in MAPS


def region_map(regions, counts=None, url_for=None, highlight=None):
    """Everything the map template needs for `regions` (Region objects of one country).

    counts: {region code: number of structures} → shade classes map--shade-0..4 (0 = none);
    url_for(region) → link of each region; highlight: a region code to mark (a structure's region).
    """
    regions = list(regions)
    if not regions or not has_map(regions[0].country_code):
        return None
    shapes = MAPS[regions[0].country_code]
    counts = counts or {}
    highest = max(counts.values(), default=0)
    items = []
    for region in regions:
        count = counts.get(region.code, 0)
        # 1 … SHADES-1 in proportion to the busiest region, which gets the darkest shade.
        shade = 0 if not count else max(1, math.ceil(count * (SHADES - 1) / highest))
        item = {"code": region.code, "svg_id": region.svg_id or region.code.lower(), "name": region.name,
                "count": count, "shade": shade, "url": url_for(region) if url_for else "",
                "highlighted": region.code == highlight, "path": shapes.PATHS.get(region.code, ""),
                "dot": shapes.DOTS.get(region.code)}
        if item["path"] or item["dot"]:
            items.append(item)
    # Dots last, so they are drawn over the shapes.
    items.sort(key=lambda item: item["dot"] is not None)
    return {"viewbox": shapes.VIEWBOX, "regions": items, "highest": highest}
