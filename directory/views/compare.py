"""Two to four public structures of the page's language side by side: /fr/annuaire/comparer/?s=a&s=b.

The structures come from `s` parameters (slugs, which are the same in every language), so the checkboxes of
the result cards and of the structure page reach it with a plain GET form, without JavaScript. Bad input
(unknown slugs, too few or too many) is answered with a message and status 400, never an exception.
"""

import re

from django.http import QueryDict
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.cache import rendered_lazily

from ..models import HostStructure
from ..public import VocabularyNames, hosting_table
from .common import attach_urls, directory_pages_by_language, listed_structure_ids, page_language, page_locale

# The compare page's URL segment in each language (the route accepts all of them).
COMPARE_SEGMENT = {"fr": "comparer", "es": "comparar", "en": "compare"}
MIN_STRUCTURES, MAX_STRUCTURES = 2, 4
PARAMETER = "s"
# Beyond this many parameters the request is not a reader's: answer without looking anything up.
MAX_PARAMETERS = 20
SLUG_PATTERN = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")
HISTORY_YEARS = 5


def compare_url(page, slugs=(), request=None):
    query = QueryDict(mutable=True)
    query.setlist(PARAMETER, list(slugs))
    segment = COMPARE_SEGMENT.get(page_language(page), "compare")
    return f"{page.get_url(request)}{segment}/" + (f"?{query.urlencode()}" if slugs else "")


def requested_slugs(request):
    """The distinct slugs asked for, in their order, and the values that cannot be slugs at all."""
    slugs, invalid = [], []
    for value in request.GET.getlist(PARAMETER)[:MAX_PARAMETERS]:
        value = value.strip()
        if not value or value in slugs:
            continue
        (slugs if SLUG_PATTERN.match(value) else invalid).append(value)
    return slugs, invalid


def _history(structure):
    table = hosting_table(structure.hosting_records.all())
    return [ngettext("%(year)s: %(count)s volunteer", "%(year)s: %(count)s volunteers", row["total"])
            % {"year": row["year"], "count": row["total"]} for row in table["rows"][:HISTORY_YEARS]]


def _column(structure, names):
    place = ", ".join(part for part in (structure.city, structure.region.name if structure.region_id else "") if part)
    months = structure.minimum_stay_months
    return {
        "structure": structure,
        "place": place,
        "areas": [names.areas.get(area.slug, area.name) for area in structure.areas.all()],
        "schemes": [str(scheme) for scheme in structure.schemes.all()],
        "languages": [names.languages.get(lang.slug, lang.name) for lang in structure.work_languages.all()],
        "accommodation": structure.get_accommodation_display() if structure.accommodation else "",
        "minimum_stay": ngettext("%(count)s month", "%(count)s months", months) % {"count": months} if months else "",
        "history": _history(structure),
        "status": structure.get_status_display(),
    }


def _messages(slugs, invalid, missing, shown):
    messages = []
    unknown = invalid + missing
    if unknown:
        listed = ", ".join(f"« {value[:60]} »" for value in unknown[:MAX_STRUCTURES])
        messages.append(ngettext("This structure is not in the directory: %(names)s.",
                                 "These structures are not in the directory: %(names)s.", len(unknown))
                        % {"names": listed})
    if len(slugs) > MAX_STRUCTURES:
        messages.append(_("You can compare at most %(max)s structures at a time; only the first %(max)s are shown.")
                        % {"max": MAX_STRUCTURES})
    if len(shown) < MIN_STRUCTURES:
        messages.append(_("Choose at least two structures in the directory to compare them."))
    return messages


# What compare_context gives the template, read lazily: a comparison whose fragments are cached reads nothing.
COMPARE_PAGE = ("columns", "index_url", "alternate_urls")


def compare_context(request, page, structure_ids):
    by_id = (HostStructure.objects.select_related("region")
             .prefetch_related("areas", "schemes", "work_languages", "hosting_records").in_bulk(structure_ids))
    structures = attach_urls([by_id[pk] for pk in structure_ids if pk in by_id], page, request)
    names = VocabularyNames(page_locale(page))
    columns = [_column(structure, names) for structure in structures] if len(structures) >= MIN_STRUCTURES else []
    shown = [structure.slug for structure in structures]
    for column in columns:
        others = [slug for slug in shown if slug != column["structure"].slug]
        column["remove_url"] = compare_url(page, others, request) if len(others) >= MIN_STRUCTURES else ""
    return {
        "columns": columns, "index_url": page.get_url(request),
        "alternate_urls": {code: compare_url(other, shown, request)
                           for code, other in directory_pages_by_language().items()},
    }


def compare_structures(request, page):
    slugs, invalid = requested_slugs(request)
    # Which slugs name a public structure decides the messages and the status: known without reading a row.
    found = listed_structure_ids(page, slugs)
    missing = [slug for slug in slugs if found.get(slug) is None]
    shown = [found[slug] for slug in slugs if found.get(slug) is not None][:MAX_STRUCTURES]
    messages = _messages(slugs, invalid, missing, shown)
    return TemplateResponse(request, "directory/compare.html", {
        "page": page, "self": page, "title": _("Compare host structures"), "messages": messages,
        **rendered_lazily(COMPARE_PAGE, compare_context, request, page, shown),
    }, status=400 if messages else 200)
