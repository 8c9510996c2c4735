"""French typography for what readers see: "1er septembre", a no-break space before ":" and inside « »,
a narrow no-break space before ";", "!" and "?". Applied to rendered HTML ({% filter typography %}) or to a
value; only text between tags is touched, never markup, entities, scripts, styles or code. Other languages
are returned as they are."""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"

# Markup, entities and the content of elements whose text is not prose.
_UNTOUCHED = re.compile(r"(<(script|style|pre|code|textarea)\b.*?</\2\s*>|<[^>]*>|&#?\w+;)", re.S | re.I)
_SPACES = f"[ {NO_BREAK_SPACE}{NARROW_NO_BREAK_SPACE}]"
_FIRST_OF_MONTH = re.compile(rf"\b1{_SPACES}+({MONTHS})\b", re.I)
# A colon after a word and before a space or the end: not "09:00", not "https://".
_COLON = re.compile(rf"(?<=[\w»)\]%]){_SPACES}?:(?=\s|$)")
_OTHER_MARKS = re.compile(rf"(?<=[\w»)\]%]){_SPACES}?([;!?])(?=\s|$|[!?])")
_OPENING_GUILLEMET = re.compile(rf"«{_SPACES}*")
_CLOSING_GUILLEMET = re.compile(rf"{_SPACES}*»")


def french_text(text):
    """Typography for a run of plain text (no markup)."""
    text = _FIRST_OF_MONTH.sub(lambda match: f"1er{NO_BREAK_SPACE}{match.group(1)}", text)
    text = _COLON.sub(f"{NO_BREAK_SPACE}:", text)
    text = _OTHER_MARKS.sub(lambda match: f"{NARROW_NO_BREAK_SPACE}{match.group(1)}", text)
    text = _OPENING_GUILLEMET.sub(f"«{NO_BREAK_SPACE}", text)
    return _CLOSING_GUILLEMET.sub(f"{NO_BREAK_SPACE}»", text)


def french_html(html):
    result, index = [], 0
    for match in _UNTOUCHED.finditer(html):
        result.append(french_text(html[index:match.start()]))
        result.append(match.group(0))
        index = match.end()
    result.append(french_text(html[index:]))
    return "".join(result)


@register.filter(is_safe=True)
def typography(value, language=None):
    """The value with French typography when the page is in French (or the given language is)."""
    if value in (None, ""):
        return value
    if (language or get_language() or "").split("-")[0] != "fr":
        return value
    return mark_safe(french_html(str(conditional_escape(value))))  # noqa: S308 - escaped above, markup kept
