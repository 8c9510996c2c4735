"""Publish demo translations the way a translator would: through wagtail-localize.

The French object is the source. Its translation in each language is built in memory from the
same demo definition, its strings are paired with the source strings by their path, imported into
wagtail-localize's Translation and published with `save_target`. The translated trees stay linked,
and later French edits show the translators which strings are out of date.
"""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.translated_texts import UnpairedTexts, import_texts, paired_texts


class DemoTranslationError(Exception):
    pass


def publish_translations(source_instance, localized_instances, user=None):
    """`localized_instances`: {language code: unsaved instance holding that language's texts}.

    Returns {language code: saved translated instance}.
    """
    source, _created = TranslationSource.get_or_create_from_instance(source_instance)
    results = {}
    for language, localized in localized_instances.items():
        locale = Locale.objects.get(language_code=language)
        existing = source_instance.get_translation_or_none(locale)
        if existing is not None:
            results[language] = existing
            continue
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        try:
            import_texts(translation, paired_texts(source_instance, localized, strict=True), strict=True)
        except UnpairedTexts as error:
            raise DemoTranslationError(f"{source_instance!r} in {language}: {error}") from error
        translation.save_target(user=user, publish=True)
        results[language] = source_instance.get_translation(locale)
    return results


def resync_translations(instance):
    """After the French source changed, push the change to every existing translation (as the
    translator's "Sync" button does); strings without a translation yet fall back to French."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=True)
