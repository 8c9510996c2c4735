"""The read-only JSON API of the directory search: `/api/v1/directory/?lang=es&q=…` (schema: openapi.py).

Same parameters, facets and pagination as the page; bad input is a 400 with the reasons, never a 500.
Each result is `directory.public.public_dict` (the one list of public fields) plus its URL.
"""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .contract import PER_PAGE
from .openapi import schema
from .service import parse, run_search
from search.text import LANGUAGES
from .urlstate import query_string

API_VERSION = "1"


def _error(message, fields=None, status=400):
    return JsonResponse({"error": {"message": message, "fields": fields or {}}}, status=status,
                        json_dumps_params={"ensure_ascii": False})


def request_language(request):
    """The `lang` parameter (default: the site's default language), or None when it is not one of ours."""
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    return language if language in LANGUAGES else None


def directory_urls():
    """{language: URL path of the live directory page} (one query), for the results' `url`."""
    from directory.views.common import directory_pages_by_language

    return {language: page.url for language, page in directory_pages_by_language().items() if page.url}


def public_result(hit, names, base_url, needs=None):
    from directory.needs.public import needs_facts
    from directory.public import public_dict

    data = public_dict(hit.structure, names)
    current = (needs or {}).get(hit.structure.translation_key, [])
    data["open_needs"] = [_need_json(facts) for facts in needs_facts(current)]
    data["url"] = f"{base_url}{hit.structure.slug}/" if base_url else None
    data["distance_km"] = round(hit.distance_km, 1) if hit.distance_km is not None else None
    return data


def _need_json(facts):
    return {"profile": facts["profile"], "missions": facts["missions"], "schemes": facts["schemes"],
            "starts_on": facts["starts_on"], "duration_months": facts["duration_months"],
            "languages": facts["languages"], "language_level": facts["language_level"] or None,
            "place": facts["place"], "open_until": facts["open_until"], "confirmed_on": facts["confirmed_on"],
            "text_language": facts["text_language"]}


@never_cache
@require_GET
def directory_search_api(request):
    language = request_language(request)
    if language is None:
        return _error(_("Unknown language: use one of %(languages)s.") % {"languages": ", ".join(LANGUAGES)},
                      {"lang": [_("Unknown language.")]})
    with translation.override(language):
        form = parse(request.GET, language)
        if form.errors:
            return _error(_("Some parameters are not valid."),
                          {name: [str(error) for error in errors] for name, errors in form.errors.items()})
        results = run_search(request.GET, language, form=form, full=True).results
        if results.page_clamped:
            return _error(_("This page does not exist: there are %(pages)s pages.") % {"pages": results.num_pages},
                          {"page": [_("Out of range.")]})
        return JsonResponse(_payload(request, results, language), encoder=DjangoJSONEncoder,
                            json_dumps_params={"ensure_ascii": False})


def _payload(request, results, language):
    from directory.public import VocabularyNames
    from wagtail.models import Locale

    from directory.needs.public import current_needs_by_key

    names = VocabularyNames(Locale.objects.get(language_code=language)) if results.hits else None
    needs = current_needs_by_key([hit.structure for hit in results.hits])
    base_url = directory_urls().get(language)
    query, endpoint = results.query, request.build_absolute_uri(reverse("directory_search_api"))
    return {
        "language": language,
        "count": results.total,
        "page": results.page,
        "num_pages": results.num_pages,
        "per_page": PER_PAGE,
        "next": endpoint + query_string(query, page=results.page + 1, include_language=True)
        if results.has_next else None,
        "previous": endpoint + query_string(query, page=results.page - 1, include_language=True)
        if results.has_previous else None,
        "did_you_mean": results.did_you_mean or None,
        "results": [public_result(hit, names, base_url and request.build_absolute_uri(base_url), needs)
                    for hit in results.hits],
        "facets": {facet.name: {"label": str(facet.label), "values": [
            {"value": value.value, "label": value.label, "count": value.count, "selected": value.selected}
            for value in facet.values]} for facet in results.facets},
    }


@require_GET
def directory_search_openapi(request):
    return JsonResponse(schema(request.build_absolute_uri("/")), json_dumps_params={"ensure_ascii": False})
