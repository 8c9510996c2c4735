"""Structures behind search hits, loaded for display in a fixed number of queries (never one per result)."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

LOGO_FILTER = "fill-96x96|format-webp"


def structures_queryset():
    from directory.models import HostStructure

    return HostStructure.objects.filter(is_public=True).select_related("region", "locale").prefetch_related(
        "areas", "schemes", "work_languages", "networks", "hosting_records",
        Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_FILTER)))


def load_structures(hits):
    """The hits whose structure still exists and is public, each with `.structure` set, order kept."""
    by_id = structures_queryset().in_bulk([hit.structure_id for hit in hits])
    kept = []
    for hit in hits:
        hit.structure = by_id.get(hit.structure_id)
        if hit.structure is not None:
            kept.append(hit)
    return kept

