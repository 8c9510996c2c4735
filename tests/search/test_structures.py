"""Host structures of the directory appear in the site search and its suggestions, public ones only."""

import pytest
from wagtail.models import Locale

from tests.html import parse, texts

from tests.html import anywhere, hrefs, links, parse, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(site_tree, django_capture_on_commit_callbacks):
    from directory.models import DirectoryIndexPage, HostStructure

    from tests.factories import translate_page

    index = site_tree["fr"].add_child(instance=DirectoryIndexPage(title="Annuaire", slug="annuaire"))
    index.save_revision().publish()
    translate_page(index, "es", title="Directorio", slug="directorio")
    french, spanish = (Locale.objects.get(language_code=code) for code in ("fr", "es"))
    # The directory indexes a structure when the transaction that saved it commits.
    with django_capture_on_commit_callbacks(execute=True):
        mano = HostStructure.objects.create(locale=french, name="Mano a Mano", slug="mano-a-mano", city="Cusco",
                                            short_description="Éducation des enfants à Cusco.")
        HostStructure.objects.create(locale=spanish, name="Mano a Mano", slug="mano-a-mano", city="Cusco",
                                     translation_key=mano.translation_key,
                                     short_description="Educación de niños en Cusco.")
        HostStructure.objects.create(locale=french, name="Structure cachée Cusco", slug="cachee", is_public=False,
                                     short_description="Cusco, en attente de validation.")
    return index


def test_structures_are_found_with_their_type(client, directory):
    document = parse(client.get("/es/buscar/", {"q": "educacion cusco"}))
    assert links(document, ".search-result__title a")["Mano a Mano"] == "/es/directorio/mano-a-mano/"
    assert [href for href in hrefs(document, ".search-kinds a[href]") if "type=directory.hoststructure" in href]
    document = parse(client.get("/fr/recherche/", {"q": "cusco"}))
    assert "Mano a Mano" in links(document, ".search-result__title a")
    assert not anywhere(document, "Structure cachée")
    assert text_of(document, ".search-summary").startswith("1 résultat")


def test_structure_named_by_the_query_comes_first(client, directory, site_tree):
    from tests.factories import content_page

    content_page(site_tree["fr"], "Visite de Mano a Mano", lead="Mano a Mano reçoit l'ambassadrice.")
    document = parse(client.get("/fr/recherche/", {"q": "mano a mano", "type": ""}))
    results = list(links(document, "ol.search-results .search-result__title a").items())
    assert results[0] == ("Mano a Mano", "/fr/annuaire/mano-a-mano/") and results[1][0] == "Visite de Mano a Mano"


def test_structures_are_suggested(client, directory):
    data = client.get("/fr/recherche/suggestions/", {"q": "mano"}).json()
    assert [(item["title"], item["url"]) for item in data["suggestions"]] == [
        ("Mano a Mano", "/fr/annuaire/mano-a-mano/")]
    assert data["suggestions"][0]["kind"]
    assert client.get("/fr/recherche/suggestions/", {"q": "struct"}).json()["suggestions"] == []


def test_no_structures_without_a_public_directory_page(client, directory):
    directory.unpublish()
    assert not anywhere(parse(client.get("/fr/recherche/", {"q": "cusco"})), "Mano a Mano")


def result_titles(response):
    return texts(parse(response), "ol.search-results .search-result__title a")


def test_a_structure_without_a_row_in_the_readers_language_is_left_out(client, directory,
                                                                      django_capture_on_commit_callbacks):
    """Its page would not exist in that language: the directory's search answers in the reader's language only."""
    from directory.models import HostStructure

    with django_capture_on_commit_callbacks(execute=True):
        HostStructure.objects.create(locale=Locale.objects.get(language_code="fr"), name="Maison Inti",
                                     slug="maison-inti", city="Cusco", short_description="Un atelier à Cusco.")
    assert sorted(result_titles(client.get("/fr/recherche/", {"q": "cusco"}))) == ["Maison Inti", "Mano a Mano"]
    assert result_titles(client.get("/es/buscar/", {"q": "cusco"})) == ["Mano a Mano"]
    suggestions = client.get("/es/buscar/sugerencias/", {"q": "mai"}).json()["suggestions"]
    assert suggestions == []


def test_structures_come_from_the_directorys_index_not_wagtails(client, directory):
    from wagtail.search.index import class_is_indexed

    from directory.models import HostStructure, StructureSearchEntry

    assert not class_is_indexed(HostStructure)
    assert result_titles(client.get("/fr/recherche/", {"q": "cusco"})) == ["Mano a Mano"]
    StructureSearchEntry.objects.all().delete()  # the directory's index emptied: nothing left to find
    assert result_titles(client.get("/fr/recherche/", {"q": "cusco"})) == []


def test_the_admin_still_searches_structures(admin_client, directory):
    """Not in Wagtail's index, structures are searched on their rows: in the listing and in the chooser."""
    from django.urls import reverse

    listing = parse(admin_client.get("/admin/snippets/directory/hoststructure/", {"q": "cachée"}))
    assert texts(listing, "table tbody td.title .title-wrapper a") == ["Structure cachée Cusco"]

    def chosen(**params):
        chooser = admin_client.get(reverse("wagtailsnippetchoosers_directory_hoststructure:choose_results"), params)
        return texts(parse(chooser), "table tbody td.title .title-wrapper a")

    assert chosen(q="mano") == ["Mano a Mano", "Mano a Mano"]  # the French and the Spanish rows
    assert chosen(q="mano", locale="es") == ["Mano a Mano"]
    assert chosen(q="cachée") == ["Structure cachée Cusco"]
