"""The directory listing as readers get it: rendered HTML, the fragment the script fetches, exports."""

import csv
import io
import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from directory.models import StructureSearchEntry
from tests.directory.search_contract import directory_site, expected_counts, expected_names  # noqa: F401

pytestmark = pytest.mark.django_db


class Listing(HTMLParser):
    """What a reader sees of the listing: result titles and links, checked filters, counts, messages."""

    def __init__(self, html):
        super().__init__()
        self.titles, self.links, self.checked, self.labels = [], [], [], {}
        self.errors, self.markers, self.clusters = [], 0, []
        self._in_title = self._in_error = self._in_cluster = False
        self._label_for = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = attrs.get("class", "").split()
        if tag == "h3" and "search-result__title" in classes:
            self._in_title = True
        if tag == "a" and self._in_title:
            self.links.append(attrs["href"])
        if tag == "input" and attrs.get("type") == "checkbox" and "checked" in attrs:
            self.checked.append((attrs["name"], attrs["value"]))
        if tag == "label" and attrs.get("for", "").startswith("facet-"):
            self._label_for = attrs["for"]
            self.labels[self._label_for] = ""
        if tag == "div" and "notice--error" in classes:
            self._in_error = True
        if tag == "a" and "search-map__marker" in classes:
            self.markers += 1
        if tag == "a" and "search-map__cluster" in classes:
            self._in_cluster = True
        if tag == "text" and self._in_cluster:
            self.clusters.append("")

    def handle_endtag(self, tag):
        if tag == "h3":
            self._in_title = False
        if tag == "a":
            self._in_cluster = False
        if tag == "label":
            self._label_for = None
        if tag == "div":
            self._in_error = False

    def handle_data(self, data):
        if self._in_title and data.strip():
            self.titles.append(data.strip())
        if self._label_for:
            self.labels[self._label_for] += data
        if self._in_cluster and self.clusters and self.lasttag == "text":
            self.clusters[-1] += data.strip()
        if self._in_error and data.strip():
            self.errors.append(data.strip())

    def count(self, facet, value):
        text = self.labels[f"facet-{facet}-{value.lower()}"]
        return int(re.search(r"\((\d+)\)\s*$", text.strip()).group(1))


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content[:500]
    return response


def test_the_listing_shows_twenty_results_facets_and_pages(client, directory_site):
    specs = directory_site["specs"]
    page = Listing(get(client, "/fr/annuaire/?sort=name").content.decode())
    assert len(page.titles) == 20
    assert page.count("region", "PE-CUS") == expected_counts(specs, {}, "region")["PE-CUS"]
    html = get(client, "/fr/annuaire/?sort=name&page=2").content.decode()
    assert len(Listing(html).titles) == len(expected_names(specs)) - 20
    assert f"{len(expected_names(specs))} structures" in html


def test_filters_live_in_the_url_and_are_shown_checked(client, directory_site):
    specs = directory_site["specs"]
    filters = {"region": ["PE-CUS", "PE-LIM"], "scheme": ["vsi"]}
    response = get(client, "/es/directorio/?region=PE-CUS&region=PE-LIM&scheme=vsi")
    page = Listing(response.content.decode())
    assert sorted(set(page.titles)) == expected_names(specs, filters)
    assert sorted(page.checked) == [("region", "PE-CUS"), ("region", "PE-LIM"), ("scheme", "vsi")]
    # Disjunctive: the count beside "Lima" ignores the region selection but not the scheme.
    assert page.count("region", "PE-LIM") == expected_counts(specs, filters, "region")["PE-LIM"]
    assert all(link.startswith("/es/directorio/") for link in page.links)
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


def test_spanish_words_find_spanish_results(client, directory_site):
    page = Listing(get(client, "/es/directorio/?q=cusco+escuela").content.decode())
    assert page.titles == ["Colegio Sol Andino"]


@pytest.mark.parametrize("params", [
    "region=XX", "page=abc", "page=-3", "lat=999&lon=0", "lat=10", "radius=0&near=Lima", "year=abcd",
    "near=Atlantis", "city=Atlantis", "sort=distance", "sort=random", "q=" + "a" * 10_000,
    "area=" + quote("<script>"), "q=" + quote("\x00\x07caritas\x1b"),
])
def test_bad_input_is_answered_with_a_message(client, directory_site, params):
    response = get(client, f"/fr/annuaire/?{params}")
    page = Listing(response.content.decode())
    if "caritas" in params:
        assert page.titles == ["Cáritas del Perú"]  # control characters are dropped, the words kept
    else:
        assert page.errors, params
    assert "<script>" not in response.content.decode().split("</header>", 1)[-1].split("<script src")[0]


