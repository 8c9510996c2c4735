"""Structured data and robots hints that every page shares."""

import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from wagtail.models import Page

from home.social_cards import HEIGHT, WIDTH, social_card_alt, social_card_url

from .site_tags import breadcrumb_ancestors

register = template.Library()

# Characters that could end the <script> element or open a comment, escaped as JSON allows.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """A JSON-LD <script> element whose content cannot break out of it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def breadcrumb_jsonld(context, page=None, via_url="", via_title="", current=""):
    """schema.org BreadcrumbList, the twin of the visible trail it is rendered beside: the page's ancestors below
    its language's home page and the page itself, then, for views served under a page (a structure, a
    comparison) or without one (the site search), the step they pass through and where the reader is."""
    request = context.get("request")
    if request is None:
        return ""
    crumbs = []
    if isinstance(page, Page):
        for crumb in [*breadcrumb_ancestors(page), page]:
            crumbs.append((gettext("Home") if crumb.depth == 2 else crumb.title, crumb.get_url(request)))
    else:
        crumbs.append((gettext("Home"), f"/{get_language()}/"))
    if via_url and via_title:
        crumbs.append((via_title, via_url))
    if current:
        crumbs.append((current, request.path))
    items = [{"@type": "ListItem", "position": position, "name": str(name),
              "item": request.build_absolute_uri(url)}
             for position, (name, url) in enumerate(((name, url) for name, url in crumbs if url), start=1)]
    if len(items) < 2:
        return ""
    return json_ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items})


@register.simple_tag(takes_context=True)
def robots_meta(context):
    """noindex for free-text searches and filter combinations; crawlers still follow their links."""
    request = context.get("request")
    if request is None:
        return ""
    keys = {key for key in request.GET if key != "page"}
    if "q" in keys or len(keys) >= 2:
        return format_html('<meta name="robots" content="{}">', "noindex, follow")
    return ""


@register.simple_tag
def social_card():
    """The active language's link-preview card: URL, size and alternative text, for pages without a picture."""
    return {"url": social_card_url(get_language() or settings.LANGUAGE_CODE), "width": WIDTH, "height": HEIGHT,
            "alt": social_card_alt()}
