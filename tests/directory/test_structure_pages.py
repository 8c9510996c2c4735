"""The public structure page, the regional overview, and the home page's directory link."""

import re

import pytest
from django.utils import translation

from directory.models import HostStructure, Region
from tests.directory.factories import structure

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
    response = get(client, url, language)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Mano a Mano" in html
    assert presentation in html
    assert f"<li>{area}</li>" in html
    for other in other_urls:  # hreflang alternates and the language switcher point at the same structure
        assert f'hreflang="{other.split("/")[1]}" href="http://testserver{other}"' in html


def test_hosting_record_is_a_table_by_year_and_scheme(client, sample_structure):
    html = get(client, "/fr/annuaire/mano-a-mano/", "fr").content.decode()
    table = html[html.index('<table class="hosting-table">'):html.index("</table>")]
    rows = re.findall(r"<tr><th scope=\"row\">(\d{4})</th>(.*?)</tr>", table)
    assert [year for year, _cells in rows] == ["2024", "2023"]
    cells_2024 = re.findall(r"<td>([^<]*)</td>", rows[0][1])
    assert cells_2024 == ["4", "4", "6", "14"]  # VSI, SCI, outside schemes, total


def test_map_marks_the_structure_region_and_links_to_the_filtered_directory(client, sample_structure):
    html = get(client, "/fr/annuaire/mano-a-mano/", "fr").content.decode()
    current = re.search(r'<a href="([^"]+)" class="[^"]*region-map__region--current">\s*<title>([^<]+)</title>', html)
    assert current and current.group(2).strip() == "Cusco"
    assert current.group(1) == "/fr/annuaire/?region=PE-CUS"


def test_hidden_or_missing_structures_are_not_found(client, sample_structure):
    HostStructure.objects.filter(translation_key=sample_structure.translation_key).update(is_public=False)
    assert get(client, "/fr/annuaire/mano-a-mano/", "fr").status_code == 404
    assert get(client, "/fr/annuaire/nobody/", "fr").status_code == 404


def test_similar_structures_share_areas_or_region(client, sample_structure, education):
    lima = Region.objects.get(code="PE-LIM")
    structure(name="Same Area Lima", slug="same-area", region=lima, areas=[education], translations=())
    structure(name="Same Region", slug="same-region", translations=())
    structure(name="Unrelated", slug="unrelated", region=lima, translations=())
    html = get(client, "/fr/annuaire/mano-a-mano/", "fr").content.decode()
    similar = html[html.index('id="similar-title"'):]
    assert "Same Area Lima" in similar and "Same Region" in similar
    assert "Unrelated" not in similar
    assert similar.index("Same Area Lima") < similar.index("Same Region")  # shared areas first


def test_portraits_of_hosted_volunteers_in_the_reader_language(client, sample_structure, site_tree):
    from news import factories as news

    index = news.PortraitIndexPageFactory(parent=site_tree["fr"])
    news.PortraitPageFactory(parent=index, first_name="Capucine", last_name="V.", host_structure=sample_structure)
    news.PortraitPageFactory(parent=index, first_name="Other", last_name="Person")
    html = get(client, "/fr/annuaire/mano-a-mano/", "fr").content.decode()
    assert "Capucine V." in html
    assert "Other Person" not in html


def test_regional_overview_counts_and_links(client, directory_tree):
    lima = Region.objects.get(code="PE-LIM")
    for index in range(3):
        structure(name=f"Lima {index}", slug=f"lima-{index}", region=lima, translations=("es",))
    structure(name="Cusco 1", slug="cusco-1", translations=("es",))
    structure(name="Hidden", slug="hidden", region=lima, is_public=False, translations=("es",))
    html = get(client, "/es/directorio/mapa/", "es").content.decode()
    assert '<a href="/es/directorio/?region=PE-LIM">Lima</a></th><td>3</td>' in html
    assert '<a href="/es/directorio/?region=PE-CUS">Cusco</a></th><td>1</td>' in html
    # The most structures, the darkest shade; regions without structures are not links in the table.
    assert re.search(r'href="/es/directorio/\?region=PE-LIM" class="region-map__region region-map__region--shade-4',
                     html)
    assert "<th scope=\"row\">Tacna</th><td>0</td>" in html


def test_home_page_links_to_the_directory(client, directory_tree):
    from home.sections import home_sections

    assert home_sections(directory_tree["es"].get_parent().specific, None)["directory_page"].pk == directory_tree["es"].pk
