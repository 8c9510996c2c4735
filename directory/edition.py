"""The printable edition "Potentielles structures d'accueil — édition YYYY", one PDF per language,
made with WeasyPrint from the same data as the site. Sections by region, a table of contents with
page numbers (CSS target-counter), structures without a region at the end."""

from itertools import groupby

from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import HostStructure
from .public import VocabularyNames, hosting_table


def edition_structures(locale):
    return list(HostStructure.objects.listed(locale).with_related().order_by("region__name", "name"))


def edition_context(page, locale, request=None, year=None):
    structures = edition_structures(locale)
    names = VocabularyNames(locale)
    base_url = request.build_absolute_uri(page.get_url(request)) if request else page.full_url or ""
    for structure in structures:
        structure.area_names = [names.areas.get(a.slug, a.name) for a in structure.areas.all()]
        structure.language_names = [names.languages.get(lang.slug, lang.name)
                                    for lang in structure.work_languages.all()]
        structure.hosting = hosting_table(structure.hosting_records.all())
        structure.full_url = f"{base_url}{structure.slug}/"
    sections = []
    # Structures without a region come last.
    ordered = sorted(structures, key=lambda s: (s.region is None, s.region.name if s.region else "", s.name.lower()))
    for region, items in groupby(ordered, key=lambda s: s.region):
        items = list(items)
        sections.append({"anchor": f"region-{region.code.lower() if region else 'other'}",
                         "title": region.name if region else _("Other locations"), "structures": items})
    return {"page": page, "year": year or timezone.localdate().year, "sections": sections,
            "count": len(structures), "base_url": base_url, "language": locale.language_code}


def render_edition_html(page, locale, request=None, year=None):
    with translation.override(locale.language_code):
        return render_to_string("directory/edition.html", edition_context(page, locale, request, year))


def render_edition(page, locale, request=None, year=None):
    """(html, WeasyPrint document) — the document gives the pages; `document.write_pdf()` the bytes."""
    from weasyprint import HTML

    html = render_edition_html(page, locale, request, year)
    return html, HTML(string=html, base_url=request.build_absolute_uri("/") if request else None).render()


def cache_key(locale):
    """Changes whenever a structure of that language changes, is added or removed."""
    stats = HostStructure.objects.listed(locale).aggregate(latest=Max("updated_at"))
    count = HostStructure.objects.listed(locale).count()
    return f"directory:edition:{locale.language_code}:{count}:{stats['latest'] and stats['latest'].timestamp()}"
