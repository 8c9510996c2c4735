from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from home.i18n import alternate_links, local_path, localized_home
from home.visibility import public

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
    """(language home page, its children shown in menus), each item marked active on its own section."""
    home = localized_home(get_language())
    items = list(public(home.get_children().live().in_menu())) if home is not None else []
    current = context.get("page")
    for item in items:
        item.is_active = bool(current is not None and getattr(current, "path", "").startswith(item.path))
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
        return request.build_absolute_uri(local_path(request.path))
    return ""


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    if request is None or not url:
        return url
    if url.startswith("/"):  # a path of this site, never "//host/…"
        url = local_path(url)
    return request.build_absolute_uri(url)


@register.filter
def breadcrumb_ancestors(page):
    """The page's live ancestors below the site root, for breadcrumbs."""
    if not isinstance(page, Page):
        return []
    ancestors = page.__dict__.get("_breadcrumb_ancestors")  # the visible trail and its JSON-LD twin
    if ancestors is None:
        ancestors = page._breadcrumb_ancestors = list(page.get_ancestors().filter(depth__gt=1).live())
    return ancestors


@register.filter
def localized_page(page):
    """The page's live translation in the reader's language (itself when there is none): Wagtail's own."""
    return page.localized if isinstance(page, Page) else page
