"""Translated pages for any app's tests. The factories live in each app's `factories` module (shared with the
demo loader); whole sites are built by tests/site_builder.py."""

from wagtail.models import Locale


def translate_page(page, language, **fields):
    """A published translation of `page` in `language` with the given fields (title, slug, …)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=False)
    # copy_for_translation creates a draft alias-free copy; give it its own texts and publish it.
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
