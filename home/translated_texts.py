"""Texts we already have in another language, recorded in wagtail-localize as a translator's work.

The demo and the directory's imports hold an object's texts in every language. They are paired with the
French source's strings by their path and imported as the PO file a translator would send back
(`Translation.import_po`), so the translation screens show them as done and later French edits show what
is out of date.
"""

from collections import defaultdict

import polib
from wagtail_localize.models import StringSegment
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class UnpairedTexts(Exception):
    """A path of the source whose strings have no counterpart in the other language."""


def strings_by_path(instance):
    """{segment path: [source strings]} of an object, in the order wagtail-localize extracts them."""
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def paired_texts(source_instance, localized, strict=False):
    """{(path, source text): localized text}. A path whose strings don't pair up (another paragraph count)
    raises UnpairedTexts when `strict`, else stays untranslated (the reader gets the French)."""
    localized_strings = strings_by_path(localized)
    pairs = {}
    for path, texts in strings_by_path(source_instance).items():
        others = localized_strings.get(path, [])
        if len(others) != len(texts):
            if strict:
                raise UnpairedTexts(f"{path} has {len(texts)} source strings but {len(others)} translated")
            continue
        pairs.update({(path, text): other for text, other in zip(texts, others) if other or strict})
    return pairs


def import_texts(translation, pairs, strict=False):
    """Record `pairs` as the translation of `translation`'s source strings.

    The PO file is built from the source's segments rather than with `Translation.export_po()`, whose search
    for obsolete strings (a NOT IN over every string segment) can run for minutes on a PostgreSQL database
    that has seen many loads rolled back. Nothing obsolete exists here: the texts come with the source."""
    po = polib.POFile(wrapwidth=200)
    segments = (StringSegment.objects.filter(source=translation.source).order_by("order")
                .select_related("context", "string"))
    for segment in segments:
        key = (segment.context.path, segment.string.data)
        if key in pairs:
            po.append(polib.POEntry(msgid=segment.string.data, msgctxt=segment.context.path, msgstr=pairs[key]))
        elif strict:
            raise UnpairedTexts(f"no {translation.target_locale.language_code} text for {segment.context.path}")
    translation.import_po(po)
