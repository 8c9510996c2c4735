"""Search records from the directory's models: the only search module that knows HostStructure's fields.

A structure is one row per language linked by `translation_key`; its facts are synchronized from the French
row, its texts are translated. Only public structures become records; internal notes, contact history and
introduction requests live in other models and are never read here.
"""

import html

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.models import Locale

from directory.gazetteer import lookup, region_of
from directory.trust import lasting_labels

from .records import SearchRecord, complete_ids
from search.text import LANGUAGES


def _structures():
    from directory.models import HostStructure

    return HostStructure.objects.select_related("region", "locale").prefetch_related(
        "areas", "schemes", "work_languages", "hosting_records", "volunteer_needs")


class _AreaNames:
    """Names of areas of work in each language, read once per batch of records."""

    def __init__(self):
        from directory.models import AreaOfWork

        locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}
        self.by_language = {code: AreaOfWork.names_in(locale) for code, locale in locales.items()}

    def get(self, language, slug, default):
        return self.by_language.get(language, {}).get(slug, default)


def _record(rows, area_names):
    by_language = {row.locale.language_code: row for row in rows}
    source = by_language.get(settings.LANGUAGE_CODE) or rows[0]
    if not source.is_public:
        return None
    areas = list(source.areas.all())
    texts = {}
    for language in LANGUAGES:
        row = by_language.get(language, source)
        texts[language] = " ".join(part for part in (
            row.name if row.name != source.name else "",
            row.short_description,
            html.unescape(strip_tags(row.presentation or "")),
            row.accommodation_details,
            " ".join(area_names.get(language, area.slug, area.name) for area in areas),
            source.city, source.province, source.region.name if source.region_id else "",
        ) if part)
    years = sorted({record.year for record in source.hosting_records.all()})
    return SearchRecord(
        translation_key=str(source.translation_key),
        structure_ids=complete_ids({language: row.pk for language, row in by_language.items()}),
        own_rows=sorted(language for language in by_language if language in LANGUAGES),
        name=source.name,
        acronym=source.acronym,
        texts=texts,
        # A structure without a region is in its town's region, when the gazetteer knows the town.
        region=source.region.code if source.region_id else region_of(source.city),
        city=(source.city or "").strip(),
        areas=sorted(area.slug for area in areas),
        schemes=sorted(scheme.code for scheme in source.schemes.all()),
        languages=sorted(language.slug for language in source.work_languages.all()),
        status=source.status or "",
        accommodation=source.accommodation or "",
        years=years,
        labels=lasting_labels(source.ruc_number, source.apci_registered, source.last_visit_on, years),
        confirmed_at=source.confirmed_at,
        needs_open_until=sorted(need.closes_on for need in source.volunteer_needs.all() if need.status == "open"),
        **dict(zip(("latitude", "longitude"), _point(source))),
    )


def _point(source):
    """The structure's own coordinates, or else its town's from the gazetteer (unless the gazetteer only
    knows the town's region: a point a hundred kilometres off would mislead a search by distance)."""
    if source.latitude is not None and source.longitude is not None:
        return source.latitude, source.longitude
    place = lookup(source.city, source.region.code if source.region_id else None) if source.city else None
    if place is None or place.precision == "region":
        return None, None
    return place.point


def records_for(translation_keys):
    """{translation_key: SearchRecord, or None when the structure is gone or not public}."""
    keys = [str(key) for key in translation_keys]
    groups = {key: [] for key in keys}
    for row in _structures().filter(translation_key__in=keys).order_by("pk"):
        groups[str(row.translation_key)].append(row)
    area_names = _AreaNames() if any(groups.values()) else None
    return {key: _record(rows, area_names) if rows else None for key, rows in groups.items()}


def all_translation_keys():
    from directory.models import HostStructure

    return list(HostStructure.objects.filter(is_public=True).order_by("translation_key")
                .values_list("translation_key", flat=True).distinct())


def iter_records(batch_size=500):
    """Every public structure as a record, in batches (for rebuilding an index)."""
    keys = all_translation_keys()
    for start in range(0, len(keys), batch_size):
        batch = records_for(keys[start:start + batch_size])
        yield [record for record in batch.values() if record is not None]


def count_structures():
    from directory.models import HostStructure

    return HostStructure.objects.filter(is_public=True).values("translation_key").distinct().count()
