"""Cities readers can filter on: those of indexed structures (searching around a place uses the gazetteer)."""

from .caching import cached_in_process
from .models import StructureSearchEntry


def find_city(value):
    """The indexed spelling of a city typed in any case, or "" when no structure is there."""

    def compute():
        return StructureSearchEntry.objects.filter(city__iexact=value).values_list("city", flat=True).first() or ""

    # Every page of a filtered search asks again: kept like the vocabularies (per content version).
    return cached_in_process("city", value, compute)


def region_counts():
    """{region code: number of public structures} for the regional map: every structure (translation group)
    counts once whatever the reader's language, in its region, or else in its town's region (gazetteer)."""
    from django.db.models import Count

    from directory.gazetteer import region_of
    from directory.models import HostStructure

    public = HostStructure.objects.public()
    counts = dict(public.exclude(region=None).values_list("region__code").order_by()
                  .annotate(total=Count("translation_key", distinct=True)))
    placed = set(public.exclude(region=None).values_list("translation_key", flat=True))
    for key, city in public.filter(region=None).exclude(city="").values_list("translation_key", "city").distinct():
        code = region_of(city) if key not in placed else ""
        if code:
            placed.add(key)
            counts[code] = counts.get(code, 0) + 1
    return counts
