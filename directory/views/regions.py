"""The regional overview: a map of the country's regions shaded by the number of public structures."""

import unicodedata

from django.template.response import TemplateResponse

from ..maps import region_map
from ..models import Region
from ..search.places import region_counts
from .common import REGIONS_TITLE, directory_pages_by_language, regions_url


def sort_key(name):
    """Alphabetical order that ignores accents (Áncash with the A's)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def regional_overview(request, page, country_code="PE"):
    counts = region_counts()
    index_url = page.get_url(request)
    regions = list(Region.objects.filter(country_code=country_code))
    table = sorted(({"region": r, "count": counts.get(r.code, 0), "url": f"{index_url}?region={r.code}"}
                    for r in regions), key=lambda row: (-row["count"], sort_key(row["region"].name)))
    return TemplateResponse(request, "directory/regional_overview.html", {
        "page": page, "self": page, "title": REGIONS_TITLE,
        "region_map": region_map(regions, counts=counts, url_for=lambda r: f"{index_url}?region={r.code}"),
        "table": table, "total": sum(counts.values()), "index_url": index_url,
        "alternate_urls": {code: regions_url(p, request) for code, p in directory_pages_by_language().items()},
    })
