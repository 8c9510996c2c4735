"""Cities readers can filter on or search around: those of indexed structures, placed at their average point."""

from django.db.models import Avg

from .models import StructureSearchEntry


def find_city(value, with_location=False):
    """The indexed spelling of a city typed in any case, or "" when no structure is there."""
    entries = StructureSearchEntry.objects.filter(city__iexact=value)
    if with_location:
        entries = entries.filter(latitude__isnull=False, longitude__isnull=False)
    return entries.values_list("city", flat=True).first() or ""


def city_point(city):
    """(latitude, longitude) of a city: the centre of its structures that have a location."""
    point = StructureSearchEntry.objects.filter(city=city, latitude__isnull=False, longitude__isnull=False).aggregate(
        latitude=Avg("latitude"), longitude=Avg("longitude"))
    if point["latitude"] is None:
        return None
    return point["latitude"], point["longitude"]
