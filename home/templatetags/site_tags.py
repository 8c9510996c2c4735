import copy

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from home.i18n import alternate_links, localized_home
from home.lookups import is_public, live_pages, top_pages, translated_page

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    request = context.get("request")
    cache = getattr(request, "_language_links", None) if request is not None else None
    if cache is not None:
        return cache
    links = alternate_links(request, page=context.get("page"), alternate_urls=context.get("alternate_urls"))
    if request is not None:
        request._language_links = links
    return links


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context.get("request")
    cached = getattr(request, "_main_menu", None) if request is not None else None
    if cached is not None:
        return cached
    home = localized_home(get_language())
    items = []
    if home is not None:
        # Copies: is_active belongs to this request, the pages to every request until the content changes.
        items = [copy.copy(page) for page in top_pages().values()
                 if page.depth == 3 and page.path.startswith(home.path) and page.show_in_menus and is_public(page)]
    current = context.get("page")
    for item in items:
        item.is_active = bool(current is not None and getattr(current, "path", "").startswith(item.path))
    if request is not None:
        request._main_menu = (home, items)
    return home, items


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context.get("request")
    if context.get("canonical_url"):
        return context["canonical_url"]
    page = context.get("page")
    if isinstance(page, Page) and request is not None:
        # From the request's validated host, so staging and local copies point at themselves.
        return request.build_absolute_uri(page.get_url(request))
    if request is not None:
        return request.build_absolute_uri(request.path)
    return ""


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    if request is None or not url:
        return url
    return request.build_absolute_uri(url)


@register.filter
def breadcrumb_ancestors(page):
    """The page's ancestors below the language root, for breadcrumbs."""
    if not isinstance(page, Page):
        return []
    cached = page.__dict__.get("_breadcrumb_ancestors")  # the visible trail and its JSON-LD twin
    if cached is None:
        known = live_pages().by_path
        paths = [page.path[:depth * Page.steplen] for depth in range(2, page.depth)]
        cached = page._breadcrumb_ancestors = [known[path] for path in paths if path in known]
    return cached


@register.filter
def localized_page(page):
    """The page's live, public translation in the reader's language (itself when there is none), with its title
    and URL, found among the remembered pages: a link in a block or a hero costs no query."""
    return translated_page(page)
