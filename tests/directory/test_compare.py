"""The compare page (/fr/annuaire/comparer/?s=a&s=b) and the controls that lead to it."""

import pytest
from django.utils import translation

from directory.models import HostStructure, Region
from directory.factories import AreaOfWorkFactory, WorkLanguageFactory
from tests.directory.factories import structure, translate_term
from tests.html import hrefs, inline_scripts, meta, parse, text_of, texts, visible_text

pytestmark = pytest.mark.django_db


class Table:
    """The compare table as a screen reader announces it: column headers, then each row's header and cells."""

    def __init__(self, document):
        table = document.select_one("table")
        assert table is not None
        self.columns = texts(table, "th[scope=col]")
        self.rows = [row for row in ([text_of(cell) for cell in tr.find_all(["th", "td"]) if cell.get("scope") != "col"]
                                     for tr in table.select("tr"))
                     if row and row[0]]  # not the header row's empty corner


def get(client, url, language="fr"):
    with translation.override(language):
        return client.get(url)


@pytest.fixture
def two_structures(directory_tree, education):
    quechua = WorkLanguageFactory()
    translate_term(quechua, es="Quechua", en="Quechua")
    health = AreaOfWorkFactory(name="Santé", slug="sante")
    translate_term(health, es="Salud", en="Health")
    first = structure(name="Mano a Mano", slug="mano-a-mano", areas=[education], schemes=["vsi", "sci"],
                      records=[(2024, "vsi", 4), (2024, "sci", 2), (2022, "vsi", 1)], accommodation="host-family",
                      minimum_stay_months=6, website="https://manoamano.example.org/", status="hosting")
    first.work_languages.set([quechua])
    first.save()
    second = structure(name="Ayllu Salud", slug="ayllu-salud", areas=[health], schemes=["chantier"],
                       region=Region.objects.get(code="PE-LIM"), city="Lima", status="prospected")
    return first, second


def test_two_structures_side_by_side_with_a_row_per_criterion(client, two_structures):
    document = parse(get(client, "/fr/annuaire/comparer/?s=mano-a-mano&s=ayllu-salud"))
    table = Table(document)
    assert table.columns == ["Mano a Mano", "Ayllu Salud"]
    rows = {row[0]: row[1:] for row in table.rows}
    assert list(rows) == ["Région et ville", "Domaines d'action", "Dispositifs", "Langues de travail",
                          "Hébergement", "Durée minimale de mission", "Volontaires accueillis", "Statut", "Liens"]
    assert rows["Région et ville"] == ["Cusco, Cusco", "Lima, Lima"]
    assert rows["Domaines d'action"] == ["Éducation", "Santé"]
    assert rows["Hébergement"] == ["Famille d'accueil", "–"]
    assert rows["Durée minimale de mission"] == ["6 mois", "–"]
    assert rows["Volontaires accueillis"] == ["2024 : 6 volontaires 2022 : 1 volontaire", "Aucun enregistré"]
    assert rows["Langues de travail"] == ["Quechua", "–"]
    links = hrefs(document.select_one("table"))
    assert "/fr/annuaire/mano-a-mano/" in links and "https://manoamano.example.org/" in links
    assert meta(document, "robots") == "noindex, follow"
    # The table scrolls in its own box at 360 px; that box is focusable and named, for keyboard users.
    scroll = document.select_one("table").find_parent("div", class_="compare__scroll")
    assert scroll is not None and "table-scroll" in scroll["class"]
    assert (scroll["tabindex"], scroll["role"], scroll["aria-labelledby"]) == ("0", "region", "compare-caption")
    assert document.select_one("#compare-caption") is not None


def test_spanish_page_shows_spanish_names_and_links_to_the_other_languages(client, two_structures):
    document = parse(get(client, "/es/directorio/comparar/?s=ayllu-salud&s=mano-a-mano", "es"))
    table = Table(document)
    assert table.columns == ["Ayllu Salud", "Mano a Mano"]  # in the order asked for
    assert ["Áreas de trabajo", "Salud", "Educación"] in table.rows
    assert "/es/directorio/mano-a-mano/" in hrefs(document.select_one("table"))
    alternates = {link["hreflang"]: link["href"] for link in document.select("link[rel=alternate][hreflang]")}
    assert alternates["fr"] == "http://testserver/fr/annuaire/comparer/?s=ayllu-salud&s=mano-a-mano"
    assert alternates["en"] == "http://testserver/en/directory/compare/?s=ayllu-salud&s=mano-a-mano"


