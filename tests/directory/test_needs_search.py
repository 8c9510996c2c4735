"""Open needs in the directory search: the filter (page, API, exports, printed selection), the result cards,
the language switcher keeping the search, the phone filter panel and long filter groups."""

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone, translation
from pypdf import PdfReader

from directory.factories import AreaOfWorkFactory
from directory.search.indexing import sync_all
from tests.directory.factories import VolunteerNeedFactory, structure
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory_with_needs(sample_structure):
    other = structure(name="Casa Verde", slug="casa-verde", schemes=["sci"])
    filled = structure(name="Pachamama", slug="pachamama", schemes=["vsi"])
    VolunteerNeedFactory(structure=sample_structure, profile="Animateur·rice", schemes=["sci"])
    VolunteerNeedFactory(structure=filled, profile="Déjà pourvu", status="filled")
    VolunteerNeedFactory(structure=other, profile="Expiré", starts_on=timezone.localdate() - timedelta(days=2))
    sync_all()
    return sample_structure


def get(client, url, language="fr"):
    with translation.override(language):
        return client.get(url)


def document(response):
    assert response.status_code == 200
    return parse(response.content)


def titles(page):
    return [title.get_text(strip=True) for title in page.select(".search-result__title")]


@pytest.mark.parametrize("language, url", [("fr", "/fr/annuaire/"), ("es", "/es/directorio/"),
                                           ("en", "/en/directory/")])
def test_the_open_needs_filter_keeps_structures_with_a_current_need(client, directory_with_needs, language, url):
    everything = document(get(client, url, language))
    assert sorted(titles(everything)) == ["Casa Verde", "Mano a Mano", "Pachamama"]
    box = everything.find("input", attrs={"name": "needs"})
    assert box["value"] == "open" and not box.has_attr("checked")
    filtered = document(get(client, url + "?needs=open", language))
    assert titles(filtered) == ["Mano a Mano"]
    assert filtered.find("input", attrs={"name": "needs"}).has_attr("checked")
    card = filtered.select_one(".search-result__needs")
    assert "Animateur·rice" in card.get_text()


def test_a_need_that_closes_drops_out_of_the_search_by_itself(client, directory_with_needs):
    need = directory_with_needs.volunteer_needs.get()
    need.open_until = need.starts_on = timezone.localdate() - timedelta(days=1)
    need.save()
    assert titles(document(get(client, "/fr/annuaire/?needs=open"))) == []


def test_the_language_switcher_leads_to_the_same_search(client, directory_with_needs):
    page = document(get(client, "/fr/annuaire/?needs=open&scheme=sci&sort=name"))
    switcher = page.select_one("nav.language-switcher")
    links = {link["hreflang"]: link["href"] for link in switcher.select("a[hreflang]")}
    assert links == {"es": "/es/directorio/?scheme=sci&needs=open&sort=name",
                     "en": "/en/directory/?scheme=sci&needs=open&sort=name"}
    spanish = document(get(client, links["es"], "es"))
    assert titles(spanish) == ["Mano a Mano"]
    assert spanish.find("input", attrs={"name": "needs"}).has_attr("checked")
    assert spanish.find("input", attrs={"name": "scheme", "value": "sci"}).has_attr("checked")


def test_feed_and_exports_follow_the_search(client, directory_with_needs):
    page = document(get(client, "/en/directory/?needs=open"))
    exports = {link.get_text(strip=True): link["href"] for link in page.select(".search-exports a")}
    assert exports["CSV"] == "/api/v1/directory/export.csv?lang=en&needs=open"
    rss = page.find("link", attrs={"type": "application/rss+xml"})
    assert "needs=open" in rss["href"]


def test_phone_filters_fold_behind_one_button_that_counts_them(client, directory_with_needs):
    page = document(get(client, "/fr/annuaire/?needs=open&scheme=sci"))
    panel = page.select_one("form.directory-search details.filters-panel")
    assert panel.summary.get_text(strip=True) == "Filtres (2)"
    assert panel.find(id="search-facets") is not None
    assert panel.select_one(".directory-search__actions button[type=submit]").get_text(strip=True) == \
        "Afficher 1 résultat"
    # The results come right after the panel, not after every filter group.
    assert panel.find_next_sibling(class_="directory-search__results") is not None


def test_long_filter_groups_show_their_first_values_and_unfold_the_rest(client, directory_tree, education):
    areas = [AreaOfWorkFactory(name=f"Domaine {letter}", slug=f"domaine-{letter}") for letter in "abcdefghi"]
    structure(name="Mano a Mano", slug="mano-a-mano", areas=[education, *areas])
    sync_all()
    group = document(get(client, "/fr/annuaire/?area=domaine-i")).find(id="facet-area")
    shown = group.select(":scope > ul.facet__values > li")
    folded = group.select("details.facet__more li")
    assert len(shown) == 6 and len(shown) + len(folded) == 10
    more = group.select_one("details.facet__more")
    assert more.has_attr("open")  # a chosen value is never hidden
    assert more.summary.get_text(" ", strip=True).startswith("Afficher les 10 valeurs")


def test_api_lists_open_needs_and_filters_on_them(client, directory_with_needs):
    payload = client.get("/api/v1/directory/?lang=es&needs=open").json()
    assert payload["count"] == 1
    [result] = payload["results"]
    assert result["name"] == "Mano a Mano"
    [need] = result["open_needs"]
    assert need["profile"] == "Animateur·rice" and need["schemes"] == ["sci"] and need["text_language"] == "fr"
    others = client.get("/api/v1/directory/?lang=es&q=pachamama").json()["results"]
    assert [result["open_needs"] for result in others] == [[]]


def test_csv_export_has_a_column_of_open_needs(client, directory_with_needs):
    response = client.get("/api/v1/directory/export.csv?lang=fr&sort=name")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    column = rows[0].index("Besoins d'accueil ouverts")
    by_name = {row[0]: row[column] for row in rows[1:]}
    assert by_name["Mano a Mano"].startswith("Animateur·rice")
    assert by_name["Pachamama"] == "" and by_name["Casa Verde"] == ""


def test_print_this_selection_states_the_filters_on_its_cover(client, directory_with_needs):
    page = document(get(client, "/fr/annuaire/?needs=open&scheme=sci"))
    link = page.select_one("a.search-print__selection")
    assert link["href"] == "/fr/annuaire/edition.pdf?scheme=sci&needs=open"
    response = get(client, link["href"])
    assert response["Content-Type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(response.content))
    cover = " ".join(pdf.pages[0].extract_text().split())
    assert "une sélection de l'annuaire" in cover
    assert "A des besoins d'accueil ouverts" in cover
    assert "Dispositifs de volontariat" in cover
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert "Mano a Mano" in text and "Pachamama" not in text and "Casa Verde" not in text
    assert "Animateur·rice" in text


def test_elasticsearch_documents_carry_the_closing_dates_and_searches_compare_them_with_today(
        directory_with_needs):
    from directory.search.contract import SearchQuery
    from directory.search.documents import StructureDocument
    from directory.search.elasticsearch import build_search
    from directory.search.structure_records import records_for

    need = directory_with_needs.volunteer_needs.get()
    record = records_for([directory_with_needs.translation_key])[str(directory_with_needs.translation_key)]
    assert StructureDocument.from_record(record).to_dict()["needs_open_until"] == [need.closes_on]
    search = build_search(SearchQuery.build(filters={"needs": ["open"]}), "directory").to_dict()
    assert {"range": {"needs_open_until": {"gte": "now/d"}}} in search["query"]["bool"]["filter"]
