"""The printable edition "Potentielles structures d'accueil — édition YYYY", one PDF per language,
made with WeasyPrint from the same data as the site. Sections by region, a table of contents with
page numbers (CSS target-counter), structures without a region at the end."""

from itertools import groupby

from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..models import HostStructure, VolunteerNeed
from ..needs.public import current_needs_by_key, needs_facts
from ..public import VocabularyNames, hosting_table


def edition_structures(locale):
    return list(HostStructure.objects.listed(locale).with_related().order_by("region__name", "name"))


def selection_structures(locale, ids):
    """The structures of a search (their ids in that language), for the edition of a selection."""
    return list(HostStructure.objects.listed(locale).with_related().filter(pk__in=ids))


def edition_context(page, locale, request=None, year=None, structures=None, selection=None, truncated=False):
    """The yearly edition, or with `structures` and `selection` (the search's filters, stated on the cover)
    the same layout for one search's results."""
    structures = edition_structures(locale) if structures is None else structures
    names = VocabularyNames(locale)
    needs = current_needs_by_key(structures)
    base_url = request.build_absolute_uri(page.get_url(request)) if request else page.full_url or ""
    for structure in structures:
        structure.area_names = [names.areas.get(a.slug, a.name) for a in structure.areas.all()]
        structure.language_names = [names.languages.get(lang.slug, lang.name)
                                    for lang in structure.work_languages.all()]
        structure.hosting = hosting_table(structure.hosting_records.all())
        structure.full_url = f"{base_url}{structure.slug}/"
        structure.open_needs = needs_facts(needs.get(structure.translation_key, []), locale)
    sections = []
    # Structures without a region come last.
    ordered = sorted(structures, key=lambda s: (s.region is None, s.region.name if s.region else "", s.name.lower()))
    for region, items in groupby(ordered, key=lambda s: s.region):
        items = list(items)
        sections.append({"anchor": f"region-{region.code.lower() if region else 'other'}",
                         "title": region.name if region else _("Other locations"), "structures": items})
    return {"page": page, "year": year or timezone.localdate().year, "sections": sections,
            "count": len(structures), "base_url": base_url, "language": locale.language_code,
            "selection": selection, "truncated": truncated, "generated_on": timezone.localdate()}


def render_edition_html(page, locale, request=None, year=None, **selection):
    with translation.override(locale.language_code):
        return render_to_string("directory/editions/edition.html",
                                edition_context(page, locale, request, year, **selection))


def render_edition(page, locale, request=None, year=None, **selection):
    """(html, WeasyPrint document) — the document gives the pages; `document.write_pdf()` the bytes.
    `selection`: structures= and selection= for the edition of one search (see edition_context)."""
    from weasyprint import HTML

    html = render_edition_html(page, locale, request, year, **selection)
    return html, HTML(string=html, base_url=request.build_absolute_uri("/") if request else None).render()


def cache_key(locale):
    """Changes whenever a structure of that language changes, is added or removed."""
    stats = HostStructure.objects.listed(locale).aggregate(latest=Max("updated_at"))
    count = HostStructure.objects.listed(locale).count()
    # Needs close by date: the day is part of the key, with what changes when a need is added or filled.
    needs = VolunteerNeed.objects.listed().aggregate(count=Count("pk"), last=Max("pk"), confirmed=Max("confirmed_on"))
    return (f"directory:edition:{locale.language_code}:{count}:{stats['latest'] and stats['latest'].timestamp()}:"
            f"{timezone.localdate()}:{needs['count']}:{needs['last']}:{needs['confirmed']}")
