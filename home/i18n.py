"""Which URL shows the current content in each language: one helper for the switcher, hreflang and sitemaps."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language


def localized_home(language_code):
    from .lookups import is_public, locales_by_code, top_pages

    locale = locales_by_code().get(language_code)
    return next((page for page in top_pages().values()
                 if page.depth == 2 and locale is not None and page.locale_id == locale.pk and is_public(page)), None)


def page_translation_urls(page):
    """{language code: url} for every live, public translation of a page (itself included)."""
    from .lookups import is_public, live_pages, locales_by_code

    translations = [translation for translation in live_pages().by_translation_key.get(page.translation_key, [])
                    if is_public(translation)]
    codes = {locale.pk: code for code, locale in locales_by_code().items()}
    urls = {}
    for translation in translations:
        url = translation.get_url()
        if url and translation.locale_id in codes:
            urls[codes[translation.locale_id]] = url
    return urls


def alternate_links(request, page=None, alternate_urls=None):
    """One entry per site language: its URL for this content, and whether a translation exists.

    Views that are not Wagtail pages pass `alternate_urls`; untranslated pages fall back to the
    language's home page and are marked so hreflang lists only real translations.
    """
    current = get_language()
    if alternate_urls is not None:
        urls = dict(alternate_urls)
    elif page is not None and getattr(page, "translation_key", None):
        urls = page_translation_urls(page)
    elif request is not None:
        urls = {code: translate_url(request.path, code) for code, _ in settings.LANGUAGES}
    else:
        urls = {}
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code)
        exists = url is not None
        if not exists:
            home = localized_home(code)
            url = home.get_url() if home else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "exists": exists, "current": code == current})
    return links
