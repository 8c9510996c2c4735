"""The site search on the test cluster (tests/cluster.py): one index per language with that language's
analyzer, pages found as soon as they are published, and the database answering when the cluster cannot."""

import time

import pytest
from django.core.management import call_command
from lxml import html

from search.backends import backend_for
from search.backends.analysis import LANGUAGE_CHAINS
from tests.factories import content_page

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


def read(client, url, query):
    """(result titles, alert texts) of a search page, as a reader sees them."""
    page = html.fromstring(client.get(url, {"q": query}).content)
    titles = [" ".join(link.text_content().split()) for link in page.xpath(
        '//*[contains(concat(" ", @class, " "), " search-result__title ")]/a')]
    alerts = [" ".join(alert.text_content().split()) for alert in page.xpath('//*[@role="alert"]')]
    return titles, alerts


def titles(client, url, query):
    return read(client, url, query)[0]


@pytest.fixture
def forms(site_tree):
    from tests.factories import translate_page

    page = content_page(site_tree["fr"], "Devenir volontaire", slug="devenir",
                        lead="Chaque volontaire prépare sa mission de réciprocité.")
    translate_page(page, "es", title="Ser voluntario", slug="ser",
                   lead="Las reciprocidades y los voluntariados en el Perú.")
    translate_page(page, "en", title="Volunteering", slug="volunteering",
                   lead="Every volunteer gets ready for reciprocity.")
    return page


@pytest.fixture
def indexed_forms(cluster, forms):
    call_command("update_index", verbosity=0)
    return forms


def test_each_language_has_its_index_and_analyzer(indexed_forms, cluster):
    for language, chain in LANGUAGE_CHAINS.items():
        backend = backend_for(language)
        assert backend.index_prefix.endswith(f"_site_{language}_")
        index = backend.get_index_for_model(type(indexed_forms)).name
        settings = cluster.client().indices.get_settings(index=index)
        (index_settings,) = settings.values()
        analysis = index_settings["settings"]["index"]["analysis"]
        assert analysis["analyzer"]["default"]["filter"] == chain


@pytest.mark.parametrize("url, query, expected", [
    ("/fr/recherche/", "volontaires reciprocite", "Devenir volontaire"),
    ("/fr/recherche/", "Réciprocité", "Devenir volontaire"),
    ("/es/buscar/", "reciprocidad", "Ser voluntario"),
    ("/es/buscar/", "Perú voluntariados", "Ser voluntario"),
    ("/en/search/", "volunteers", "Volunteering"),
])
def test_word_forms_and_accents_on_the_cluster(client, indexed_forms, url, query, expected):
    assert titles(client, url, query) == [expected]


def test_a_published_page_is_found_at_once(client, site_tree, indexed_forms):
    content_page(site_tree["fr"], "Chantier de solidarité à Cusco", slug="chantier",
                 lead="Un chantier international de jeunes.")
    deadline = time.monotonic() + 1
    while titles(client, "/fr/recherche/", "chantier cusco") != ["Chantier de solidarité à Cusco"]:
        assert time.monotonic() < deadline, "the published page was not found within a second"
        time.sleep(0.05)


def test_a_cluster_that_stops_answering_leaves_the_database_to_answer(client, indexed_forms, cluster_proxy,
                                                                      caplog):
    assert titles(client, "/fr/recherche/", "reciprocite") == ["Devenir volontaire"]

    cluster_proxy.stop_answering()
    found, alerts = read(client, "/fr/recherche/", "reciprocite")
    assert found == ["Devenir volontaire"] and alerts == []  # answered by the database, no error shown
    assert "Search cluster unavailable" in caplog.text
    seen = cluster_proxy.requests_seen
    assert titles(client, "/es/buscar/", "reciprocidad") == ["Ser voluntario"]
    assert cluster_proxy.requests_seen == seen  # the open breaker spared this reader the timeout


def test_structures_are_listed_through_the_directorys_cluster_engine(client, cluster, sample_structure):
    """Structures are not in Wagtail's indexes: the site search asks the directory's own cluster index for them."""
    from directory.models import StructureSearchEntry
    from directory.search.rebuild import rebuild_elasticsearch

    rebuild_elasticsearch()
    StructureSearchEntry.objects.all().delete()  # the database index (the fallback) holds nothing now
    assert titles(client, "/fr/recherche/", "association cusco") == ["Mano a Mano"]
    assert titles(client, "/es/buscar/", "asociacion cusco") == ["Mano a Mano"]
    suggestions = client.get("/en/search/suggestions/", {"q": "mano"}).json()["suggestions"]
    assert [(item["title"], item["url"]) for item in suggestions] == [("Mano a Mano", "/en/directory/mano-a-mano/")]
