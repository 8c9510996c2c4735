"""The directory listing page: search state from the URL, facets, results, map, pagination, exports.

`DirectoryIndexPage.get_context` calls `listing_page_context`; its listing route calls `listing_response`, which
also answers the page's own script (header `X-Requested-With: directory-search`) with the results fragment.
"""

from dataclasses import replace

from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from directory.needs.public import current_needs_by_key, needs_facts
from directory.trust import labels_page_url, trust_labels

from .contract import SORTS
from .facets import FACETS
from .forms import NEEDS_OPEN, SORT_LABELS
from . import get_engine
from .caching import cached
from .resultmap import MAX_POINTS, map_point, results_map
from .service import run_search
from .urlstate import query_string, without_geo

PARTIAL_HEADER = "X-Requested-With"
PARTIAL_VALUE = "directory-search"
RADIUS_CHOICES = (10, 25, 50, 100, 250, 500)
PAGE_WINDOW = 2
FACET_FOLD_AFTER = 6


def is_partial(request):
    return request.headers.get(PARTIAL_HEADER) == PARTIAL_VALUE


def listing_response(page, request):
    response = page.render(request)
    # The fragment and the full page share a URL: caches must keep them apart.
    patch_vary_headers(response, [PARTIAL_HEADER])
    if request.GET:
        add_never_cache_headers(response)
    return response


# What listing_context gives the template, read lazily (home.cache.rendered_lazily): a listing whose content
# fragment is cached runs no search at all. A filtered listing also names the same search in other languages.
LISTING = ("search", "follow")
FILTERED_LISTING = (*LISTING, "alternate_urls")


def listing_page_context(page, request):
    """The listing's context: what decides the layout now, the search itself when a fragment needs it."""
    from home.cache import rendered_lazily

    return {
        "partial": is_partial(request),
        "base_template": "directory/includes/search_fragment.html" if is_partial(request) else "base.html",
        **rendered_lazily(FILTERED_LISTING if request.GET else LISTING, listing_context, page, request),
    }


def listing_context(page, request):
    from directory.alerts.views import follow_context
    from directory.models import Region
    from directory.views.common import attach_urls, page_language, regions_url
    from directory.views.compare import compare_url

    language = page_language(page)
    state = run_search(request.GET, language)
    results, vocabulary = state.results, state.form.vocabulary
    attach_urls([hit.structure for hit in results.hits], page, request)
    needs = current_needs_by_key([hit.structure for hit in results.hits])
    base_url = page.get_url(request)
    query = results.query
    return {
        "search": {
            "form": state.form,
            "results": results,
            "query": query,
            "messages": state.messages,
            "summary": _summary(results),
            "filtered": bool(request.GET),
            "hits": [_card(hit, vocabulary, needs) for hit in results.hits],
            "needs_filter": {"value": NEEDS_OPEN, "selected": NEEDS_OPEN in query.selected("needs")},
            "facets": _facets(results),
            "active_filters": _active_filters(results, vocabulary, base_url),
            "sort_options": [{"value": sort, "label": SORT_LABELS[sort], "selected": sort == query.sort}
                             for sort in SORTS],
            "radius_choices": [{"value": radius, "selected": query.geo is not None and radius == query.geo.radius_km}
                               for radius in RADIUS_CHOICES],
            "pagination": _pagination(results, base_url),
            "did_you_mean": _did_you_mean(results, base_url),
            "exports": _exports(query),
            "map": results_map(results, Region.objects.all(), base_url, _map_points(results, page, request)),
            "clear_url": base_url,
            "clear_place_url": base_url + without_geo(query) if query.geo is not None else "",
            "regions_url": regions_url(page, request),
            "edition_url": base_url + "edition.pdf",  # served by directory.urls next to the page
            "editions_url": page.editions_url(request),
            "selection_pdf_url": base_url + "edition.pdf" + query_string(query, page=1),
            "labels_url": labels_page_url(page, request),
            "compare_url": compare_url(page, request=request),  # the result cards' "Compare" checkboxes
            "cities": [value.value for value in (results.facet("city").values if results.facet("city") else [])],
        },
        "follow": follow_context(page, state.form, request),  # follow this search by e-mail or feed (alerts)
        **({"alternate_urls": _same_search_elsewhere(query, request)} if request.GET else {}),
    }


def _same_search_elsewhere(query, request=None):
    """{language: this search on that language's directory page}: the language switcher keeps the search.
    Every parameter is language-independent (codes, slugs, city names, years), so it carries over as is."""
    from directory.views.common import directory_pages_by_language

    return {code: other.get_url(request) + query_string(query)
            for code, other in directory_pages_by_language().items()}


