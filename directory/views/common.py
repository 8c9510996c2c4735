"""Helpers shared by the directory's public views.

The pages under the directory page are cached in fragments (their templates) and build their context lazily
(home.cache.rendered_lazily): what a render must know before any fragment, whether a structure exists and is
public, which language the page is in, comes from the per-process memo (home.cache.remembered), read once per
content version, so a render whose fragments are cached runs no query of the directory's own.
"""

from django.utils.translation import gettext_lazy as _

from home.cache import remembered
from home.locales import locales_by_code
from home.visibility import public

from ..models import DirectoryIndexPage, HostStructure

# The regional map's URL segment in each language (the route accepts all of them).
REGIONS_SEGMENT = {"fr": "carte", "es": "mapa", "en": "map"}
REGIONS_TITLE = _("Host structures by region")


def locale_by_id(locale_id):
    """A Wagtail locale, from the locales the directory search remembers (every locale in one query)."""
    return next(locale for locale in locales_by_code().values() if locale.pk == locale_id)


def page_locale(page):
    """The page's locale: the one read with it when it was (directory_pages_by_language), else remembered."""
    if type(page)._meta.get_field("locale").is_cached(page):
        return page.locale
    return locale_by_id(page.locale_id)


def page_language(page):
    return page_locale(page).language_code


def regions_url(page, request=None):
    return f"{page.get_url(request)}{REGIONS_SEGMENT.get(page_language(page), 'map')}/"


def directory_pages_by_language():
    """{language code: live, public directory page}, remembered until the next content change."""
    def pages():
        by_language = {}
        for page in public(DirectoryIndexPage.objects.live()).select_related("locale").order_by("path"):
            by_language.setdefault(page.locale.language_code, page)
        return by_language

    return dict(remembered("directory-pages-by-language", pages))


def listed_structure_ids(page, slugs):
    """{slug: id} of the public structures among `slugs` in the page's language: what decides 404 or 200.
    One small query per set of slugs, remembered until the next content change."""
    slugs = tuple(slugs)
    if not slugs:
        return {}
    return remembered(("directory-listed-structures", page.locale_id, slugs), lambda: dict(
        HostStructure.objects.filter(is_public=True, locale_id=page.locale_id, slug__in=slugs)
        .values_list("slug", "pk")))


def listed_structure_id(page, slug):
    return listed_structure_ids(page, [slug]).get(slug)


def attach_urls(structures, page, request=None):
    """Give each structure of a list its `url` under `page` (one URL computation for the whole list)."""
    base = page.get_url(request)
    for structure in structures:
        structure.url = f"{base}{structure.slug}/"
    return structures
