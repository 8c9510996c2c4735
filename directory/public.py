"""The one list of what may leave the site about a structure (pages, exports, API, search documents).

Anything not named here stays inside: internal notes, contact history and introduction requests live
in other models, and the few bookkeeping fields (external_id, is_public) are left out on purpose.
"""

from wagtail.models import Locale

from .choices import SchemeCode
from .models import AreaOfWork, WorkLanguage
from .trust import label_codes

PUBLIC_FIELDS = (
    "name", "acronym", "slug", "short_description", "presentation", "accommodation_details",
    "status", "accommodation", "minimum_stay_months", "country", "province", "city", "address",
    "latitude", "longitude", "website", "facebook_url", "instagram_url", "linkedin_url", "youtube_url",
    "public_email", "public_phone", "last_contact_on", "last_visit_on", "ruc_number", "apci_registered",
    "confirmed_at", "created_at", "updated_at",
)


class VocabularyNames:
    """Localized names of areas and languages for one language, fetched once per page or export."""

    def __init__(self, locale=None):
        locale = locale or Locale.get_active()
        self.areas = AreaOfWork.names_in(locale)
        self.languages = WorkLanguage.names_in(locale)


def public_dict(structure, names=None):
    """A structure as plain data (expects `.with_related()` prefetches)."""
    names = names or VocabularyNames(structure.locale)
    data = {field: getattr(structure, field) for field in PUBLIC_FIELDS}
    data.update({
        "region": {"code": structure.region.code, "name": structure.region.name} if structure.region_id else None,
        "areas": [{"slug": a.slug, "name": names.areas.get(a.slug, a.name)} for a in structure.areas.all()],
        "work_languages": [{"slug": lang.slug, "name": names.languages.get(lang.slug, lang.name)}
                           for lang in structure.work_languages.all()],
        "schemes": [{"code": s.code, "name": str(s)} for s in structure.schemes.all()],
        "networks": [{"slug": n.slug, "name": n.name} for n in structure.networks.all()],
        "hosting_records": [{"year": r.year, "scheme": r.scheme, "volunteers": r.volunteers}
                            for r in structure.hosting_records.all()],
        "language": structure.locale.language_code,
        "labels": label_codes(structure),
    })
    return data


def hosting_table(records):
    """Years (newest first) × schemes present, with totals: {"schemes": [(code, label)], "rows": [...]}."""
    records = list(records)
    codes = [code for code, _label in SchemeCode.choices if any(r.scheme == code for r in records)]
    rows = []
    for year in sorted({r.year for r in records}, reverse=True):
        counts = {r.scheme: r.volunteers for r in records if r.year == year}
        rows.append({"year": year, "counts": [counts.get(code, 0) for code in codes], "total": sum(counts.values())})
    return {"schemes": [(code, SchemeCode(code).label) for code in codes], "rows": rows}
