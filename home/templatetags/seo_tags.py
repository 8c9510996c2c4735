"""Structured data and robots hints that every page shares."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from .site_tags import breadcrumb_ancestors

register = template.Library()

# Characters that could end the <script> element or open a comment, escaped as JSON allows.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """A JSON-LD <script> element whose content cannot break out of it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def breadcrumb_jsonld(context, page=None):
    """schema.org BreadcrumbList for a page below its language's home page (the same trail as the visible one)."""
    page = page or context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None or page.depth <= 2:
        return ""
    items = []
    for position, crumb in enumerate([*breadcrumb_ancestors(page), page], start=1):
        url = crumb.get_url(request)
        if not url:
            continue
        name = gettext("Home") if crumb.depth == 2 else crumb.title
        items.append({"@type": "ListItem", "position": position, "name": name,
                      "item": request.build_absolute_uri(url)})
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
