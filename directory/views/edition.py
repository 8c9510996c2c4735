"""/<lang>/<directory slug>/edition.pdf: the printable edition of the directory in that language."""

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.utils import timezone
from wagtail.models import Locale

from ..edition import cache_key, render_edition
from ..models import DirectoryIndexPage

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