def _map_points(results, page, request):
    """Every result to place on the map (up to MAX_POINTS), from the search index: its coordinates are the
    structure's own or its town's from the gazetteer, the same point a search by distance uses."""
    query = results.query

    def compute():
        from directory.models import HostStructure, StructureSearchEntry

        hits = results.hits if results.total <= len(results.hits) else get_engine().all_hits(query, MAX_POINTS)
        located = {str(key): (latitude, longitude) for key, latitude, longitude in StructureSearchEntry.objects
                   .filter(translation_key__in=[hit.translation_key for hit in hits], latitude__isnull=False)
                   .values_list("translation_key", "latitude", "longitude")}
        hits = [hit for hit in hits if hit.translation_key in located]
        if all(getattr(hit, "structure", None) is not None for hit in hits):
            rows = {hit.structure_id: (hit.structure.name, hit.structure.slug) for hit in hits}  # a page, loaded
        else:
            rows = {pk: (name, slug) for pk, name, slug in HostStructure.objects.filter(
                pk__in=[hit.structure_id for hit in hits]).values_list("pk", "name", "slug")}
        return [map_point(hit.structure_id, rows[hit.structure_id][0], *located[hit.translation_key],
                          page.reverse_subpage("structure", args=[rows[hit.structure_id][1]]))
                for hit in hits if hit.structure_id in rows]

    # Paging through the same search places the same points: computed once per search and content version.
    points = cached("map-points", (query.language, query.text, query.filters, query.geo, page.pk,
                                   results.total <= len(results.hits) and query.page), compute)
    base_url = page.get_url(request)
    return [{**point, "url": base_url + point["url"]} for point in points if point is not None]


def _summary(results):
    if not results.total:
        return _("No structure matches this search.")
    text = ngettext("%(count)s structure found", "%(count)s structures found", results.total) % {
        "count": results.total}
    if results.num_pages > 1:
        text += " — " + _("page %(page)s of %(pages)s") % {"page": results.page, "pages": results.num_pages}
    return text


def _card(hit, vocabulary, needs):
    structure = hit.structure
    return {
        "needs": needs_facts(needs[structure.translation_key], structure.locale)
        if structure.translation_key in needs else [],
        "structure": structure,
        "url": getattr(structure, "url", ""),
        "place": ", ".join(part for part in (structure.city, structure.region.name if structure.region_id else "")
                           if part),
        "status": vocabulary.label("status", structure.status),
        "areas": [vocabulary.label("area", area.slug) for area in structure.areas.all()],
        "schemes": [vocabulary.label("scheme", scheme.code) for scheme in structure.schemes.all()],
        "years": sorted({record.year for record in structure.hosting_records.all()}, reverse=True),
        "labels": trust_labels(structure),
        "distance_km": hit.distance_km,
    }


def _facets(results):
    facets = []
    for spec in FACETS:
        facet = results.facet(spec.name)
        if facet is None or (not facet.values and spec.name != "city"):
            continue
        shown, more = _fold(facet.values)
        facets.append({"name": spec.name, "label": facet.label, "values": facet.values,
                       "is_select": spec.name == "city", "shown": shown, "more": more,
                       "more_selected": any(value.selected for value in more)})
    return facets


def _fold(values):
    """(values listed at once, values behind "show all"): long groups show their first values only."""
    if len(values) <= FACET_FOLD_AFTER + 2:  # folding away one or two values saves nothing
        return list(values), []
    return list(values[:FACET_FOLD_AFTER]), list(values[FACET_FOLD_AFTER:])


def stated_filters(query, vocabulary):
    """The search in words, one line per criterion (the cover of a printed selection)."""
    lines = [f"« {query.text} »"] if query.text else []
    for spec in FACETS:
        values = query.selected(spec.name)
        if values:
            lines.append(f"{vocabulary.facet_labels[spec.name]}: "
                         + ", ".join(str(vocabulary.label(spec.name, value)) for value in values))
    if query.selected("needs"):
        lines.append(_("Has open volunteer needs"))
    if query.geo is not None:
        place = query.geo.city or f"{query.geo.latitude:g}, {query.geo.longitude:g}"
        lines.append(_("Within %(km)s km of %(place)s") % {"km": f"{query.geo.radius_km:g}", "place": place})
    return lines


def _active_filters(results, vocabulary, base_url):
    query, active = results.query, []
    for spec in FACETS:
        for value in query.selected(spec.name):
            active.append({"label": f"{vocabulary.facet_labels[spec.name]}: {vocabulary.label(spec.name, value)}",
                           "url": base_url + query_string(query, page=1, toggle=(spec.name, value))})
    for value in query.selected("needs"):
        active.append({"label": _("Has open volunteer needs"),
                       "url": base_url + query_string(replace(query, filters=tuple(
                           (name, values) for name, values in query.filters if name != "needs")), page=1)})
    if query.text:
        active.insert(0, {"label": f"« {query.text} »", "url": base_url + query_string(query, page=1, text="")})
    return active


def _pagination(results, base_url):
    if results.num_pages <= 1:
        return None
    current, last, query = results.page, results.num_pages, results.query
    numbers = sorted({1, last, *range(max(1, current - PAGE_WINDOW), min(last, current + PAGE_WINDOW) + 1)})
    items, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            items.append({"gap": True})
        items.append({"number": number, "url": base_url + query_string(query, page=number),
                      "current": number == current})
        previous = number
    return {
        "items": items,
        "previous_url": base_url + query_string(query, page=current - 1) if results.has_previous else "",
        "next_url": base_url + query_string(query, page=current + 1) if results.has_next else "",
    }


def _did_you_mean(results, base_url):
    if not results.did_you_mean:
        return None
    return {"text": results.did_you_mean,
            "url": base_url + query_string(results.query, page=1, text=results.did_you_mean)}


def _exports(query):
    params = query_string(query, page=1, include_language=True)
    return {"csv": reverse("directory_search_export", args=["csv"]) + params,
            "xlsx": reverse("directory_search_export", args=["xlsx"]) + params,
            "json": reverse("directory_search_api") + params}
