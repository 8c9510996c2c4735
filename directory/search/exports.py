"""CSV and XLSX exports of a directory search: the same parameters as the page, public fields only.

Columns come from `directory.public.public_dict`; cells that a spreadsheet would run as a formula are
neutralised (a leading apostrophe), since these files are opened by people, not programs.
"""

import csv
import io

from django.http import HttpResponse, JsonResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from . import get_engine
from .api import directory_urls, request_language
from .hit_structures import load_structures
from .service import parse

EXPORT_LIMIT = 10_000
BATCH = 500
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    ("name", gettext_lazy("Name")), ("acronym", gettext_lazy("Acronym")), ("region", gettext_lazy("Region")),
    ("province", gettext_lazy("Province")), ("city", gettext_lazy("City")), ("address", gettext_lazy("Address")),
    ("areas", gettext_lazy("Areas of work")), ("schemes", gettext_lazy("Volunteering schemes")),
    ("work_languages", gettext_lazy("Languages of work")), ("status", gettext_lazy("Status")),
    ("accommodation", gettext_lazy("Accommodation")),
    ("minimum_stay_months", gettext_lazy("Minimum mission length (months)")),
    ("hosting_years", gettext_lazy("Hosted volunteers in")), ("short_description", gettext_lazy("Description")),
    ("website", gettext_lazy("Website")), ("public_email", gettext_lazy("E-mail")),
    ("public_phone", gettext_lazy("Phone")), ("latitude", gettext_lazy("Latitude")),
    ("longitude", gettext_lazy("Longitude")), ("open_needs", gettext_lazy("Open volunteer needs")),
    ("url", gettext_lazy("Page")),
)


def _safe(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def rows(query, vocabulary, base_url):
    """Export rows (lists of cells) for every result of `query`, up to EXPORT_LIMIT, loaded in batches."""
    from directory.needs.public import current_needs_by_key, need_summary
    from directory.public import VocabularyNames, public_dict

    names = VocabularyNames(Locale.objects.get(language_code=query.language))
    hits = get_engine().all_hits(query, EXPORT_LIMIT)
    for start in range(0, len(hits), BATCH):
        loaded = load_structures(hits[start:start + BATCH], full=True)
        needs = current_needs_by_key([hit.structure for hit in loaded])
        for hit in loaded:
            data = public_dict(hit.structure, names)
            data.update({
                "region": data["region"]["name"] if data["region"] else "",
                "areas": ", ".join(item["name"] for item in data["areas"]),
                "schemes": ", ".join(item["name"] for item in data["schemes"]),
                "work_languages": ", ".join(item["name"] for item in data["work_languages"]),
                "status": vocabulary.label("status", data["status"]),
                "accommodation": vocabulary.label("accommodation", data["accommodation"]) if data["accommodation"]
                else "",
                "hosting_years": ", ".join(str(year) for year in sorted(
                    {record["year"] for record in data["hosting_records"]}, reverse=True)),
                "url": f"{base_url}{hit.structure.slug}/" if base_url else "",
                "open_needs": "\n".join(need_summary(need) for need in needs.get(hit.structure.translation_key, [])),
            })
            yield [_safe(data[key]) for key, _label in COLUMNS]


def _csv(header, body):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so spreadsheet programs read UTF-8 accents right
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(body)
    return buffer.getvalue().encode("utf-8"), "text/csv; charset=utf-8"


def _xlsx(header, body):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Host structures")[:31])
    sheet.append(header)
    for row in body:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


WRITERS = {"csv": _csv, "xlsx": _xlsx}


@never_cache
@require_GET
def directory_search_export(request, fmt):
    language = request_language(request)
    if fmt not in WRITERS or language is None:
        return JsonResponse({"error": {"message": "Unknown format or language.", "fields": {}}}, status=400)
    with translation.override(language):
        form = parse(request.GET, language)
        if form.errors:
            return JsonResponse({"error": {"message": _("Some parameters are not valid."), "fields": {
                name: [str(error) for error in errors] for name, errors in form.errors.items()}}}, status=400)
        base_url = directory_urls().get(language)
        base_url = request.build_absolute_uri(base_url) if base_url else ""
        header = [str(label) for _key, label in COLUMNS]
        content, content_type = WRITERS[fmt](header, rows(form.to_query(), form.vocabulary, base_url))
    response = HttpResponse(content, content_type=content_type)
    filename = f"directory-{language}-{timezone.localdate():%Y-%m-%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
