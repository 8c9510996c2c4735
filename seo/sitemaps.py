"""One XML sitemap per language, each URL listing its translations as hreflang alternates.

`/sitemap.xml` is the index of `/sitemap-fr.xml`, `/sitemap-es.xml`, `/sitemap-en.xml`. Pages give their
own URLs through Wagtail's `get_sitemap_urls()` (routable pages may add more, e.g. directory entries;
an entry may carry `alternates`, {language: absolute url}, for its translations).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Max
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


def public_pages():
    """Live, public pages of every language tree, never a page past its expiry date."""
    return (
        Page.objects.live().public().filter(depth__gt=1)
        .exclude(expire_at__lte=timezone.now())
    )


class LanguageSitemap(Sitemap):
    def __init__(self, language, request=None):
        super().__init__(request)
        self.language = language
        self._alternates = None

    def items(self):
        return (
            public_pages().filter(locale__language_code=self.language)
            .order_by("path").defer_streamfields()
        )

    def _with_own_urls(self, pages):
        """Pages whose type lists its own sitemap URLs as their specific class (one query per such type);
        the others as plain pages, which is all Wagtail's default needs: not one query per page type."""
        pages = list(pages)
        specific = {}
        for model in {page.specific_class for page in pages} - {None}:
            if model.get_sitemap_urls is not Page.get_sitemap_urls:
                specific.update(model.objects.filter(pk__in=[page.pk for page in pages
                                                             if page.specific_class is model]).in_bulk())
        return [specific.get(page.pk, page) for page in pages]

    def get_latest_lastmod(self):
        # For the index: one aggregate instead of loading every page of every type (Django's default).
        latest = public_pages().filter(locale__language_code=self.language).aggregate(
            published=Max("last_published_at"), revised=Max("latest_revision_created_at"))
        return latest["published"] or latest["revised"]

    def absolute(self, url):
        """On the request's host, like canonical URLs, so a staging copy's sitemap points at itself."""
        if self.request is None or not url:
            return url
        parts = urlsplit(url)
        return self.request.build_absolute_uri(parts.path + (f"?{parts.query}" if parts.query else ""))

    def translations(self):
        """{translation_key: {language: absolute url}} for every public page, computed once."""
        if self._alternates is None:
            alternates = {}
            pages = public_pages().select_related("locale").only(
                "id", "url_path", "path", "depth", "translation_key", "locale__language_code"
            )
            for page in pages:
                url = self.absolute(page.get_url(self.request))
                if url:
                    alternates.setdefault(page.translation_key, {})[page.locale.language_code] = url
            self._alternates = alternates
        return self._alternates

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self._with_own_urls(self.paginator.page(page).object_list):
            own = self.translations().get(item.translation_key, {})
            own_url = own.get(self.language)
            for entry in item.get_sitemap_urls(self.request):
                entry["location"] = self.absolute(entry["location"])
                alternates = entry.pop("alternates", None)
                if alternates is None and entry["location"] == own_url:
                    alternates = own
                entry["alternates"] = hreflang_links(alternates or {})
                urls.append(entry)
        return urls


def hreflang_links(urls):
    """Alternates in the order of settings.LANGUAGES, plus x-default (French) when French exists."""
    if len(urls) < 2:
        return []
    links = [{"lang_code": code, "location": urls[code]} for code, _name in settings.LANGUAGES if code in urls]
    default = urls.get(settings.LANGUAGE_CODE)
    if default:
        links.append({"lang_code": "x-default", "location": default})
    return links


def sitemaps(request=None):
    return {code: LanguageSitemap(code, request) for code, _name in settings.LANGUAGES}
