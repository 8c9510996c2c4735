"""The regional overview: a map of the country's regions shaded by the number of public structures."""

import unicodedata

from django.template.response import TemplateResponse

from home.cache import rendered_lazily

from ..maps import region_map
from ..models import Region
from ..search.places import region_counts
from .common import REGIONS_TITLE, directory_pages_by_language, regions_url


def sort_key(name):
    """Alphabetical order that ignores accents (Áncash with the A's)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


# What regions_context gives the template, read lazily: an overview whose fragments are cached reads nothing.
# The total sits in a dict: a lazy number cannot feed a plural form ({% blocktranslate count %}), a dict's item can.
REGIONS_PAGE = ("region_map", "table", "summary", "index_url", "alternate_urls")


def regions_context(request, page, country_code):
    counts = region_counts()
    index_url = page.get_url(request)
    regions = list(Region.objects.filter(country_code=country_code))
    table = sorted(({"region": r, "count": counts.get(r.code, 0), "url": f"{index_url}?region={r.code}"}
                    for r in regions), key=lambda row: (-row["count"], sort_key(row["region"].name)))
    return {
        "region_map": region_map(regions, counts=counts, url_for=lambda r: f"{index_url}?region={r.code}"),
        "table": table, "summary": {"total": sum(counts.values())}, "index_url": index_url,
        "alternate_urls": {code: regions_url(p, request) for code, p in directory_pages_by_language().items()},
    }


def regional_overview(request, page, country_code="PE"):
    return TemplateResponse(request, "directory/regional_overview.html", {
        "page": page, "self": page, "title": REGIONS_TITLE,
        **rendered_lazily(REGIONS_PAGE, regions_context, request, page, country_code),
    })
