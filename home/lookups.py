"""Lookups that every public page repeated on every render — the locales, the private sections, the site,
each language's home page — remembered by each process until the content changes.

"Until the content changes" is the page cache's content version (home/cache.py): any save or delete of
content, in any process, replaces it, so a remembered value is never used after the change that made it
stale. When the version cannot be known, nothing is remembered and the database answers as before.

Wagtail asks for these through class methods the project does not own (`Locale.get_active()`,
`PageQuerySet.public()`, `Site.find_for_request()`, `Page.route_for_request()`); `install()` points those at the remembered values, each
replacement answering exactly what the original would have.
"""

import copy

from django.db.models import Q
from django.http import Http404

from .cache import content_version

_remembered = {}


def remembered(key, compute):
    """compute(), or its value from an earlier call made since the last content change."""
    version = content_version()
    if version is None:
        return compute()
    entry = _remembered.get(key)
    if entry is not None and entry[0] == version:
        return entry[1]
    value = compute()
    _remembered[key] = (version, value)
    return value


def forget():
    _remembered.clear()


def locales_by_code():
    from wagtail.models import Locale

    return remembered("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def with_locale(page):
    """The page, its `locale` filled from the remembered locales rather than by a query."""
    if page is not None and "locale" not in page._state.fields_cache:
        locale = next((locale for locale in locales_by_code().values() if locale.pk == page.locale_id), None)
        if locale is not None:
            page._state.fields_cache["locale"] = locale
    return page


def restricted_sections():
    """[(path, depth)] of the pages carrying a view restriction (password, login, groups)."""
    from wagtail.models import PageViewRestriction

    return remembered("restricted-sections", lambda: sorted(
        set(PageViewRestriction.objects.values_list("page__path", "page__depth"))))


class LivePages:
    """Every live page, reduced to what links, menus and breadcrumbs need (no body, no specific fields)."""

    FIELDS = ("id", "title", "url_path", "path", "depth", "locale_id", "show_in_menus", "live", "translation_key",
              "content_type")

    def __init__(self):
        from wagtail.models import Page

        self.by_path = {page.path: page for page in Page.objects.live().only(*self.FIELDS).order_by("path")}
        self.by_url_path = {page.url_path: page for page in self.by_path.values()}
        self.by_id = {page.pk: page for page in self.by_path.values()}
        self.by_translation_key = {}
        for page in self.by_path.values():
            self.by_translation_key.setdefault(page.translation_key, []).append(page)


def live_pages():
    return remembered("live-pages", LivePages)


def top_pages():
    """{path: page} of the live language roots and their children."""
    return {path: page for path, page in live_pages().by_path.items() if page.depth in (2, 3)}


def light_specific(page):
    """A remembered page as an instance of its own class, for its URL and methods: no query, no field loaded."""
    from django.db.models import DEFERRED

    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    values = tuple(page.pk if field.primary_key else page.__dict__.get(field.attname, DEFERRED)
                   for field in model._meta.concrete_fields)
    specific = model(*values)
    specific._state.adding, specific._state.db = False, page._state.db
    return with_locale(specific)


def translated_page(page, language_code=None):
    """The live, public translation of `page` in the active language (a remembered plain page), else `page`."""
    from django.utils.translation import get_language

    if page is None:
        return None
    locale = locales_by_code().get(language_code or get_language())
    if locale is None or page.locale_id == locale.pk:
        return page
    return next((translation for translation in live_pages().by_translation_key.get(page.translation_key, [])
                 if translation.locale_id == locale.pk and is_public(translation)), page)


def is_public(page):
    return not any(page.path.startswith(path) and page.depth >= depth for path, depth in restricted_sections())


def _get_for_language(manager, language_code):
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale

    try:
        return locales_by_code()[get_supported_content_language_variant(language_code)]
    except KeyError:
        raise Locale.DoesNotExist(f"No locale for {language_code!r}") from None


def _private_q(queryset):
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path, depth__gte=depth)
    # Same answer as Wagtail's: match no page when no section is private.
    return q if q else Q(pk__in=[])


def _find_site_for_request(request):
    from django.http.request import split_domain_port
    from wagtail.models.sites import Site, get_site_for_hostname

    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()

    def find():
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    site = remembered(("site", hostname, port), find)
    # Each request gets its own Site and root page objects: Wagtail caches per-request things on them.
    if site is not None:
        site = copy.copy(site)
        site.root_page = copy.copy(site.root_page)
    return site


def _language_root(site):
    """The site's root page in the active language, as a specific page of its own for this request."""
    from django.utils.translation import get_language

    root = remembered(("language-root", site.pk, site.root_page_id, get_language()),
                      lambda: _specific(site.root_page.localized))
    return with_locale(copy.copy(root))


def _routes_past(page, components):
    """Whether Wagtail's routing would leave `page` for its child page named by components[0]."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page

    page_class = page.specific_class or type(page)
    if page_class.route is Page.route:
        return True
    if page_class.route is RoutablePageMixin.route:
        # A routable page serves its own sub-URLs first and hands the others to its children.
        if not page.live:
            return True
        try:
            page_class.get_resolver().resolve("/" + "/".join(components) + "/")
        except Http404:
            return True
    return False  # a route of its own: let it decide


def _route(request, root, components):
    """Wagtail's Page.route, with the pages along the URL fetched in one query instead of two per level."""
    from wagtail.models import Page

    url_paths = [root.url_path + "/".join(components[:count]) + "/" for count in range(1, len(components) + 1)]
    found, asked = live_pages().by_url_path, False
    current, consumed = root, 0
    while consumed < len(components) and _routes_past(current, components[consumed:]):
        if url_paths[consumed] not in found and not asked:
            # A page that is not live (or not there) along the way: ask the database.
            found, asked = {page.url_path: page for page in Page.objects.filter(
                url_path__in=url_paths, path__startswith=root.path, depth__gt=root.depth)}, True
        child = found.get(url_paths[consumed])
        if child is None or child.depth != current.depth + 1 or not child.path.startswith(current.path):
            break
        child = copy.copy(child)  # a remembered page is shared: this request's parent link goes on a copy
        child._cached_parent_obj = current
        current, consumed = child, consumed + 1
    return with_locale(_specific(current)).route(request, components[consumed:])


def _specific(page):
    """page.specific, with the images the page shows (social card, hero, photo…) in the same query."""
    from wagtail.images import get_image_model

    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    images = [field.name for field in model._meta.concrete_fields
              if field.many_to_one and field.related_model is get_image_model()]
    specific = model._default_manager.select_related(*images).get(pk=page.pk)
    if "_cached_parent_obj" in page.__dict__:
        specific._cached_parent_obj = page._cached_parent_obj
    return specific


def _route_for_request(request, path):
    from wagtail.models import Site

    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            site = Site.find_for_request(request)
            request._wagtail_route_for_request = (
                _route(request, _language_root(site), [part for part in path.split("/") if part]) if site else None)
        except Http404:
            request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def install():
    from wagtail.models import Page, Site
    from wagtail.models.i18n import LocaleManager
    from wagtail.query import PageQuerySet

    LocaleManager.get_for_language = _get_for_language
    PageQuerySet.private_q = _private_q
    Site._find_for_request = staticmethod(_find_site_for_request)
    Page.route_for_request = staticmethod(_route_for_request)
