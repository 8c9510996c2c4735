from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, Locale, Page


def locales_by_code():
    """{language code: Locale} of the site, remembered until the next content change: the site search, the
    directory's vocabularies and its pages read them on every cold render."""
    from .cache import remembered

    return remembered("locales-by-code", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def ensure_locales():
    """One Wagtail locale per site language (fr, es, en)."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_base_tree(**kwargs):
    """The locales, root page and root collection Wagtail's migrations create.

    Connected to post_migrate, which `flush` also sends: a flushed database (transactional tests,
    `restore`) gets them back instead of breaking every page and image created afterwards.
    """
    ensure_locales()
    if not Page.objects.filter(depth=1).exists():
        # After a flush the content-type cache still holds the old ids.
        ContentType.objects.clear_cache()
        Page.add_root(
            title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page),
            locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
        )
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
