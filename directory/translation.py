"""Keep the language rows of a structure (or a vocabulary term) in step with the French source.

Editors and imports change the default-language row; `sync_translations` pushes the synchronized facts
to every translation through wagtail-localize (like the translator's "Sync" button) and, when texts are
given, records them as the translations of the source strings, so translators see them as done.
"""

from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.translated_texts import import_texts, paired_texts


def sync_translations(source_instance, localized=None, languages=None, user=None):
    """Create or update the translations of a default-language object.

    `localized`: {language code: unsaved instance holding that language's texts} (optional).
    `languages`: the languages to create when missing (default: every locale); existing ones are always synced.
    """
    localized = localized or {}
    # From the database: an admin form's instance may hold stale in-memory relations after saving.
    source_instance = type(source_instance).objects.get(pk=source_instance.pk)
    source, _created = TranslationSource.update_or_create_from_instance(source_instance)
    locales = Locale.objects.exclude(pk=source_instance.locale_id)
    for locale in locales:
        exists = source_instance.get_translation_or_none(locale) is not None
        wanted = languages is None or locale.language_code in languages or locale.language_code in localized
        if not exists and not wanted:
            continue
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale,
                                                           defaults={"enabled": True})
        if locale.language_code in localized:
            import_texts(translation, paired_texts(source_instance, localized[locale.language_code]))
        translation.save_target(user=user, publish=True)
    _copy_cleared_relations(source_instance)


def _copy_cleared_relations(source_instance):
    """wagtail-localize copies a synchronized many-to-many only when it has values: a list emptied in
    French would stay filled in the translations. Align them."""
    model = type(source_instance)
    fields = [f for f in model._meta.many_to_many if isinstance(f, ParentalManyToManyField)]
    translations = model.objects.filter(translation_key=source_instance.translation_key) \
        .exclude(pk=source_instance.pk)
    for translation in translations:
        changed = False
        for field in fields:
            wanted = {obj.pk for obj in getattr(source_instance, field.name).all()}
            if {obj.pk for obj in getattr(translation, field.name).all()} != wanted:
                getattr(translation, field.name).set(list(getattr(source_instance, field.name).all()))
                changed = True
        if changed:
            translation.save()


def has_translations(instance):
    return type(instance).objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).exists()
