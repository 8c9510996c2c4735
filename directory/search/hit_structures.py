"""Structures behind search hits, loaded for display in a fixed number of queries (never one per result)."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

LOGO_FILTER = "fill-96x96|format-webp"


def structures_queryset(full=False):
    """Public structures with what a result card shows; `full`: everything `directory.public` exports."""
    from directory.models import HostStructure

    structures = HostStructure.objects.filter(is_public=True)
    if full:
        return structures.with_related()
    return structures.select_related("region").prefetch_related(
        "areas", "schemes", "hosting_records",
        Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_FILTER)))


def load_structures(hits, full=False, queryset=None):
    """The hits whose structure still exists and is public, each with `.structure` set, order kept; read from
    `queryset` when given (a narrower set of rows or fields), else from `structures_queryset(full)`."""
    if not hits:
        return []
    queryset = structures_queryset(full) if queryset is None else queryset
    by_id = queryset.in_bulk([hit.structure_id for hit in hits])
    kept = []
    for hit in hits:
        hit.structure = by_id.get(hit.structure_id)
        if hit.structure is not None:
            kept.append(hit)
    return kept

