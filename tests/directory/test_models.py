"""Validation rules of the directory's data and the synchronisation of facts across languages."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from directory.models import HostingRecord, HostStructure, Region
from directory.translation import sync_translations
from directory.factories import HostStructureFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fields, field_in_error", [
    ({"region_code": "PE-LIM", "country": "BO"}, "region"),
    ({"latitude": -12.0}, "longitude"),
    ({"latitude": 120.0, "longitude": -77.0}, "latitude"),
    ({"ruc_number": "20-123"}, "ruc_number"),
    ({"public_email": "nope"}, "public_email"),
    ({"minimum_stay_months": 0}, "minimum_stay_months"),
])
def test_invalid_structures_are_refused(fields, field_in_error):
    region_code = fields.pop("region_code", "PE-CUS")
    instance = HostStructureFactory.build(region=Region.objects.get(code=region_code), **fields)
    with pytest.raises(ValidationError) as error:
        instance.full_clean()
    assert field_in_error in error.value.message_dict


def test_a_valid_structure_passes():
    HostStructureFactory.build(latitude=-13.5, longitude=-71.9, ruc_number="20123456789").full_clean()


def test_slug_is_unique_per_language_and_records_per_year_and_scheme(sample_structure):
    with pytest.raises(IntegrityError), transaction.atomic():
        HostStructureFactory(slug="mano-a-mano")
    with pytest.raises(IntegrityError), transaction.atomic():
        HostingRecord.objects.create(structure=sample_structure, year=2024, scheme="vsi", volunteers=1)


def test_listed_is_public_structures_of_the_active_language(sample_structure):
    HostStructureFactory(name="Hidden", slug="hidden", is_public=False)
    with translation.override("es"):
        listed = list(HostStructure.objects.listed())
    assert [(s.name, s.locale.language_code) for s in listed] == [("Mano a Mano", "es")]


def test_facts_follow_the_french_source_and_translated_texts_stay(sample_structure, education):
    sample_structure.city = "Urubamba"
    sample_structure.status = "hosted"
    sample_structure.areas.set([])
    sample_structure.hosting_records = [HostingRecord(year=2025, scheme="sci", volunteers=3)]
    sample_structure.save()
    sync_translations(sample_structure, languages=[])
    spanish = HostStructure.objects.get(translation_key=sample_structure.translation_key, locale__language_code="es")
    assert (spanish.city, spanish.status) == ("Urubamba", "hosted")
    assert [(r.year, r.scheme, r.volunteers) for r in spanish.hosting_records.all()] == [(2025, "sci", 3)]
    assert list(spanish.areas.all()) == []  # an emptied list is emptied in every language too
    assert spanish.short_description == "Una asociación de Cusco."


def test_vocabulary_names_in_the_reader_language(sample_structure, education):
    from directory.models import AreaOfWork
    from wagtail.models import Locale

    assert AreaOfWork.names_in(Locale.objects.get(language_code="es"))["education"] == "Educación"
    assert list(sample_structure.areas.all()) == [education]  # every language links the canonical term


def test_contact_log_moves_the_public_contact_dates_forward(sample_structure):
    from datetime import date

    from directory.models import ContactLogEntry

    ContactLogEntry.objects.create(structure=sample_structure, date=date(2024, 9, 1), kind="visit", summary="EV")
    ContactLogEntry.objects.create(structure=sample_structure, date=date(2024, 3, 1), kind="call", summary="Old")
    ContactLogEntry.objects.create(structure=sample_structure, date=date(2024, 11, 5), kind="email", summary="New")
    for row in HostStructure.objects.filter(translation_key=sample_structure.translation_key):
        assert (row.last_visit_on, row.last_contact_on) == (date(2024, 9, 1), date(2024, 11, 5))
