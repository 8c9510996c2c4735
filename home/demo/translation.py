"""Publish demo translations the way a translator would: through wagtail-localize.

The French object is the source. Its translation in each language is built in memory from the
same demo definition, its strings are paired with the source strings by their path, imported into
wagtail-localize's Translation and published with `save_target`. The translated trees stay linked,
and later French edits show the translators which strings are out of date.
"""

from collections import defaultdict

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class DemoTranslationError(Exception):
    pass


def _strings_by_path(instance):
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def publish_translations(source_instance, localized_instances, user=None):
    """`localized_instances`: {language code: unsaved instance holding that language's texts}.

    Returns {language code: saved translated instance}.
    """
    source, _created = TranslationSource.get_or_create_from_instance(source_instance)
    source_strings = _strings_by_path(source_instance)
    results = {}
    for language, localized in localized_instances.items():
        locale = Locale.objects.get(language_code=language)
        existing = source_instance.get_translation_or_none(locale)
        if existing is not None:
            results[language] = existing
            continue
        translated_strings = _strings_by_path(localized)
        lookup = {}
        for path, texts in source_strings.items():
            others = translated_strings.get(path, [])
            if len(others) != len(texts):
                raise DemoTranslationError(
                    f"{source_instance!r}: {path} has {len(texts)} French strings but {len(others)} in {language}"
                )
            lookup.update({(path, text): other for text, other in zip(texts, others)})
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        po = translation.export_po()
        for entry in po:
            try:
                entry.msgstr = lookup[(entry.msgctxt, entry.msgid)]
            except KeyError as error:
                raise DemoTranslationError(f"{source_instance!r}: no {language} text for {entry.msgctxt}") from error
        translation.import_po(po)
        translation.save_target(user=user, publish=True)
        results[language] = source_instance.get_translation(locale)
    return results


def resync_translations(instance):
    """After the French source changed, push the change to every existing translation (as the
    translator's "Sync" button does); strings without a translation yet fall back to French."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=True)
