"""Edition history: each yearly PDF edition is archived with its date and language, and lists the structures
added, updated and withdrawn since the previous edition of that language; the archive page shows that table."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from directory.editions.demo import ensure_editions
from directory.editions.archive import publish_edition
from directory.models import DirectoryEdition, HostStructure
from tests.directory.factories import structure
from tests.html import hrefs, parse, text_of, texts, visible_text

pytestmark = pytest.mark.django_db

LANGUAGES = ("es", "en")


def _everywhere(instance, **fields):
    """Change a synchronised fact on every language row, as wagtail-localize's sync does."""
    HostStructure.objects.filter(translation_key=instance.translation_key).update(**fields)


@pytest.fixture
def two_years(directory_tree):
    """2025: Ayni, Buen Vivir, Chaski. 2026: Buen Vivir changed its website, Chaski left the directory,
    Dignidad joined, Ayni did not change. Both editions in every language (no PDF: that is tested below)."""
    ayni = structure(name="Ayni", slug="ayni", website="https://ayni.example.org", translations=LANGUAGES)
    buen_vivir = structure(name="Buen Vivir", slug="buen-vivir", website="https://bv.example.org",
                           translations=LANGUAGES)
    chaski = structure(name="Chaski", slug="chaski", translations=LANGUAGES)
    for page in directory_tree.values():
        publish_edition(page, 2025, render=False)
    _everywhere(buen_vivir, website="https://buenvivir.example.org")
    _everywhere(chaski, is_public=False)
    structure(name="Dignidad", slug="dignidad", translations=LANGUAGES)
    for page in directory_tree.values():
        publish_edition(page, 2026, render=False)
    return {"pages": directory_tree, "ayni": ayni, "buen_vivir": buen_vivir, "chaski": chaski}


def _edition(language, year):
    return DirectoryEdition.objects.get(locale__language_code=language, year=year)


def _names(rows):
    return [row["name"] for row in rows]


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_differences_between_two_years(two_years, language):
    first, second = _edition(language, 2025), _edition(language, 2026)
    assert first.structure_count == 3 and second.structure_count == 3
    # The first edition of a language has nothing to compare with.
    assert (first.added, first.updated, first.withdrawn, first.previous_year) == ([], [], [], None)
    assert second.previous_year == 2025
    assert _names(second.added) == ["Dignidad"]
    assert _names(second.updated) == ["Buen Vivir"]
    assert second.updated[0]["fields"] == ["website"]
    assert _names(second.withdrawn) == ["Chaski"]


def test_a_translated_text_changes_only_that_languages_edition(two_years):
    spanish = HostStructure.objects.get(slug="ayni", locale__language_code="es")
    spanish.short_description = "Una nueva descripción."
    spanish.save()
    for page in two_years["pages"].values():
        publish_edition(page, 2027, render=False)
    assert _names(_edition("es", 2027).updated) == ["Ayni"]
    assert _edition("es", 2027).updated[0]["fields"] == ["short_description"]
    assert _edition("fr", 2027).updated == [] and _edition("fr", 2027).previous_year == 2026


def test_an_edition_is_compared_with_the_latest_earlier_year(two_years):
    publish_edition(two_years["pages"]["fr"], 2024, render=False)  # an older edition published late
    assert _edition("fr", 2024).previous_year is None
    assert _edition("fr", 2026).previous_year == 2025  # kept as computed when 2026 was published


def _table_rows(document):
    """[(structure name, its link or None, change)] of the archive page's tables of changes."""
    rows = []
    for row in document.select("tr.edition__change"):
        cell = row.select_one("th[scope=row]")
        link = cell.select_one("a[href]")
        rows.append((text_of(cell), link["href"] if link else None, text_of(row, "td")))
    return rows


@pytest.mark.parametrize(("url", "labels", "caption"), [
    ("/fr/annuaire/editions/", ("Ajoutée", "Mise à jour", "Retirée"), "Changements entre les éditions 2025 et 2026"),
    ("/es/directorio/ediciones/", ("Añadida", "Actualizada", "Retirada"), "Cambios entre las ediciones 2025 y 2026"),
    ("/en/directory/editions/", ("Added", "Updated", "Withdrawn"), "Changes between the 2025 and 2026 editions"),
])
def test_archive_page_shows_the_table_in_each_language(client, two_years, url, labels, caption):
    document = parse(client.get(url))
    base = url.rsplit("/", 2)[0]
    added, updated, withdrawn = labels
    assert _table_rows(document) == [
        ("Dignidad", f"{base}/dignidad/", added),
        ("Buen Vivir", f"{base}/buen-vivir/", updated),
        ("Chaski", None, withdrawn),  # withdrawn: no link to a page that no longer exists
    ]
    (table,) = [table for table in document.select("table") if table.select("tr.edition__change")]
    assert text_of(table, "caption") == caption
    assert table.select("th[scope=col]")
    # Both editions are listed, newest first; the first one says it has nothing to compare with.
    headings = texts(document, 'h2[id^="edition-"]')
    assert [re.sub(r"\D", "", heading) for heading in headings] == ["2026", "2025"]


def test_archive_page_without_editions(client, directory_tree):
    document = parse(client.get("/en/directory/editions/"))
    assert "No edition has been published in this language yet." in visible_text(document.select_one("main"))


def test_directory_page_links_to_the_archive(client, directory_tree):
    assert "/es/directorio/ediciones/" in hrefs(parse(client.get("/es/directorio/")))


def test_command_publishes_the_pdf_once_per_year(client, directory_tree):
    structure(name="Ayni", slug="ayni", translations=("es",))
    out = StringIO()
    call_command("publish_directory_edition", "--year", "2026", "--language", "es", stdout=out)
    assert "[1/1] es" in out.getvalue()
    edition = _edition("es", 2026)
    assert edition.document is not None and edition.structure_count == 1
    assert edition.document.file_size > 1000  # shown next to the link
    with edition.document.file.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    document = parse(client.get("/es/directorio/ediciones/"))
    assert edition.document.url in hrefs(document, "main a[href]")
    assert "Primera edición en este idioma" in visible_text(document.select_one("main"))
    # Again: nothing duplicated, the existing edition is kept unless --replace is given.
    out = StringIO()
    call_command("publish_directory_edition", "--year", "2026", "--language", "es", stdout=out)
    assert "--replace" in out.getvalue()
    assert DirectoryEdition.objects.count() == 1
    assert not DirectoryEdition.objects.filter(locale=Locale.objects.get(language_code="fr")).exists()


def test_demo_editions_show_a_difference_and_load_twice(directory_tree):
    for index in range(5):
        structure(name=f"Structure {index}", slug=f"structure-{index}", translations=LANGUAGES)
    ensure_editions(render=False)
    ensure_editions(render=False)
    assert DirectoryEdition.objects.count() == 6
    latest = _edition("es", 2026)
    assert (len(latest.added), len(latest.updated), len(latest.withdrawn)) == (2, 2, 1)
