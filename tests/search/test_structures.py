"""Host structures of the directory appear in the site search and its suggestions, public ones only."""

import pytest
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(site_tree):
    from directory.models import DirectoryIndexPage, HostStructure

    from tests.factories import translate_page

    index = site_tree["fr"].add_child(instance=DirectoryIndexPage(title="Annuaire", slug="annuaire"))
    index.save_revision().publish()
    translate_page(index, "es", title="Directorio", slug="directorio")
    french, spanish = (Locale.objects.get(language_code=code) for code in ("fr", "es"))
    mano = HostStructure.objects.create(locale=french, name="Mano a Mano", slug="mano-a-mano", city="Cusco",
                                        short_description="Éducation des enfants à Cusco.")
    HostStructure.objects.create(locale=spanish, name="Mano a Mano", slug="mano-a-mano", city="Cusco",
                                 translation_key=mano.translation_key,
                                 short_description="Educación de niños en Cusco.")
    HostStructure.objects.create(locale=french, name="Structure cachée Cusco", slug="cachee", is_public=False,
                                 short_description="Cusco, en attente de validation.")
    return index


def test_structures_are_found_with_their_type(client, directory):
    html = client.get("/es/buscar/", {"q": "educacion cusco"}).content.decode()
    assert '<a href="/es/directorio/mano-a-mano/">Mano a Mano</a>' in html
    assert "type=directory.hoststructure" in html
    html = client.get("/fr/recherche/", {"q": "cusco"}).content.decode()
    assert "Mano a Mano" in html
    assert "Structure cachée" not in html
    assert "1 résultat" in html


def test_structure_named_by_the_query_comes_first(client, directory, site_tree):
    from .conftest import content_page

    content_page(site_tree["fr"], "Visite de Mano a Mano", lead="Mano a Mano reçoit l'ambassadrice.")
    html = client.get("/fr/recherche/", {"q": "mano a mano", "type": ""}).content.decode()
    assert html.index("/fr/annuaire/mano-a-mano/") < html.index("Visite de")


def test_structures_are_suggested(client, directory):
    data = client.get("/fr/recherche/suggestions/", {"q": "mano"}).json()
    assert [(item["title"], item["url"]) for item in data["suggestions"]] == [
        ("Mano a Mano", "/fr/annuaire/mano-a-mano/")]
    assert data["suggestions"][0]["kind"]
    assert client.get("/fr/recherche/suggestions/", {"q": "struct"}).json()["suggestions"] == []


def test_no_structures_without_a_public_directory_page(client, directory):
    directory.unpublish()
    html = client.get("/fr/recherche/", {"q": "cusco"}).content.decode()
    assert "Mano a Mano" not in html
