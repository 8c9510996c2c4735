import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# As Django's json_script: "<", ">" and "&" escaped so the data can never close the script element.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def jsonld(data):
    """<script type="application/ld+json"> with the data; not executed, so a strict CSP allows it."""
    if not data:
        return ""
    if isinstance(data, (dict, list)):
        data = data.__class__(data)  # a lazy context value (home.cache.rendered_lazily) reads as its dict or list
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag
def page_query(query_string, number):
    """A listing URL's query: the current filters plus a page number."""
    return f"?{query_string}&page={number}" if query_string else f"?page={number}"
