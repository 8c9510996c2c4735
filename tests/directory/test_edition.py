"""The printable edition: one entry per public structure of the language, grouped by region, as a PDF."""

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from directory.editions.pdf import render_edition
from directory.models import Region
from tests.directory.factories import structure
from tests.html import parse, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def structures(directory_tree):
    lima, cusco = Region.objects.get(code="PE-LIM"), Region.objects.get(code="PE-CUS")
    for index in range(3):
        structure(name=f"Lima {index}", slug=f"lima-{index}", region=lima, translations=("es",))
    structure(name="Cusco 1", slug="cusco-1", region=cusco, translations=("es",))
    structure(name="Sin región", slug="sin-region", region=None, translations=("es",))
    structure(name="Oculta", slug="oculta", region=lima, is_public=False, translations=("es",))
    structure(name="Solo francés", slug="solo-frances", region=cusco, translations=())
    return directory_tree


def test_edition_lists_every_public_structure_of_the_language_by_region(structures):
    html, document = render_edition(structures["es"], Locale.objects.get(language_code="es"))
    edition = parse(html)
    assert len(edition.select("article.entry")) == 5  # not the hidden one, not the French-only one
    toc = [(link["href"].removeprefix("#"), link.get_text()) for link in edition.select('li > a[href^="#region-"]')]
    assert all(edition.find(id=anchor) for anchor, _title in toc)
    with translation.override("es"):
        other = translation.gettext("Other locations")
    assert [title for _anchor, title in toc] == ["Cusco (1)", "Lima (3)", f"{other} (1)"]
    assert f"{timezone.localdate().year}" in visible_text(edition)
    # Cover, contents, then one section per region starting on its own page.
    assert len(document.pages) >= 2 + len(toc)


def test_edition_pdf_url(client, structures):
    with translation.override("fr"):
        response = client.get("/fr/annuaire/edition.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    with translation.override("fr"):
        assert client.get("/fr/nowhere/edition.pdf").status_code == 404