def test_a_page_beyond_the_last_shows_the_last_with_a_message(client, directory_site):
    page = Listing(get(client, "/fr/annuaire/?sort=name&page=500").content.decode())
    assert page.titles and any("500" in message for message in page.errors)


def test_did_you_mean_links_to_the_corrected_search(client, directory_site):
    html = get(client, "/es/directorio/?q=colegoi").content.decode()
    assert 'href="/es/directorio/?q=colegio"' in html


def test_the_map_shows_every_located_result(client, directory_site):
    specs = directory_site["specs"]
    page = Listing(get(client, "/fr/annuaire/?region=PE-CUS").content.decode())
    # Placed where a search by distance places them: their own point, or else their town's (gazetteer).
    located = StructureSearchEntry.objects.filter(region="PE-CUS", latitude__isnull=False).values_list(
        "name", flat=True)
    assert set(located) <= {spec.name for spec in specs if spec.is_public}
    # Points that would overlap are grouped: each cluster shows how many structures it holds.
    assert page.markers + sum(int(count) for count in page.clusters) == len(located) > 0


def test_the_fragment_for_the_script_holds_only_facets_and_results(client, directory_site):
    response = get(client, "/fr/annuaire/?region=PE-CUS", HTTP_X_REQUESTED_WITH="directory-search")
    html = response.content.decode()
    assert 'id="search-results"' in html and 'id="search-facets"' in html
    assert "<html" not in html and "site-header" not in html
    assert "X-Requested-With" in response["Vary"]
    assert "no-cache" in response["Cache-Control"]


def test_sql_queries_do_not_grow_with_results(client, directory_site):
    def queries(url):
        get(client, url)  # warm per-process caches (site root paths…)
        with CaptureQueriesContext(connection) as captured:
            get(client, url)
        return len(captured.captured_queries)

    full_page = queries("/fr/annuaire/?sort=name")  # 20 results
    short_page = queries("/fr/annuaire/?sort=name&page=2")  # fewer results
    assert full_page == short_page
    assert full_page < 60


def exported_names(client, url):
    response = get(client, url)
    if url.split("?")[0].endswith(".csv"):
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    else:
        rows = list(load_workbook(io.BytesIO(response.content), read_only=True).active.iter_rows(values_only=True))
    header = list(rows[0])
    return header, sorted(row[0] for row in rows[1:])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_hold_the_same_results_as_the_search(client, directory_site, fmt):
    specs = directory_site["specs"]
    filters = {"region": ["PE-CUS", "PE-LIM"], "area": ["education", "health"]}
    header, names = exported_names(
        client, f"/api/v1/directory/export.{fmt}?lang=es&region=PE-CUS&region=PE-LIM&area=education&area=health")
    assert names == expected_names(specs, filters)
    assert header[0] == "Nombre" if fmt == "csv" else header[0] in ("Nombre", "Name")
    html = get(client, "/fr/annuaire/?region=PE-CUS").content.decode()
    assert f"/api/v1/directory/export.{fmt}?lang=fr&amp;region=PE-CUS" in html


def test_internal_notes_never_leave_the_site(client, directory_site):
    from directory.models import ContactLogEntry, StructureInternalNote
    from directory.search.indexing import sync

    marker = "INTERNAL-MARKER-7f3a"
    spec = next(spec for spec in directory_site["specs"] if spec.name == "Cáritas del Perú")
    StructureInternalNote.objects.create(structure=spec.rows["fr"], text=f"{marker} do not publish")
    ContactLogEntry.objects.create(structure=spec.rows["fr"], summary=f"{marker} phone call")
    sync([spec.rows["fr"].translation_key])
    for url in ["/fr/annuaire/?q=caritas", "/api/v1/directory/?q=caritas", "/api/v1/directory/export.csv?q=caritas",
                "/api/v1/directory/export.xlsx?q=caritas", "/api/v1/directory/export.csv"]:
        content = get(client, url).content
        assert marker.encode() not in content, url
    assert "Cáritas" in get(client, "/fr/annuaire/?q=caritas").content.decode()
    # Searching for the note's words finds nothing: notes are not in any index.
    assert Listing(get(client, f"/fr/annuaire/?q={marker}").content.decode()).titles == []
    assert get(client, f"/api/v1/directory/?q={marker}").json()["count"] == 0
