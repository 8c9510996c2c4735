"""/<lang>/<directory slug>/edition.pdf: the printable edition of the directory in that language, and the
archive of the published editions (/fr/annuaire/editions/, /es/directorio/ediciones/, /en/directory/editions/)."""

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Locale

from ..edition import cache_key, render_edition
from ..editions import archive_editions
from ..models import DirectoryIndexPage
from .common import directory_pages_by_language

CACHE_SECONDS = 6 * 3600


def edition_pdf(request, page):
    locale = page.locale
    year = timezone.localdate().year
    key = f"{cache_key(locale)}:{year}"
    pdf = cache.get(key)
    if pdf is None:
        _html, document = render_edition(page, locale, request, year)
        pdf = document.write_pdf()
        cache.set(key, pdf, CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="structures-accueil-{locale.language_code}-{year}.pdf"'
    return response


def edition_for_directory(request, directory_slug):
    page = DirectoryIndexPage.objects.live().public().filter(slug=directory_slug, locale=Locale.get_active()).first()
    if page is None:
        raise Http404
    return edition_pdf(request, page)


def edition_archive(request, page):
    index_url = page.get_url(request)
    editions = archive_editions(page.locale, lambda slug: f"{index_url}{slug}/")
    return TemplateResponse(request, "directory/edition_archive.html", {
        "page": page, "self": page, "editions": editions, "index_url": index_url,
        "edition_url": page.edition_url(request),
        "alternate_urls": {code: p.editions_url() for code, p in directory_pages_by_language().items()},
    })
