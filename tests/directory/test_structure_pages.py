"""The public structure page, the regional overview, and the home page's directory link."""

import pytest
from django.utils import translation

from directory.models import HostStructure, Region
from tests.directory.factories import structure
from tests.html import anywhere, parse, text_of, texts, visible_text

pytestmark = pytest.mark.django_db


def get(client, url, language):
    with translation.override(language):
        return client.get(url)


@pytest.mark.parametrize("language, url, presentation, area, other_urls", [
    ("fr", "/fr/annuaire/mano-a-mano/", "Présentation française", "Éducation",
     ["/es/directorio/mano-a-mano/", "/en/directory/mano-a-mano/"]),
    ("es", "/es/directorio/mano-a-mano/", "Presentación española", "Educación",
     ["/fr/annuaire/mano-a-mano/", "/en/directory/mano-a-mano/"]),
    ("en", "/en/directory/mano-a-mano/", "English presentation", "Education",
     ["/fr/annuaire/mano-a-mano/", "/es/directorio/mano-a-mano/"]),
])
def test_structure_page_in_each_language(client, sample_structure, language, url, presentation, area, other_urls):
    document = parse(get(client, url, language))
    assert text_of(document, "h1").startswith("Mano a Mano")
    assert presentation in visible_text(document.select_one("main"))
    assert area in texts(document, "main li")
    alternates = {link["hreflang"]: link["href"] for link in document.select("head link[rel=alternate][hreflang]")}
    switcher = {link["hreflang"]: link["href"] for link in document.select("body a[hreflang]")}
    for other in other_urls:  # hreflang alternates and the language switcher point at the same structure
        assert alternates[other.split("/")[1]] == f"http://testserver{other}"
        assert switcher[other.split("/")[1]].endswith(other)


def test_a_change_to_a_structure_shows_at_once_on_its_cached_page(client, sample_structure):
    """The page is drawn from fragments keyed by the content version: saving the structure replaces them, and
    a structure taken out of the directory is a 404 at once."""
    url = "/fr/annuaire/mano-a-mano/"
    assert text_of(parse(get(client, url, "fr")), "h1").startswith("Mano a Mano")
    sample_structure.name = "Mano a Mano Cusco"
    sample_structure.save()
    document = parse(get(client, url, "fr"))
    assert text_of(document, "h1").startswith("Mano a Mano Cusco")
    assert text_of(document, "title").startswith("Mano a Mano Cusco")
    HostStructure.objects.filter(pk=sample_structure.pk).update(is_public=False)
    sample_structure.refresh_from_db()
    sample_structure.save()  # what the admin does: a save, which is a content change
    assert get(client, url, "fr").status_code == 404


def test_hosting_record_is_a_table_by_year_and_scheme(client, sample_structure):
    table = parse(get(client, "/fr/annuaire/mano-a-mano/", "fr")).select_one("table.hosting-table")
    rows = [(text_of(row, "th[scope=row]"), texts(row, "td")) for row in table.select("tr") if row.select("td")]
    assert [year for year, _cells in rows] == ["2024", "2023"]
    assert rows[0][1] == ["4", "4", "6", "14"]  # VSI, SCI, outside schemes, total


def test_map_marks_the_structure_region_and_links_to_the_filtered_directory(client, sample_structure):
    (current,) = parse(get(client, "/fr/annuaire/mano-a-mano/", "fr")).select("a.region-map__region--current")
    assert text_of(current, "title") == "Cusco"
    assert current["href"] == "/fr/annuaire/?region=PE-CUS"


def test_hidden_or_missing_structures_are_not_found(client, sample_structure):
    HostStructure.objects.filter(translation_key=sample_structure.translation_key).update(is_public=False)
    assert get(client, "/fr/annuaire/mano-a-mano/", "fr").status_code == 404
    assert get(client, "/fr/annuaire/nobody/", "fr").status_code == 404


def test_similar_structures_share_areas_or_region(client, sample_structure, education):
    lima = Region.objects.get(code="PE-LIM")
    structure(name="Same Area Lima", slug="same-area", region=lima, areas=[education], translations=())
    structure(name="Same Region", slug="same-region", translations=())
    structure(name="Unrelated", slug="unrelated", region=lima, translations=())
    document = parse(get(client, "/fr/annuaire/mano-a-mano/", "fr"))
    similar = visible_text(document.select_one('section[aria-labelledby="similar-title"]'))
    assert "Same Area Lima" in similar and "Same Region" in similar
    assert not anywhere(document, "Unrelated")
    assert similar.index("Same Area Lima") < similar.index("Same Region")  # shared areas first


def test_portraits_of_hosted_volunteers_in_the_reader_language(client, sample_structure, site_tree):
    from news import factories as news

    index = news.PortraitIndexPageFactory(parent=site_tree["fr"])
    news.PortraitPageFactory(parent=index, first_name="Capucine", last_name="V.", host_structure=sample_structure)
    news.PortraitPageFactory(parent=index, first_name="Other", last_name="Person")
    document = parse(get(client, "/fr/annuaire/mano-a-mano/", "fr"))
    assert "Capucine V." in visible_text(document.select_one("main"))
    assert not anywhere(document, "Other Person")


def test_regional_overview_counts_and_links(client, directory_tree):
    lima = Region.objects.get(code="PE-LIM")
    for index in range(3):
        structure(name=f"Lima {index}", slug=f"lima-{index}", region=lima, translations=("es",))
    structure(name="Cusco 1", slug="cusco-1", translations=("es",))
    structure(name="Hidden", slug="hidden", region=lima, is_public=False, translations=("es",))
    document = parse(get(client, "/es/directorio/mapa/", "es"))
    rows = {text_of(row, "th[scope=row]"): (row.select_one("th[scope=row] a"), text_of(row, "td"))
            for row in document.select("table tr") if row.select("th[scope=row]")}
    assert rows["Lima"][0]["href"] == "/es/directorio/?region=PE-LIM" and rows["Lima"][1] == "3"
    assert rows["Cusco"][0]["href"] == "/es/directorio/?region=PE-CUS" and rows["Cusco"][1] == "1"
    # The most structures, the darkest shade; regions without structures are not links in the table.
    (lima,) = document.select('a.region-map__region[href="/es/directorio/?region=PE-LIM"]')
    assert "region-map__region--shade-4" in lima["class"]
    assert rows["Tacna"] == (None, "0")


def test_home_page_links_to_the_directory(client, directory_tree):
    from home.sections import home_sections

    assert home_sections(directory_tree["es"].get_parent().specific, None)["directory_page"].pk == directory_tree["es"].pk
