"""A structure's public page, and the plain list shown until the search listing exists."""

from django.apps import apps
from django.db.models import Case, Count, IntegerField, Q, When
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..forms import IntroductionForm
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
        .order_by("-shared", "-same_region", "name")
        .values_list("pk", flat=True)[:limit]
    )
    ids = list(candidates)
    by_id = HostStructure.objects.filter(pk__in=ids).select_related("region", "logo").in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


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
    translations = HostStructure.objects.filter(translation_key=structure.translation_key, is_public=True) \
        .select_related("locale")
    return {t.locale.language_code: pages[t.locale.language_code].structure_url(t)
            for t in translations if t.locale.language_code in pages}


def structure_context(request, page, structure, form):
    names = VocabularyNames(structure.locale)
    index_url = page.get_url(request)
    regions = Region.objects.filter(country_code=structure.country) if structure.region_id else []
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
        "form": form,
        "index_url": index_url,
        "alternate_urls": structure_alternate_urls(structure),
        "canonical_url": request.build_absolute_uri(page.structure_url(structure, request)),
    }


def structure_detail(request, page, slug):
    from .introductions import handle_introduction

    structure = HostStructure.objects.listed(page.locale).with_related().filter(slug=slug).first()
    if structure is None:
        raise Http404(_("No such host structure."))
    form, status = IntroductionForm(), 200
    if request.method == "POST":
        outcome = handle_introduction(request, page, structure)
        if outcome.response is not None:
            return outcome.response
        form, status = outcome.form, outcome.status
    context = structure_context(request, page, structure, form)
    context["rate_limited"] = status == 429
    return TemplateResponse(request, "directory/host_structure.html", context, status=status)
