"""Which URL shows the current content in each language: one helper for the switcher, hreflang and sitemaps."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from .visibility import public


def local_path(path):
    """A request path as a link on this site. A path may start with "//" (or "/\\", which browsers read the
    same way): written as is into a link, it would name another host (//evil.example/fr/)."""
    return "/" + (path or "").lstrip("/\\")


def localized_home(language_code):
    """The live, public home page (language root) of a language, or None."""
    return public(Page.objects.live().filter(depth=2, locale__language_code=language_code)).first()


def page_translation_urls(page, request=None):
    """{language code: url} for every live, public translation of a page (itself included)."""
    urls = {}
    for translation in public(page.get_translations(inclusive=True).live()).select_related("locale"):
        url = translation.get_url(request)
        if url:
            urls[translation.locale.language_code] = url
    return urls


def alternate_links(request, page=None, alternate_urls=None):
    """One entry per site language: its URL for this content, and whether a translation exists.

    Views that are not Wagtail pages pass `alternate_urls`; untranslated pages fall back to the
    language's home page and are marked so hreflang lists only real translations.
    """
    current = get_language()
    if alternate_urls is not None:
        urls = dict(alternate_urls)
    elif isinstance(page, Page):
        urls = page_translation_urls(page, request)
    elif request is not None:
        path = local_path(request.path)
        urls = {code: local_path(translate_url(path, code)) for code, _ in settings.LANGUAGES}
    else:
        urls = {}
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code)
        exists = url is not None
        if not exists:
            home = localized_home(code)
            url = home.get_url(request) if home else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "exists": exists, "current": code == current})
    return links
