"""The archive of printable editions: publish one (PDF + snapshot), compare it with the previous one.

A snapshot records, for each structure an edition lists, its slug, its name and a short digest of each public
field (public.py's list). Two snapshots of the same language give the structures added, updated (with the
fields that changed) and withdrawn between two editions, without keeping a copy of every entry.
"""

import hashlib
import json

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import DirectoryEdition, HostStructure
from ..public import PUBLIC_FIELDS
from .pdf import edition_structures, render_edition

# Bookkeeping dates change without the entry changing: they do not make a structure "updated".
IGNORED_FIELDS = {"created_at", "updated_at", "confirmed_at", "last_contact_on"}
# Field labels for the table of changes (the related lists are not model fields with a verbose name).
RELATED_LABELS = {
    "region": _("region"), "areas": _("areas of work"), "work_languages": _("languages of work"),
    "schemes": _("schemes hosted or possible"), "networks": _("networks"), "hosting_records": _("volunteers hosted"),
}


def _digest(value):
    text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def structure_fields(structure):
    """{field: comparable value} of what the edition shows; related lists by slug or code, not by name,
    so renaming a term of a vocabulary does not mark every structure as updated."""
    values = {field: getattr(structure, field) for field in PUBLIC_FIELDS if field not in IGNORED_FIELDS}
    values.update({
        "region": structure.region.code if structure.region_id else None,
        "areas": sorted(a.slug for a in structure.areas.all()),
        "work_languages": sorted(lang.slug for lang in structure.work_languages.all()),
        "schemes": sorted(s.code for s in structure.schemes.all()),
        "networks": sorted(n.slug for n in structure.networks.all()),
        "hosting_records": sorted((r.year, r.scheme, r.volunteers) for r in structure.hosting_records.all()),
    })
    return values


def take_snapshot(structures):
    return {s.slug: {"name": s.display_name, "fields": {k: _digest(v) for k, v in structure_fields(s).items()}}
            for s in structures}


def compare(previous, current):
    """(added, updated, withdrawn) between two snapshots, each a list sorted by name."""
    def entry(slug, data, **extra):
        return {"slug": slug, "name": data["name"], **extra}

    def by_name(rows):
        return sorted(rows, key=lambda row: (row["name"].lower(), row["slug"]))

    added = [entry(slug, data) for slug, data in current.items() if slug not in previous]
    withdrawn = [entry(slug, data) for slug, data in previous.items() if slug not in current]
    updated = []
    for slug, data in current.items():
        if slug not in previous:
            continue
        old_fields, new_fields = previous[slug]["fields"], data["fields"]
        changed = sorted(field for field in new_fields.keys() | old_fields.keys()
                         if new_fields.get(field) != old_fields.get(field))
        if changed:
            updated.append(entry(slug, data, fields=changed))
    return by_name(added), by_name(updated), by_name(withdrawn)


def field_label(field):
    if field in RELATED_LABELS:
        return RELATED_LABELS[field]
    try:
        return HostStructure._meta.get_field(field).verbose_name
    except Exception:  # noqa: BLE001 - a field renamed since an old edition keeps its technical name
        return field


def previous_edition(locale, year):
    return DirectoryEdition.objects.filter(locale=locale, year__lt=year).order_by("-year").first()


def store_pdf(edition, pdf, page):
    """The PDF as a Wagtail document (served like any document, kept in backups); replaced in place on --replace."""
    from wagtail.documents import get_document_model

    name = f"structures-accueil-{edition.locale.language_code}-{edition.year}.pdf"
    document = edition.document if edition.document_id else get_document_model()()
    if document.file:
        document.file.delete(save=False)
    document.title = f"{page.title} — {edition.year} ({edition.locale.language_code})"
    document.file.save(name, ContentFile(pdf), save=False)
    document._set_document_file_metadata()  # size and hash, as the admin's upload form does
    document.save()
    return document


class EditionExists(Exception):
    pass


def publish_edition(page, year=None, replace=False, render=True):
    """Make the edition of `page`'s language for `year` (default: this year): the PDF as a Wagtail document,
    the snapshot, and the changes since the latest earlier edition of that language."""
    locale = page.locale
    year = year or timezone.localdate().year
    edition = DirectoryEdition.objects.filter(locale=locale, year=year).select_related("document").first()
    if edition is not None and not replace:
        raise EditionExists(f"The {year} edition in {locale.language_code} exists; use --replace to redo it.")
    structures = edition_structures(locale)
    snapshot = take_snapshot(structures)
    previous = previous_edition(locale, year)
    added, updated, withdrawn = compare(previous.snapshot if previous else {}, snapshot)
    pdf = None
    if render:
        _html, document = render_edition(page, locale, year=year)
        pdf = document.write_pdf()
    with transaction.atomic():
        edition = edition or DirectoryEdition(locale=locale, year=year)
        edition.published_at = timezone.now()
        edition.snapshot, edition.structure_count = snapshot, len(snapshot)
        # The first edition of a language has nothing to compare with: no list of changes rather than
        # every structure marked as added.
        edition.added, edition.updated, edition.withdrawn = (added, updated, withdrawn) if previous else ([], [], [])
        edition.previous_year = previous.year if previous else None
        if pdf is not None:
            edition.document = store_pdf(edition, pdf, page)
        edition.save()
    return edition


def archive_editions(locale, structure_url):
    """The editions of a language, newest first, with their changes ready for the table: each row has the
    structure's name, the URL of its page when it is still public, and the labels of the fields that changed."""
    editions = list(DirectoryEdition.objects.filter(locale=locale).select_related("document", "locale"))
    slugs = {row["slug"] for edition in editions for rows in (edition.added, edition.updated, edition.withdrawn)
             for row in rows}
    live = set(HostStructure.objects.listed(locale).filter(slug__in=slugs).values_list("slug", flat=True))
    for edition in editions:
        edition.changes = []
        for kind, label, rows in (("added", _("Added"), edition.added), ("updated", _("Updated"), edition.updated),
                                  ("withdrawn", _("Withdrawn"), edition.withdrawn)):
            for row in rows:
                edition.changes.append({
                    "kind": kind, "label": label, "name": row["name"],
                    "url": structure_url(row["slug"]) if row["slug"] in live else None,
                    "fields": [str(field_label(field)) for field in row.get("fields", [])],
                })
    return editions
