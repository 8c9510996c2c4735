"""The compare page (/fr/annuaire/comparer/?s=a&s=b) and the controls that lead to it."""

import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from directory.models import HostStructure, Region
from directory.factories import AreaOfWorkFactory, WorkLanguageFactory
from tests.directory.factories import structure, translate_term

pytestmark = pytest.mark.django_db


class Table(HTMLParser):
    """The compare table as a screen reader announces it: column headers, then each row's header and cells."""

    def __init__(self, html):
        super().__init__()
        self.columns, self.rows, self._cell, self._text = [], [], None, []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("th", "td"):
            self._cell, self._text = (tag, attrs.get("scope")), []
        if tag == "tr":
            self._row = []

    def handle_data(self, data):
        if self._cell:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell:
            text = " ".join(" ".join(self._text).split())
            if self._cell == ("th", "col"):
                self.columns.append(text)
            else:
                self._row.append(text)
            self._cell = None
        if tag == "tr" and getattr(self, "_row", None) and self._row[0]:  # not the header row's empty corner
            self.rows.append(self._row)
            self._row = []


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
    response = get(client, "/fr/annuaire/comparer/?s=mano-a-mano&s=ayllu-salud")
    assert response.status_code == 200
    html = response.content.decode()
    table = Table(html[html.index("<table"):html.index("</table>") + 8])
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
    assert 'href="/fr/annuaire/mano-a-mano/"' in html and 'href="https://manoamano.example.org/"' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    # The table scrolls in its own box at 360 px; that box is focusable and named, for keyboard users.
    assert re.search(r'<div class="table-scroll compare__scroll" tabindex="0" role="region" '
                     r'aria-labelledby="compare-caption">', html)


def test_spanish_page_shows_spanish_names_and_links_to_the_other_languages(client, two_structures):
    response = get(client, "/es/directorio/comparar/?s=ayllu-salud&s=mano-a-mano", "es")
    assert response.status_code == 200
    html = response.content.decode()
    table = Table(html[html.index("<table"):html.index("</table>") + 8])
    assert table.columns == ["Ayllu Salud", "Mano a Mano"]  # in the order asked for
    assert ["Áreas de trabajo", "Salud", "Educación"] in table.rows
    assert 'href="/es/directorio/mano-a-mano/"' in html
    assert 'hreflang="fr" href="http://testserver/fr/annuaire/comparer/?s=ayllu-salud&amp;s=mano-a-mano"' in html
    assert 'hreflang="en" href="http://testserver/en/directory/compare/?s=ayllu-salud&amp;s=mano-a-mano"' in html


@pytest.mark.parametrize("query, message", [
    ("?s=mano-a-mano&s=nobody", "Cette structure n'est pas dans l'annuaire : « nobody »."),
    ("?s=mano-a-mano", "Choisissez au moins deux structures"),
    ("", "Choisissez au moins deux structures"),
    ("?s=mano-a-mano&s=%3Cscript%3E", "« &lt;script&gt; »"),
    ("?s=" + "x" * 5000 + "&s=mano-a-mano", "n'est pas dans l'annuaire"),
    ("?" + "&".join(f"s=slug-{n}" for n in range(300)), "ne sont pas dans l'annuaire"),
    ("?s=mano-a-mano&s=mano-a-mano", "Choisissez au moins deux structures"),  # the same one twice
])
def test_bad_requests_get_a_message_and_status_400(client, two_structures, query, message):
    response = get(client, "/fr/annuaire/comparer/" + query)
    assert response.status_code == 400
    html = response.content.decode().replace("&#x27;", "'")
    assert message in html
    assert 'role="alert"' in html
    assert 'href="/fr/annuaire/"' in html  # a way back to choose again


def test_hidden_and_untranslated_structures_are_unknown(client, two_structures, education):
    structure(name="Private", slug="private", is_public=False, translations=("es", "en"))
    structure(name="French only", slug="french-only", translations=())
    response = get(client, "/es/directorio/comparar/?s=mano-a-mano&s=private&s=french-only", "es")
    assert response.status_code == 400
    html = response.content.decode()
    assert "<table" not in html  # one structure left: nothing to compare
    assert "« private »" in html and "« french-only »" in html
    assert HostStructure.objects.filter(slug="private").count() == 3  # it exists, in Spanish too, but hidden


def test_more_than_four_shows_the_first_four_with_a_message(client, directory_tree):
    for number in range(5):
        structure(name=f"Structure {number}", slug=f"structure-{number}", translations=())
    query = "&".join(f"s=structure-{number}" for number in range(5))
    response = get(client, f"/fr/annuaire/comparer/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vous pouvez comparer au plus 4 structures" in html
    assert Table(html[html.index("<table"):]).columns == [f"Structure {number}" for number in range(4)]


def test_a_column_can_be_removed_while_two_remain(client, directory_tree):
    for number in range(3):
        structure(name=f"Structure {number}", slug=f"structure-{number}", translations=())
    html = get(client, "/fr/annuaire/comparer/?s=structure-0&s=structure-1&s=structure-2").content.decode()
    assert 'href="/fr/annuaire/comparer/?s=structure-1&amp;s=structure-2">Retirer de la comparaison' in html
    html = get(client, "/fr/annuaire/comparer/?s=structure-0&s=structure-1").content.decode()
    assert "Retirer de la comparaison" not in html


def test_result_cards_tick_structures_into_the_compare_form(client, two_structures):
    from directory.search.indexing import sync_all

    sync_all()
    html = get(client, "/fr/annuaire/").content.decode()
    assert '<form id="directory-compare" method="get" action="/fr/annuaire/comparer/" hidden></form>' in html
    boxes = re.findall(r'<input type="checkbox" name="s" value="([^"]+)" id="compare-[^"]+" form="directory-compare">',
                       html)
    assert sorted(boxes) == ["ayllu-salud", "mano-a-mano"]
    assert re.search(r'<button type="submit" class="button button--secondary" form="directory-compare">', html)
    # Outside the search form: submitting the search never sends the compare boxes.
    search_form = html[html.index("<form class=\"directory-search\""):]
    assert search_form.index("</form>") < search_form.index('<form id="directory-compare"')


def test_structure_page_offers_to_compare_with_similar_structures(client, two_structures, education):
    structure(name="Same Area", slug="same-area", areas=[education], translations=())
    html = get(client, "/fr/annuaire/mano-a-mano/").content.decode().replace("&#x27;", "'")
    form = html[html.index('<form class="compare-with"'):]
    form = form[:form.index("</form>")]
    assert 'action="/fr/annuaire/comparer/"' in form
    assert '<input type="hidden" name="s" value="mano-a-mano">' in form
    assert 'name="s" value="same-area"' in form
    assert "<legend>Comparer Mano a Mano avec :</legend>" in form
