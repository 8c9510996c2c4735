"""manage.py import_structures: CSV and XLSX, dry run, validation report, all-or-nothing, upsert."""

import csv
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from directory.importing.template import COLUMNS
from directory.models import HostStructure
from directory.models.structures import ruc_validator
from directory.factories import AreaOfWorkFactory, WorkLanguageFactory

pytestmark = pytest.mark.django_db
TEMPLATES = Path(__file__).resolve().parents[2] / "directory" / "importing"


@pytest.fixture(autouse=True)
def vocabulary(education):
    """What the sample template refers to (by slug, or by name: "Environnement")."""
    AreaOfWorkFactory(name="Enfance et jeunesse", slug="children-youth")
    AreaOfWorkFactory(name="Environnement", slug="environment")
    WorkLanguageFactory(name="Espagnol", slug="spa")
    WorkLanguageFactory(name="Quechua", slug="que")


def write_csv(path, rows, columns=None):
    columns = columns or COLUMNS
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(*args):
    out = StringIO()
    call_command("import_structures", *map(str, args), stdout=out)
    return out.getvalue()


def rows_by_language(external_id):
    return {s.locale.language_code: s for s in HostStructure.objects.filter(external_id=external_id)
            .select_related("locale", "region")}


@pytest.mark.parametrize("template", ["import_template.csv", "import_template.xlsx"])
def test_template_imports_in_three_languages(tmp_path, template):
    path = shutil.copy(TEMPLATES / template, tmp_path / template)
    output = run(path)
    assert "2 rows: 2 to create, 0 to update, 0 invalid." in output
    first = rows_by_language("SA-0001")
    assert set(first) == {"fr", "es", "en"}
    assert first["es"].short_description == "Apoyo escolar para los niños del valle sagrado."
    assert first["en"].presentation == "<p>First paragraph.</p><p>Second paragraph.</p>"
    for row in first.values():  # facts are the same in every language
        assert (row.region.code, row.ruc_number, row.apci_registered) == ("PE-CUS", "20123456789", True)
        assert sorted(a.slug for a in row.areas.all()) == ["children-youth", "education"]
        assert sorted((r.year, r.scheme, r.volunteers) for r in row.hosting_records.all()) == [
            (2023, "sci", 1), (2024, "sci", 2), (2024, "vsi", 1)]
    second = rows_by_language("SA-0002")
    assert [a.slug for a in second["en"].areas.all()] == ["environment"]  # matched by its French name
    assert second["en"].short_description == "Collectif de quartier pour des espaces verts."  # falls back


def test_dry_run_writes_nothing(tmp_path):
    path = write_csv(tmp_path / "new.csv", [{"external_id": "X1", "name": "Nueva", "region": "Cusco"}])
    output = run(path, "--dry-run")
    assert "1 to create" in output and "Dry run" in output
    assert not HostStructure.objects.exists()


def test_upsert_on_external_id(tmp_path):
    write_csv(tmp_path / "a.csv", [{"external_id": "X1", "name": "Nueva", "city": "Cusco"}])
    run(tmp_path / "a.csv")
    write_csv(tmp_path / "b.csv", [{"external_id": "X1", "name": "Nueva", "city": "Urubamba", "slug": "nueva"}])
    assert "0 to create, 1 to update" in run(tmp_path / "b.csv")
    assert {s.city for s in HostStructure.objects.filter(external_id="X1")} == {"Urubamba"}
    assert HostStructure.objects.filter(external_id="X1").count() == 3


BAD_ROWS = [
    {"external_id": "OK1", "name": "Correcta", "region": "PE-LIM"},
    {"external_id": "B1", "name": "", "region": "Atlantis"},
    {"external_id": "B2", "name": "Mala", "public_email": "not-an-email", "hosting": "2024:vsi=four",
     "areas": "education; astrology", "latitude": "north", "ruc_number": "123"},
    {"external_id": "OK1", "name": "Duplicate key"},
]


def test_bad_rows_are_reported_and_nothing_is_written(tmp_path):
    path = write_csv(tmp_path / "bad.csv", BAD_ROWS)
    out = StringIO()
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_structures", str(path), stdout=out)
    report = out.getvalue()
    for expected in ["row 3, column name: required", "row 3, column region: unknown region 'Atlantis'",
                     "row 4, column public_email:", "row 4, column hosting: '2024:vsi=four' should look like",
                     "row 4, column areas: unknown area of work: astrology", "row 4, column latitude:",
                     f"row 4, column ruc_number: {ruc_validator.message}",
                     "row 5, column external_id: same key as row 2"]:
        assert expected in report, expected
    assert not HostStructure.objects.exists()  # all or nothing: the valid first row was not written either


def test_skip_invalid_writes_the_valid_rows(tmp_path):
    path = write_csv(tmp_path / "bad.csv", BAD_ROWS)
    output = run(path, "--skip-invalid")
    assert "Imported 1 structures." in output
    assert set(HostStructure.objects.values_list("external_id", flat=True)) == {"OK1"}


def test_missing_column_and_unreadable_file(tmp_path):
    path = write_csv(tmp_path / "nocol.csv", [{"city": "Lima"}], columns=["city"])
    with pytest.raises(CommandError, match="file itself has errors"):
        run(path)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(CommandError, match="Cannot read"):
        run(broken)
