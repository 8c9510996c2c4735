"""Internal notes, contact history and introduction requests never leave the Lima team.

One unique marker is written in every private field; then every public surface (pages, map, listing,
PDF edition, JSON API, CSV/XLSX exports, sitemap) and every other table of the database (search
indexes, translation sources, revisions…) is scanned for it.
"""

import csv
import io
import uuid
import zipfile

import pytest
from django.apps import apps
from django.db import models
from django.utils import translation
from wagtail.models import Locale

from directory.models import ContactLogEntry, HostStructure, IntroductionRequest, SavedSearch, StructureInternalNote
from directory.public import public_dict
from directory.search.service import TextSearch
from directory.translation import sync_translations
from tests.html import parse, visible_text

pytestmark = pytest.mark.django_db
PRIVATE_MODELS = {StructureInternalNote, ContactLogEntry, IntroductionRequest, SavedSearch}


@pytest.fixture
def marker(sample_structure, django_capture_on_commit_callbacks):
    secret = f"SECRET{uuid.uuid4().hex}"
    StructureInternalNote.objects.create(structure=sample_structure, text=f"Do not call the director {secret}")
    ContactLogEntry.objects.create(structure=sample_structure, kind="visit", contact_person=f"Person {secret}",
                                   summary=f"Visit notes {secret}")
    IntroductionRequest.objects.create(structure=sample_structure, structure_name=sample_structure.name,
                                       organisation=f"Org {secret}", contact_name=f"Name {secret}",
                                       email="private@example.org", message=f"Message {secret}",
                                       team_notes=f"Team {secret}", consent=True)
    # A reader following a search (directory alerts): their address and search stay private too.
    SavedSearch.objects.create(email=f"{secret}@example.org", params=f"q={secret}", language="fr",
                               confirmed_at=sample_structure.created_at)
    # Saving the structure again and resyncing its translations is when a leak would be copied along;
    # the search indexes are updated once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        sample_structure.save()
        sync_translations(sample_structure)
    return secret


def assert_clean(content, marker, where):
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    assert marker not in text, f"internal data leaked into {where}"
    assert "private@example.org" not in text, f"an introduction e-mail leaked into {where}"


def test_pages_and_map(client, marker):
    for language, urls in {"fr": ["/fr/annuaire/mano-a-mano/", "/fr/annuaire/carte/", "/fr/annuaire/", "/fr/",
                                  "/fr/annuaire/feed.rss", "/fr/annuaire/feed.atom"],
                           "es": ["/es/directorio/mano-a-mano/", "/es/directorio/"],
                           "en": ["/en/directory/mano-a-mano/"]}.items():
        for url in urls:
            with translation.override(language):
                response = client.get(url)
            assert response.status_code == 200, url
            assert_clean(response.content, marker, url)


def test_pdf_edition(client, marker, directory_tree):
    from directory.editions.pdf import render_edition_html

    html = render_edition_html(directory_tree["fr"], Locale.objects.get(language_code="fr"))
    assert "Mano a Mano" in visible_text(parse(html))
    assert_clean(html, marker, "the PDF edition")
    response = client.get("/fr/annuaire/edition.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_api_exports_and_public_dict(client, marker, sample_structure):
    api = client.get("/api/v1/directory/", {"lang": "fr"})
    assert api.status_code == 200 and "Mano a Mano" in [result["name"] for result in api.json()["results"]]
    assert_clean(api.content, marker, "the JSON API")
    csv_export = client.get("/api/v1/directory/export.csv", {"lang": "es"})
    assert csv_export.status_code == 200
    rows = list(csv.reader(io.StringIO(csv_export.content.decode("utf-8-sig"))))
    assert "Mano a Mano" in [row[0] for row in rows[1:]]
    assert_clean(csv_export.content, marker, "the CSV export")
    xlsx_export = client.get("/api/v1/directory/export.xlsx", {"lang": "en"})
    assert xlsx_export.status_code == 200
    with zipfile.ZipFile(io.BytesIO(xlsx_export.content)) as archive:
        for name in archive.namelist():
            assert_clean(archive.read(name), marker, f"the XLSX export ({name})")
    assert_clean(repr(public_dict(HostStructure.objects.with_related().get(pk=sample_structure.pk))), marker,
                 "public_dict")
    assert_clean(client.get("/sitemap.xml").content, marker, "the sitemap")


def test_search_finds_nothing_private(client, marker):
    for language in ("fr", "es", "en"):  # what the site search asks the directory's engine
        assert TextSearch(marker, language).count() == 0
    api = client.get("/api/v1/directory/", {"lang": "fr", "q": marker})
    assert api.status_code == 200 and api.json()["results"] == []


def test_no_other_table_holds_private_text(marker):
    """Search indexes, translation sources, revisions, logs: nothing outside the private models."""
    for model in apps.get_models():
        if model in PRIVATE_MODELS or model._meta.proxy:
            continue
        text_fields = [f.name for f in model._meta.concrete_fields
                       if isinstance(f, models.CharField | models.TextField | models.JSONField)]
        for name in text_fields:
            lookup = f"{name}__icontains" if not isinstance(model._meta.get_field(name), models.JSONField) else None
            if lookup is None:
                leaked = any(marker in str(value) for value in model.objects.values_list(name, flat=True))
            else:
                leaked = model.objects.filter(**{lookup: marker}).exists()
            assert not leaked, f"{model._meta.label}.{name} holds internal data"
