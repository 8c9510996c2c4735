"""Demo places: a demo structure whose town or region the seeds give is placed there, at the gazetteer's point
for that town (or its region's capital); one without a known place gets no point and no invented address."""

from io import StringIO

import pytest
from django.db import transaction
from lxml import html as lxml_html

from directory.gazetteer import lookup
from directory.models import HostStructure
from home.demo.loader import entries, load, structure_facts

pytestmark = pytest.mark.django_db
PLACED = {"otra-cosa-network": ("Huanchaco", "PE-LAL"), "corazones-para-peru": ("Urubamba", "PE-CUS")}
UNPLACED = "akuu-las-mariposas"


def test_every_structure_the_seeds_place_has_its_town_and_region_in_the_data():
    facts = {fact["slug"]: fact for fact in structure_facts()}
    for slug, (city, region) in PLACED.items():
        assert (facts[slug]["city"], facts[slug]["region"]) == (city, region)
    # A town without a region (or the reverse) would give a point the reader cannot check.
    assert all(bool(fact["city"]) == bool(fact["region"]) for fact in facts.values())
    assert sum(1 for fact in facts.values() if fact["city"]) >= 30
    assert not facts[UNPLACED]["city"] and not facts[UNPLACED]["region"]


def demo_places(entry):
    return entry.get("snippet") in {"directory.AreaOfWork", "directory.WorkLanguage"} or (
        entry.get("snippet") == "directory.HostStructure" and entry["lookup"]["slug"] in {*PLACED, UNPLACED})


def test_loaded_structures_stand_at_the_gazetteers_point_of_their_town(client, directory_tree, monkeypatch):
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())
    assert any(demo_places(entry) for entry in entries("directory"))
    load(StringIO(), parts=["directory"], keep=demo_places)
    for slug, (city, region) in PLACED.items():
        place = lookup(city, region=region)
        for row in HostStructure.objects.filter(slug=slug):  # the French row and its translations
            assert (row.city, row.region.code) == (city, region)
            assert (row.latitude, row.longitude) == pytest.approx((place.latitude, place.longitude))
            assert row.address == ""  # the seeds give no street address
        page = lxml_html.fromstring(client.get(f"/es/directorio/{slug}/").content)
        assert city in " ".join(page.xpath("//main//text()"))
    unplaced = HostStructure.objects.get(slug=UNPLACED, locale__language_code="fr")
    assert unplaced.latitude is None and unplaced.longitude is None and not unplaced.city
