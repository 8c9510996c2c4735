"""Helpers shared by the directory's public views."""

from django.utils.translation import gettext_lazy as _

from ..models import DirectoryIndexPage

# The regional map's URL segment in each language (the route accepts all of them).
REGIONS_SEGMENT = {"fr": "carte", "es": "mapa", "en": "map"}
REGIONS_TITLE = _("Host structures by region")


def regions_url(page, request=None):
    return f"{page.get_url(request)}{REGIONS_SEGMENT.get(page.locale.language_code, 'map')}/"


def directory_pages_by_language():
    """{language code: live, public directory page}."""
    pages = DirectoryIndexPage.objects.live().public().select_related("locale").order_by("path")
    by_language = {}
    for page in pages:
        by_language.setdefault(page.locale.language_code, page)
    return by_language


def attach_urls(structures, page, request=None):
    """Give each structure of a list its `url` under `page` (one URL computation for the whole list)."""
    base = page.get_url(request)
    for structure in structures:
        structure.url = f"{base}{structure.slug}/"
    return structures
