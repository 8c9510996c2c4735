"""Excerpts around the reader's words, with the words marked; every piece of text is escaped first."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import fold

EXCERPT_LENGTH = 240
_WORD = re.compile(r"\w+", re.UNICODE)


def _stems(terms):
    """Folded beginnings of the reader's words: long words lose their last letters, so word forms match."""
    stems = []
    for term in terms:
        folded = fold(term)
        stems.append(folded[: max(4, len(folded) - 2)] if len(folded) > 4 else folded)
    return stems


def _matches(word, stems):
    folded = fold(word)
    for stem in stems:
        if len(stem) <= 4 and len(folded) > len(stem) + 1:
            continue  # short words must match whole (or with a plural letter), not as a prefix
        if folded.startswith(stem) and len(folded) - len(stem) <= 4:
            return True
    return False


def highlight(text, terms):
    """`text` escaped, the words matching `terms` wrapped in <mark>."""
    stems = _stems(terms)
    if not stems:
        return escape(text)
    parts, position = [], 0
    for match in _WORD.finditer(text):
        if _matches(match.group(), stems):
            parts.append(escape(text[position:match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def make_excerpt(text, terms, length=EXCERPT_LENGTH):
    """About `length` characters of `text` around the first matching word, cut at word boundaries."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    stems = _stems(terms)
    first = next((m.start() for m in _WORD.finditer(text) if stems and _matches(m.group(), stems)), None)
    if first is None or len(text) <= length:
        start = 0
    else:
        start = max(0, first - length // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    excerpt = highlight(text[start:end], terms)
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{excerpt}{suffix}")
