"""/<lang>/<directory slug>/edition.pdf: the printable edition of the directory in that language, and the
archive of the published editions (/fr/annuaire/editions/, /es/directorio/ediciones/, /en/directory/editions/)."""

import hashlib

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Locale

from ..models import DirectoryIndexPage
from home.cache import rendered_lazily

from ..views.common import directory_pages_by_language, page_locale
from .archive import archive_editions
from .pdf import cache_key, render_edition, selection_structures

CACHE_SECONDS = 6 * 3600
SELECTION_CACHE_SECONDS = 600
SELECTION_LIMIT = 300  # a printable booklet; beyond this, the reader narrows the search
# Any of these in the query string asks for the edition of that search rather than the yearly one.
SEARCH_PARAMETERS = {"q", "region", "city", "area", "scheme", "language", "status", "accommodation", "year", "label",
                     "needs", "near", "lat", "lon", "radius"}


def selection_pdf(request, page):
    """The edition's layout for the current search (its parameters in the query string), filters on the cover."""
    from ..search import get_engine
    from ..search.service import parse
    from ..search.views import stated_filters

    locale = page.locale
    form = parse(request.GET, locale.language_code)
    query = form.to_query()
    ids = [hit.structure_id for hit in get_engine().all_hits(query, SELECTION_LIMIT + 1)]
    truncated = len(ids) > SELECTION_LIMIT
    ids = ids[:SELECTION_LIMIT]
    search_key = hashlib.sha256(repr((query.filters, query.text, query.geo)).encode()).hexdigest()
    key = f"{cache_key(locale)}:selection:{search_key}"
    pdf = cache.get(key)
    if pdf is None:
        _html, document = render_edition(page, locale, request, structures=selection_structures(locale, ids),
                                         selection=stated_filters(query, form.vocabulary), truncated=truncated)
        pdf = document.write_pdf()
        cache.set(key, pdf, SELECTION_CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (f'inline; filename="structures-accueil-{locale.language_code}-'
                                       f'{timezone.localdate():%Y-%m-%d}-selection.pdf"')
    response["X-Robots-Tag"] = "noindex"
    return response


def edition_pdf(request, page):
    if any(name in SEARCH_PARAMETERS for name in request.GET):
        return selection_pdf(request, page)
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


# What archive_context gives the template, read lazily: an archive whose fragments are cached reads nothing.
ARCHIVE_PAGE = ("editions", "index_url", "edition_url", "alternate_urls")


def archive_context(request, page):
    index_url = page.get_url(request)
    return {
        "editions": archive_editions(page_locale(page), lambda slug: f"{index_url}{slug}/"),
        "index_url": index_url,
        "edition_url": page.edition_url(request),
        "alternate_urls": {code: p.editions_url(request) for code, p in directory_pages_by_language().items()},
    }


def edition_archive(request, page):
    return TemplateResponse(request, "directory/editions/archive.html", {
        "page": page, "self": page, **rendered_lazily(ARCHIVE_PAGE, archive_context, request, page)})
