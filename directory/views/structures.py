"""A structure's public page."""

from django.db.models import Case, Count, IntegerField, Q, When
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.cache import remembered, rendered_lazily
from home.visibility import public
from news.models import PortraitPage

from ..introductions.stats import introduction_stats
from ..needs.public import current_needs, needs_facts
from ..maps import region_map
from ..models import HostStructure, Region
from ..public import VocabularyNames, hosting_table
from ..trust import confirmation_status, labels_page_url, trust_labels
from .common import attach_urls, directory_pages_by_language, listed_structure_id
from .compare import compare_url

SIMILAR_COUNT = 4
PORTRAIT_COUNT = 6


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
    return list(
        public(PortraitPage.objects.live()).consent_valid()
        .filter(locale_id=structure.locale_id, host_structure__translation_key=structure.translation_key)
        .select_related("photo").order_by("-start_year")[:limit]
    )


def structure_alternate_urls(structure, request=None):
    """{language: URL of this structure's page} for the languages where it is public and has a directory."""
    pages = directory_pages_by_language()
    translations = HostStructure.objects.filter(is_public=True, translation_key=structure.translation_key)
    return {language: pages[language].structure_url(HostStructure(slug=slug), request)
            for language, slug in translations.values_list("locale__language_code", "slug") if language in pages}


# What structure_context gives the template, read lazily: a page whose fragments are cached runs none of it.
STRUCTURE_PAGE = (
    "structure", "areas", "work_languages", "schemes", "networks", "hosting", "region_map", "portraits",
    "trust_labels", "labels_url", "confirmation_status", "introduction_stats", "similar", "compare_url",
    "introduction_url", "correction_url", "needs", "index_url", "alternate_urls",
)


def load_structure(structure_id):
    """A listed structure with everything its page shows."""
    return HostStructure.objects.with_related().get(pk=structure_id)


def structure_context(request, page, structure_id):
    structure = load_structure(structure_id)
    names = VocabularyNames(structure.locale)
    index_url = page.get_url(request)
    regions = remembered(("regions", structure.country), lambda: list(
        Region.objects.filter(country_code=structure.country))) if structure.region_id else []
    similar = attach_urls(similar_structures(structure), page, request)
    return {
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
        "correction_url": page.correction_url(structure, request),
        "needs": needs_facts(current_needs(structure), structure.locale),
        "index_url": index_url,
        "alternate_urls": structure_alternate_urls(structure, request),
    }


def structure_detail(request, page, slug):
    structure_id = listed_structure_id(page, slug)
    if structure_id is None:
        raise Http404(_("No such host structure."))
    if request.method == "POST":
        # The form has its own page (so that this one can be cached); a form sent from an older copy of this
        # page is passed on there, method and data kept.
        return HttpResponseRedirect(page.introduction_url(HostStructure(slug=slug), request), status=307)
    return TemplateResponse(request, "directory/host_structure.html", {
        "page": page, "self": page,
        # Known without reading the structure: the canonical link sits outside the page's fragments.
        "canonical_url": request.build_absolute_uri(page.structure_url(HostStructure(slug=slug), request)),
        **rendered_lazily(STRUCTURE_PAGE, structure_context, request, page, structure_id),
    })