@pytest.mark.parametrize("query, message", [
    ("?s=mano-a-mano&s=nobody", "Cette structure n'est pas dans l'annuaire : « nobody »."),
    ("?s=mano-a-mano", "Choisissez au moins deux structures"),
    ("", "Choisissez au moins deux structures"),
    ("?s=mano-a-mano&s=%3Cscript%3E", "« <script> »"),
    ("?s=" + "x" * 5000 + "&s=mano-a-mano", "n'est pas dans l'annuaire"),
    ("?" + "&".join(f"s=slug-{n}" for n in range(300)), "ne sont pas dans l'annuaire"),
    ("?s=mano-a-mano&s=mano-a-mano", "Choisissez au moins deux structures"),  # the same one twice
])
def test_bad_requests_get_a_message_and_status_400(client, two_structures, query, message):
    document = parse(get(client, "/fr/annuaire/comparer/" + query), status=400)
    assert message in text_of(document, "[role=alert]")
    assert not inline_scripts(document.select_one("main"))  # a slug typed as markup stays text
    assert "/fr/annuaire/" in hrefs(document.select_one("main"))  # a way back to choose again


def test_hidden_and_untranslated_structures_are_unknown(client, two_structures, education):
    structure(name="Private", slug="private", is_public=False, translations=("es", "en"))
    structure(name="French only", slug="french-only", translations=())
    document = parse(get(client, "/es/directorio/comparar/?s=mano-a-mano&s=private&s=french-only", "es"), status=400)
    assert not document.select("table")  # one structure left: nothing to compare
    alert = text_of(document, "[role=alert]")
    assert "« private »" in alert and "« french-only »" in alert
    assert HostStructure.objects.filter(slug="private").count() == 3  # it exists, in Spanish too, but hidden


def test_more_than_four_shows_the_first_four_with_a_message(client, directory_tree):
    for number in range(5):
        structure(name=f"Structure {number}", slug=f"structure-{number}", translations=())
    query = "&".join(f"s=structure-{number}" for number in range(5))
    document = parse(get(client, f"/fr/annuaire/comparer/?{query}"), status=400)
    assert "Vous pouvez comparer au plus 4 structures" in text_of(document, "[role=alert]")
    assert Table(document).columns == [f"Structure {number}" for number in range(4)]


def test_a_column_can_be_removed_while_two_remain(client, directory_tree):
    for number in range(3):
        structure(name=f"Structure {number}", slug=f"structure-{number}", translations=())
    document = parse(get(client, "/fr/annuaire/comparer/?s=structure-0&s=structure-1&s=structure-2"))
    removals = [link["href"] for link in document.select("table a[href]")
                if text_of(link).startswith("Retirer de la comparaison")]
    assert removals[0] == "/fr/annuaire/comparer/?s=structure-1&s=structure-2" and len(removals) == 3
    document = parse(get(client, "/fr/annuaire/comparer/?s=structure-0&s=structure-1"))
    assert "Retirer de la comparaison" not in visible_text(document)


def test_result_cards_tick_structures_into_the_compare_form(client, two_structures):
    from directory.search.indexing import sync_all

    sync_all()
    document = parse(get(client, "/fr/annuaire/"))
    (compare,) = document.select("form#directory-compare")
    assert (compare["method"], compare["action"], compare.has_attr("hidden")) == ("get", "/fr/annuaire/comparer/", True)
    assert not compare.find_all(True)  # empty: the boxes and the button join it through their form attribute
    boxes = document.select('input[type=checkbox][name=s][form="directory-compare"]')
    assert sorted(box["value"] for box in boxes) == ["ayllu-salud", "mano-a-mano"]
    assert all(box["id"].startswith("compare-") and document.select_one(f'label[for="{box["id"]}"]') for box in boxes)
    assert document.select('button[type=submit][form="directory-compare"]')
    # Outside the search form: submitting the search never sends the compare boxes.
    search_form = document.select_one("form.directory-search")
    assert search_form is not None and not search_form.select("form#directory-compare")
    assert compare.find_parent("form") is None


def test_structure_page_offers_to_compare_with_similar_structures(client, two_structures, education):
    structure(name="Same Area", slug="same-area", areas=[education], translations=())
    form = parse(get(client, "/fr/annuaire/mano-a-mano/")).select_one("form.compare-with")
    assert form["action"] == "/fr/annuaire/comparer/"
    assert [field["value"] for field in form.select("input[type=hidden][name=s]")] == ["mano-a-mano"]
    assert "same-area" in [field["value"] for field in form.select("input[name=s]:not([type=hidden])")]
    assert text_of(form, "legend") == "Comparer Mano a Mano avec :"
