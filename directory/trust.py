"""Trust labels: optional public facts about a structure, shown as labels and usable as search filters.

Four labels never age (RUC number, APCI, visit, hosting history) and are indexed as they are; "confirmed"
holds for 12 months after the structure confirmed its entry, so the engines compute it at search time
from the confirmation date (see search/trust_label_filter.py).
"""

from datetime import timedelta

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

CONFIRMATION_VALID_DAYS = 365

RUC, APCI, VISITED, HOSTED, CONFIRMED = "ruc", "apci", "visited", "hosted", "confirmed"
# Codes (stable: URLs and the API use them) and their names as a search filter.
LABELS = (
    (RUC, gettext_lazy("Registered with the tax registry (RUC)")),
    (APCI, gettext_lazy("Registered with APCI")),
    (VISITED, gettext_lazy("Visited by the Lima team")),
    (HOSTED, gettext_lazy("Has hosted volunteers")),
    (CONFIRMED, gettext_lazy("Confirmed within the last 12 months")),
)
LABEL_CODES = tuple(code for code, _name in LABELS)


def confirmation_cutoff(now=None):
    return (now or timezone.now()) - timedelta(days=CONFIRMATION_VALID_DAYS)


def recently_confirmed(confirmed_at, now=None):
    return confirmed_at is not None and confirmed_at >= confirmation_cutoff(now)


def lasting_labels(ruc_number, apci_registered, last_visit_on, years):
    """The labels that do not depend on today's date."""
    found = []
    if ruc_number:
        found.append(RUC)
    if apci_registered:
        found.append(APCI)
    if last_visit_on:
        found.append(VISITED)
    if years:
        found.append(HOSTED)
    return found


def hosting_years(structure):
    # From the prefetched records (with_related / result cards): no query per structure.
    return sorted({record.year for record in structure.hosting_records.all()}, reverse=True)


def label_codes(structure, now=None):
    codes = lasting_labels(structure.ruc_number, structure.apci_registered, structure.last_visit_on,
                           hosting_years(structure))
    if recently_confirmed(structure.confirmed_at, now):
        codes.append(CONFIRMED)
    return codes


def trust_labels(structure, now=None):
    """[{"code", "text"}] in the active language, in the order of LABELS."""
    years = hosting_years(structure)
    texts = {
        RUC: lambda: _("RUC number %(ruc)s registered") % {"ruc": structure.ruc_number},
        APCI: lambda: _("Registered with APCI"),
        VISITED: lambda: _("Visited by the Lima team on %(date)s") % {
            "date": formats.date_format(structure.last_visit_on, "DATE_FORMAT")},
        HOSTED: lambda: _("Has hosted volunteers in %(years)s") % {
            "years": ", ".join(str(year) for year in sorted(years))},
        CONFIRMED: lambda: _("Confirmed within the last 12 months"),
    }
    return [{"code": code, "text": texts[code]()} for code in label_codes(structure, now)]


def confirmation_status(structure, now=None):
    """What the structure page says about the entry's confirmation, in the active language."""
    confirmed_at = structure.confirmed_at
    if recently_confirmed(confirmed_at, now):
        local = timezone.localtime(confirmed_at)
        return {"recent": True, "text": _("Information confirmed on %(date)s") % {
            "date": formats.date_format(local, "DATE_FORMAT")}}
    if confirmed_at is not None:
        return {"recent": False, "text": _("Not confirmed since %(year)s") % {
            "year": timezone.localtime(confirmed_at).year}}
    return {"recent": False, "text": _("Never confirmed by the structure")}


def labels_page_url(directory_page, request=None):
    """URL of the page explaining the labels, in the directory page's language (or None)."""
    from wagtail.models import Page

    if directory_page.trust_labels_page_id is None:
        return None
    target = Page.objects.live().filter(pk=directory_page.trust_labels_page_id).first()
    if target is None:
        return None
    translation = target.get_translation_or_none(directory_page.locale_id)
    return (translation if translation is not None and translation.live else target).get_url(request)
