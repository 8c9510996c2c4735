"""The gazetteer of Peru: regions, provinces, districts and towns with their coordinates, shipped as data.

`peru.json` is compiled once (compile_peru.py says how, from GeoNames and INEI's ubigeo codes). Names are
matched without case, accents or punctuation, in their fr/es/en spellings and common variants
(Cusco/Cuzco/Qosqo, Lima/Lima Metropolitana). Used by the directory search (`near=`), the import (place
validation), the admin's place chooser and the demo loader:

    lookup("cuzco")          -> Place(name="Cusco", region="PE-CUS", latitude=-13.53…, …)
    lookup("Trujillo", region="PE-LAL")
    suggestions("Arequipe")  -> [Place(name="Arequipa", …), …]   (nearest names, for "did you mean")
    region_of("Huanchaco")   -> "PE-LAL"
"""

import difflib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from search.text import words

DATA = Path(__file__).with_name("peru.json")
REGION, PROVINCE, DISTRICT, CITY = "region", "province", "district", "city"
# A town this large is what a reader means by its name, even when a region or province shares it.
LARGE_TOWN = 50_000
SUGGESTION_CUTOFF = 0.7


@dataclass(frozen=True)
class Place:
    kind: str  # region, province, district or city (a populated place that is not a district)
    code: str  # ISO 3166-2 for a region, ubigeo for a province or district, "geonames:<id>" for a town
    name: str  # the official (Spanish) spelling
    region: str  # ISO 3166-2 code of its region
    latitude: float
    longitude: float
    province: str = ""
    # How precise the point is: "place" (its own), "province" or "region" (the capital's, for want of better).
    precision: str = "place"
    population: int = 0
    names: dict = field(default_factory=dict, compare=False, hash=False)  # language -> spelling, when different
    variants: tuple = ()

    def label(self, language="es"):
        """The place's name in `language` (fr, es or en)."""
        return self.names.get(language) or self.name

    @property
    def point(self):
        return self.latitude, self.longitude

    def __str__(self):
        return self.name


def name_key(name):
    """How a name is compared: no case, accents, punctuation or repeated spaces ("Cuzco " -> "cuzco")."""
    return " ".join(words(name or ""))


def _rank(place):
    """Which of several places sharing a name a reader means: big towns, then regions, provinces, the rest."""
    large = place.kind in (DISTRICT, CITY) and place.population >= LARGE_TOWN
    order = 0 if large else {REGION: 1, PROVINCE: 2}.get(place.kind, 3)
    return order, place.precision != "place", -place.population, place.name


class Gazetteer:
    def __init__(self, data):
        self.places = []
        for row in data["regions"]:
            self.places.append(Place(REGION, row["code"], row["name"], row["code"], row["lat"], row["lon"],
                                     names=_names(row), variants=tuple(row["variants"])))
        for row in data["provinces"]:
            self.places.append(Place(PROVINCE, row["code"], row["name"], row["region"], row["lat"], row["lon"],
                                     precision=row["precision"]))
        for row in data["places"]:
            self.places.append(Place(row["kind"], row["code"], row["name"], row["region"], row["lat"], row["lon"],
                                     province=row["province"], precision=row["precision"],
                                     population=row["population"], names=_names(row),
                                     variants=tuple(row["variants"])))
        self.by_key = {}
        for place in self.places:
            for spelling in (place.name, *place.names.values(), *place.variants):
                key = name_key(spelling)
                if key and place not in self.by_key.setdefault(key, []):
                    self.by_key[key].append(place)
        for found in self.by_key.values():
            found.sort(key=_rank)
        self.by_code = {place.code: place for place in self.places}

    def lookup(self, name, region=None):
        """The place a reader means by `name` (in any spelling), within `region` when given; or None."""
        found = self.by_key.get(name_key(name), [])
        if region:
            found = [place for place in found if place.region == region]
        return found[0] if found else None

    def suggestions(self, name, limit=5, region=None):
        """Places whose name is nearest to `name` (a typo, a partial name), best first, at most `limit`."""
        key = name_key(name)
        if not key:
            return []
        keys = [candidate for candidate in self.by_key if candidate.startswith(key)] if len(key) >= 3 else []
        keys += difflib.get_close_matches(key, list(self.by_key), n=limit * 4, cutoff=SUGGESTION_CUTOFF)
        best = {}
        for candidate in dict.fromkeys(keys):
            # A name that starts with what was typed is as good as a near-perfect spelling.
            similarity = 1.0 if candidate.startswith(key) else difflib.SequenceMatcher(None, key, candidate).ratio()
            for place in self.by_key[candidate]:
                if region is None or place.region == region:
                    best[place] = max(similarity, best.get(place, 0.0))
        ordered = sorted(best, key=lambda place: (-round(best[place], 1), _rank(place)))
        names, found = set(), []
        for place in ordered:
            if place.name not in names:
                names.add(place.name)
                found.append(place)
        return found[:limit]


def _names(row):
    return {language: row[language] for language in ("fr", "en") if row.get(language)}


@lru_cache(maxsize=1)
def gazetteer():
    return Gazetteer(json.loads(DATA.read_text(encoding="utf-8")))


def lookup(name, region=None):
    """The Place a name means (any spelling, case and accents ignored), or None."""
    return gazetteer().lookup(name, region)


def suggestions(name, limit=5, region=None):
    """The nearest known places to a name that is not known (for "did you mean"), best first."""
    return gazetteer().suggestions(name, limit, region)


def region_of(name):
    """ISO 3166-2 code of the region of the place `name`, or "" when the gazetteer does not know it."""
    place = lookup(name)
    return place.region if place else ""


def regions():
    return [place for place in gazetteer().places if place.kind == REGION]
