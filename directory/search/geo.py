"""Distances: a bounding box any index can use, then the haversine formula on what is left.

SQL functions (ASIN, COS, …) exist on PostgreSQL and are registered by Django on SQLite.
"""

import math

from django.db.models import F, FloatField, Value
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt

EARTH_RADIUS_KM = 6371.0
KM_PER_DEGREE = 111.32


def bounding_box(latitude, longitude, radius_km):
    """(min_lat, max_lat, min_lon, max_lon) enclosing the circle; longitudes unbounded near the poles."""
    delta_lat = radius_km / KM_PER_DEGREE
    cos_lat = math.cos(math.radians(latitude))
    delta_lon = 180.0 if cos_lat < 0.01 else min(180.0, radius_km / (KM_PER_DEGREE * cos_lat))
    return (max(-90.0, latitude - delta_lat), min(90.0, latitude + delta_lat),
            longitude - delta_lon, longitude + delta_lon)


def bounding_box_filter(geo, prefix=""):
    min_lat, max_lat, min_lon, max_lon = bounding_box(geo.latitude, geo.longitude, geo.radius_km)
    lookups = {f"{prefix}latitude__gte": min_lat, f"{prefix}latitude__lte": max_lat}
    if max_lon - min_lon < 360:
        # A box crossing the antimeridian is rare in this directory; widen it rather than split it.
        if min_lon < -180 or max_lon > 180:
            min_lon, max_lon = -180.0, 180.0
        lookups.update({f"{prefix}longitude__gte": min_lon, f"{prefix}longitude__lte": max_lon})
    return lookups


def distance_expression(latitude, longitude, prefix=""):
    lat = Radians(F(f"{prefix}latitude"))
    lon = Radians(F(f"{prefix}longitude"))
    lat0 = Value(math.radians(latitude), output_field=FloatField())
    lon0 = Value(math.radians(longitude), output_field=FloatField())
    half_chord = (Power(Sin((lat - lat0) / 2), 2)
                  + Value(math.cos(math.radians(latitude)), output_field=FloatField()) * Cos(lat)
                  * Power(Sin((lon - lon0) / 2), 2))
    # Rounding can push the chord a hair above 1, outside ASIN's domain.
    return Value(2 * EARTH_RADIUS_KM, output_field=FloatField()) * ASin(
        Sqrt(Least(half_chord, Value(1.0, output_field=FloatField()))))


def haversine_km(lat1, lon1, lat2, lon2):
    """The same distance in Python (brute-force checks in tests, Elasticsearch hits without sort values)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_chord = (math.sin((phi2 - phi1) / 2) ** 2
                  + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, half_chord)))
