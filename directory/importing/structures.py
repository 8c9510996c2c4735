"""Validate a whole file, then write it in one transaction: nothing changes when a row is invalid,
unless the caller chooses to skip invalid rows."""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale

from ..models import HostingRecord, HostStructure
from ..translation import sync_translations
from .readers import read_rows
from .rows import DEFAULT_LANGUAGE, KNOWN_COLUMNS, REQUIRED_COLUMNS, References, check_model_rules, parse_row


@dataclass
class ImportReport:
    rows: list = field(default_factory=list)
    file_errors: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)
    written: bool = False

    @property
    def valid_rows(self):
        return [row for row in self.rows if row.valid]

    @property
    def invalid_rows(self):
        return [row for row in self.rows if not row.valid]

    @property
    def ok(self):
        return not self.file_errors and not self.invalid_rows

    def count(self, action):
        return sum(1 for row in self.valid_rows if row.action == action)

    def error_lines(self):
        """(row, column, reason) for every problem, in file order."""
        lines = [(0, column, reason) for column, reason in self.file_errors]
        lines += [(row.number, column, reason) for row in self.rows for column, reason in row.errors]
        return lines


def validate(path):
    """Read and check every row; match each one with the structure it updates."""
    report = ImportReport()
    header, raw_rows = read_rows(path)
    report.ignored_columns = [column for column in header if column and column not in KNOWN_COLUMNS]
    missing = REQUIRED_COLUMNS - set(header)
    if missing:
        report.file_errors.append((", ".join(sorted(missing)), "required column missing"))
        return report
    references = References()
    default_locale = Locale.objects.get(language_code=DEFAULT_LANGUAGE)
    existing = HostStructure.objects.filter(locale=default_locale)
    by_external_id = {s.external_id: s for s in existing.exclude(external_id="")}
    by_slug = {s.slug: s for s in existing}
    seen = {}
    for number, raw in raw_rows:
        row = parse_row(number, raw, references)
        check_model_rules(row)
        external_id, slug = row.values.get("external_id"), row.values.get("slug")
        row.key = ("external_id", external_id) if external_id else ("slug", slug)
        if row.key in seen:
            row.error(row.key[0], f"same key as row {seen[row.key]}")
        seen.setdefault(row.key, number)
        row.existing = by_external_id.get(external_id) if external_id else by_slug.get(slug)
        owner = by_slug.get(slug)
        if slug and owner is not None and row.existing is not None and owner.pk != row.existing.pk:
            row.error("slug", f"already used by {owner.name!r}")
        elif slug and owner is not None and row.existing is None:
            row.error("slug", f"already used by {owner.name!r} (give its external_id to update it)")
        report.rows.append(row)
    return report


def _save(row, default_locale, user=None):
    structure = row.existing or HostStructure(locale=default_locale)
    for name, value in {**row.values, **row.texts.get(DEFAULT_LANGUAGE, {})}.items():
        setattr(structure, name, value)
    for name, targets in row.relations.items():
        if name == "schemes":
            from ..models import Scheme

            targets = list(Scheme.objects.filter(code__in=targets))
        getattr(structure, name).set(targets)
    structure.hosting_records = [HostingRecord(year=year, scheme=scheme, volunteers=count)
                                 for year, scheme, count in row.hosting]
    structure.save()
    localized = {language: HostStructure(**row.values, **texts) for language, texts in row.texts.items()
                 if language != DEFAULT_LANGUAGE and texts}
    sync_translations(structure, localized=localized, user=user)
    return structure


def write(report, skip_invalid=False, progress=None, user=None):
    """Write the valid rows (all rows must be valid unless skip_invalid). Returns the number written."""
    if report.file_errors or (report.invalid_rows and not skip_invalid):
        return 0
    default_locale = Locale.objects.get(language_code=DEFAULT_LANGUAGE)
    with transaction.atomic():
        for row in report.valid_rows:
            _save(row, default_locale, user)
            if progress:
                progress.advance()
    report.written = True
    return len(report.valid_rows)
