"""Create a demo page once in French and publish its translations through wagtail-localize."""

from wagtail.models import Locale, Page

from .content import TRANSLATIONS, resolve
from .translation import publish_translations


def french_locale():
    return Locale.objects.get(language_code="fr")


def publish_missing_translations(instance, model, build):
    """Publish, through wagtail-localize, the es/en translations `instance` does not have yet."""
    missing = {lang: model(**build(lang)) for lang in TRANSLATIONS
               if instance.get_translation_or_none(Locale.objects.get(language_code=lang)) is None}
    if missing:
        publish_translations(instance, missing)


def ensure_page(parent, page_class, slug, build):
    """`build(language)` returns the page's field values in that language (L already resolved by the caller
    through `resolve`). Returns (french page, created)."""
    existing = Page.objects.child_of(parent).filter(slug=slug, locale=parent.locale).first()
    if existing is not None:
        page = existing.specific
        created = False
    else:
        page = page_class(**build("fr"))
        parent.add_child(instance=page)
        page.save_revision().publish()
        created = True
    publish_missing_translations(page, page_class, build)
    return page, created


def ensure_snippet(model, lookup, build):
    """The same for a translatable snippet: `lookup` finds the French object, `build(language)` gives its fields."""
    locale = french_locale()
    instance = model.objects.filter(locale=locale, **lookup).first()
    created = instance is None
    if created:
        instance = model(locale=locale, **build("fr"))
        instance.save()
    publish_missing_translations(instance, model, build)
    return instance, created


def localized_builder(definition):
    """From a definition holding L values, a `build(language)` function."""
    return lambda language: resolve(definition, language)
