"""What search engines read: robots.txt and the sitemaps."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from home.cache import remembered_response

from .sitemaps import sitemaps


def _search_paths():
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("search"))
    return paths


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/"]
    # The site search and every URL with a free-text query or a combination of filters: endless,
    # near-duplicate pages that crawlers should not spend time on. Single filters stay crawlable.
    lines += [f"Disallow: {path}" for path in _search_paths()]
    lines += ["Disallow: /*?*q=", "Disallow: /*?*&", ""]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Sitemaps are kept until the content changes (or the minute does: a page past its expiry date leaves them).
@cache_control(max_age=3600, public=True)
def sitemap_index(request):
    return remembered_response(("sitemap", request.build_absolute_uri()), lambda: (
        sitemap_views.index(request, sitemaps(request), sitemap_url_name="sitemap_section")))


@cache_control(max_age=3600, public=True)
def sitemap_section(request, section):
    if section not in dict(settings.LANGUAGES):
        raise Http404("No such sitemap")
    return remembered_response(("sitemap", request.build_absolute_uri()), lambda: (
        sitemap_views.sitemap(request, sitemaps(request), section=section)))
