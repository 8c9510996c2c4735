"""Helpers shared by the directory's public views."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from ..models import DirectoryIndexPage

# The regional map's URL segment in each language (the route accepts all of them).
REGIONS_SEGMENT = {"fr": "carte", "es": "mapa", "en": "map"}
REGIONS_TITLE = _("Host structures by region")


def regions_url(page, request=None):
    return f"{page.get_url(request)}{REGIONS_SEGMENT.get(page.locale.language_code, 'map')}/"


def directory_pages_by_language():
    """{language code: live directory page}, from the pages every process remembers (no query)."""
    from home.lookups import is_public, light_specific, live_pages, locales_by_code

    codes = {locale.pk: code for code, locale in locales_by_code().items()}
    return {codes[page.locale_id]: light_specific(page) for page in live_pages().by_path.values()
            if page.specific_class is DirectoryIndexPage and is_public(page) and page.locale_id in codes}


def page_locale(page):
    return page.locale if page.locale_id else Locale.get_default()


def attach_urls(structures, page, request=None):
    """Give each structure of a list its `url` under `page` (one URL computation for the whole list)."""
    base = page.get_url(request)
    for structure in structures:
        structure.url = f"{base}{structure.slug}/"
    return structures
