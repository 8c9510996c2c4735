"""A structure's public page, and the plain list shown until the search listing exists."""

from django.apps import apps
from django.db.models import Case, Count, IntegerField, Q, When
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.lookups import locales_by_code, remembered

from ..introductions import introduction_stats
from ..maps import region_map
from ..models import HostStructure, Region
from ..public import VocabularyNames, hosting_table
from ..trust import confirmation_status, labels_page_url, trust_labels
from .common import attach_urls, directory_pages_by_language, regions_url
from .compare import compare_url

SIMILAR_COUNT = 4
PORTRAIT_COUNT = 6


def plain_listing_context(page, request):
    structures = list(HostStructure.objects.listed(page.locale).with_related()[:20])
    return {"structures": attach_urls(structures, page, request), "regions_url": regions_url(page, request),
            "names": VocabularyNames(page.locale)}


def similar_structures(structure, limit=SIMILAR_COUNT):
    """Public structures of the same language sharing areas of work or the region, most shared areas first."""
    area_ids = [area.pk for area in structure.areas.all()]
    condition = Q(areas__in=area_ids) if area_ids else Q(pk__in=[])
    if structure.region_id:
        condition |= Q(region_id=structure.region_id)
    candidates = (
        HostStructure.objects.listed(structure.locale).exclude(pk=structure.pk).filter(condition)
        .annotate(shared=Count("areas", filter=Q(areas__in=area_ids), distinct=True),
                  same_region=Case(When(region_id=structure.region_id, then=1), default=0,
                                   output_field=IntegerField()))
        .order_by("-shared", "-same_region", "name", "pk")
        .select_related("region", "logo")[:limit]
    )
    return list(candidates)


def hosted_portraits(structure, limit=PORTRAIT_COUNT):
    """Live portraits of volunteers the structure hosted, in the structure's language."""
    if not apps.is_installed("news"):
        return []
    try:
        from news.models import PortraitPage
    except ImportError:
        return []
    if not hasattr(PortraitPage, "host_structure"):
        return []
    return list(
        PortraitPage.objects.live().public().consent_valid()
        .filter(locale_id=structure.locale_id, host_structure__translation_key=structure.translation_key)
        .select_related("photo").order_by("-start_year")[:limit]
    )


def structure_alternate_urls(structure):
    """{language: URL of this structure's page} for the languages where it is public and has a directory."""
    pages = directory_pages_by_language()
    codes = {locale.pk: code for code, locale in locales_by_code().items()}
    # Every public structure's slug per language, remembered until the next change: no query per page.
    slugs = remembered("public-structure-slugs", lambda: [
        (key, locale_id, slug) for key, locale_id, slug in
        HostStructure.objects.filter(is_public=True).values_list("translation_key", "locale_id", "slug")])
    return {codes[locale_id]: pages[codes[locale_id]].structure_url(HostStructure(slug=slug))
            for key, locale_id, slug in slugs
            if key == structure.translation_key and codes.get(locale_id) in pages}


def structure_context(request, page, structure):
    names = VocabularyNames(structure.locale)
    index_url = page.get_url(request)
    regions = remembered(("regions", structure.country), lambda: list(
        Region.objects.filter(country_code=structure.country))) if structure.region_id else []
    similar = attach_urls(similar_structures(structure), page, request)
    return {
        "page": page,
        "self": page,
        "structure": structure,
        "areas": [names.areas.get(area.slug, area.name) for area in structure.areas.all()],
        "work_languages": [names.languages.get(lang.slug, lang.name) for lang in structure.work_languages.all()],
        "schemes": list(structure.schemes.all()),
        "networks": list(structure.networks.all()),
        "hosting": hosting_table(structure.hosting_records.all()),
        "region_map": region_map(regions, highlight=structure.region.code if structure.region_id else None,
                                 url_for=lambda region: f"{index_url}?region={region.code}"),
        "portraits": hosted_portraits(structure),
        "trust_labels": trust_labels(structure),
        "labels_url": labels_page_url(page, request),
        "confirmation_status": confirmation_status(structure),
        "introduction_stats": introduction_stats(structure),
        "similar": similar,
        "compare_url": compare_url(page, request=request),
        "introduction_url": page.introduction_url(structure, request),
        "index_url": index_url,
        "alternate_urls": structure_alternate_urls(structure),
        "canonical_url": request.build_absolute_uri(page.structure_url(structure, request)),
    }


def structure_detail(request, page, slug):
    structure = HostStructure.objects.listed(page.locale).with_related().filter(slug=slug).first()
    if structure is None:
        raise Http404(_("No such host structure."))
    if request.method == "POST":
        # The form has its own page (so that this one can be cached); a form sent from an older copy of this
        # page is passed on there, method and data kept.
        return HttpResponseRedirect(page.introduction_url(structure, request), status=307)
    return TemplateResponse(request, "directory/host_structure.html", structure_context(request, page, structure))
