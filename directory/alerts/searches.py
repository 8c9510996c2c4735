"""A followed search: its canonical parameters, a readable description, and the links built from it."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.models import Locale

from ..search.facets import FACETS
from ..search.service import parse
from ..search.urlstate import query_params

ALERTS_SEGMENT = "alerts"


def canonical_params(query):
    """The search as stored and linked: its filters, text and place; page and sort do not change what it finds."""
    return urlencode([(name, value) for name, value in query_params(query, page=1) if name != "sort"])


def parse_params(params, language):
    """The validated search form of stored parameters (its `errors` say whether the search still holds)."""
    return parse(QueryDict(params or ""), language)


def describe(form):
    """The search in words, in the active language: "Region: Cusco · “school” · within 50 km of Cusco"."""
    query, vocabulary = form.to_query(), form.vocabulary
    parts = [f"« {query.text} »"] if query.text else []
    for spec in FACETS:
        values = query.selected(spec.name)
        if values:
            labels = ", ".join(str(vocabulary.label(spec.name, value)) for value in values)
            parts.append(f"{vocabulary.facet_labels[spec.name]}: {labels}")
    if query.geo is not None:
        place = query.geo.city or f"{query.geo.latitude:g}, {query.geo.longitude:g}"
        parts.append(_("within %(radius)s km of %(place)s") % {"radius": f"{query.geo.radius_km:g}",
                                                                 "place": place})
    return " · ".join(parts) or _("the whole directory")


def directory_page(language):
    from ..models import DirectoryIndexPage

    locale = Locale.objects.filter(language_code=language).first()
    return DirectoryIndexPage.for_locale(locale) if locale else None


def absolute(url):
    """An absolute URL for e-mails, which are written without a request (SITE_URL)."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def alerts_url(page, action, token="", request=None):
    """/<lang>/<directory>/alerts/<action>/[<token>/]: next to the directory page, below its structure pages."""
    url = f"{page.get_url(request)}{ALERTS_SEGMENT}/{action}/"
    return f"{url}{token}/" if token else url


def feed_url(page, kind, params, request=None):
    return f"{page.get_url(request).rstrip('/')}/feed.{kind}" + (f"?{params}" if params else "")


def search_url(page, params, request=None):
    return page.get_url(request) + (f"?{params}" if params else "")
