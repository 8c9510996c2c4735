"""Cities readers can filter on or search around: those of indexed structures, placed at their average point."""

from django.db.models import Avg

from .caching import cached_in_process
from .models import StructureSearchEntry


def find_city(value, with_location=False):
    """The indexed spelling of a city typed in any case, or "" when no structure is there."""

    def compute():
        entries = StructureSearchEntry.objects.filter(city__iexact=value)
        if with_location:
            entries = entries.filter(latitude__isnull=False, longitude__isnull=False)
        return entries.values_list("city", flat=True).first() or ""

    # Every page of a search around a city asks again: kept like the vocabularies (per content version).
    return cached_in_process("city", (value, with_location), compute)


def city_point(city):
    """(latitude, longitude) of a city: the centre of its structures that have a location."""

    def compute():
        point = StructureSearchEntry.objects.filter(
            city=city, latitude__isnull=False, longitude__isnull=False).aggregate(
            latitude=Avg("latitude"), longitude=Avg("longitude"))
        return None if point["latitude"] is None else (point["latitude"], point["longitude"])

    return cached_in_process("city-point", city, compute)
