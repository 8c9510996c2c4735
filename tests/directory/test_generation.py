"""manage.py generate_structures: realistic rows in every language, in bulk, removable at once."""

from io import StringIO

import pytest
from django.core.management import call_command

from directory.models import HostingRecord, HostStructure

pytestmark = pytest.mark.django_db


def test_generate_and_clear():
    out = StringIO()
    call_command("generate_structures", "--count", "30", "--batch-size", "12", stdout=out)
    assert "30/30" in out.getvalue()
    generated = HostStructure.objects.filter(external_id__startswith="GEN-")
    assert generated.count() == 90  # fr, es, en
    assert generated.values("translation_key").distinct().count() == 30
    spanish = generated.filter(locale__language_code="es").first()
    french = generated.get(translation_key=spanish.translation_key, locale__language_code="fr")
    assert spanish.short_description != french.short_description  # texts in each language
    assert spanish.region_id == french.region_id and spanish.areas.exists()
    assert set(spanish.areas.all()) == set(french.areas.all())
    assert HostingRecord.objects.filter(structure__in=generated).exists()
    call_command("generate_structures", "--count", "0", "--clear", stdout=StringIO())
    assert not HostStructure.objects.exists() and not HostingRecord.objects.exists()
