"""The directory listing as readers get it: rendered HTML, the fragment the script fetches, exports."""

import csv
import io
import re
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from directory.models import StructureSearchEntry
from tests.directory.search_contract import directory_site, expected_counts, expected_names  # noqa: F401
from tests.html import anywhere, hrefs, inline_scripts, meta, parse, text_of, texts, visible_text

pytestmark = pytest.mark.django_db


class Listing:
    """What a reader sees of the listing: result titles and links, checked filters, counts, messages."""

    def __init__(self, response):
        self.document = document = parse(response)
        self.titles = texts(document, "h3.search-result__title")
        self.links = hrefs(document, "h3.search-result__title a")
        self.checked = [(box["name"], box["value"]) for box in document.select("input[type=checkbox][checked]")]
        self.labels = {label["for"]: text_of(label) for label in document.select('label[for^="facet-"]')}
        self.errors = texts(document, ".notice--error")
        self.markers = len(document.select("a.search-map__marker"))
        self.clusters = texts(document, "a.search-map__cluster text")

    def count(self, facet, value):
        text = self.labels[f"facet-{facet}-{value.lower()}"]
        return int(re.search(r"\((\d+)\)\s*$", text).group(1))


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content[:500]
    return response


def test_the_listing_shows_twenty_results_facets_and_pages(client, directory_site):
    specs = directory_site["specs"]
    page = Listing(get(client, "/fr/annuaire/?sort=name"))
    assert len(page.titles) == 20
    assert page.count("region", "PE-CUS") == expected_counts(specs, {}, "region")["PE-CUS"]
    second = Listing(get(client, "/fr/annuaire/?sort=name&page=2"))
    assert len(second.titles) == len(expected_names(specs)) - 20
    assert f"{len(expected_names(specs))} structures" in visible_text(second.document)


def test_filters_live_in_the_url_and_are_shown_checked(client, directory_site):
    specs = directory_site["specs"]
    filters = {"region": ["PE-CUS", "PE-LIM"], "scheme": ["vsi"]}
    page = Listing(get(client, "/es/directorio/?region=PE-CUS&region=PE-LIM&scheme=vsi"))
    assert sorted(set(page.titles)) == expected_names(specs, filters)
    assert sorted(page.checked) == [("region", "PE-CUS"), ("region", "PE-LIM"), ("scheme", "vsi")]
    # Disjunctive: the count beside "Lima" ignores the region selection but not the scheme.
    assert page.count("region", "PE-LIM") == expected_counts(specs, filters, "region")["PE-LIM"]
    assert all(link.startswith("/es/directorio/") for link in page.links)
    assert meta(page.document, "robots") == "noindex, follow"


def test_spanish_words_find_spanish_results(client, directory_site):
    page = Listing(get(client, "/es/directorio/?q=cusco+escuela"))
    assert page.titles == ["Colegio Sol Andino"]


@pytest.mark.parametrize("params", [
    "region=XX", "page=abc", "page=-3", "lat=999&lon=0", "lat=10", "radius=0&near=Lima", "year=abcd",
    "near=Atlantis", "city=Atlantis", "sort=distance", "sort=random", "q=" + "a" * 10_000,
    "area=" + quote("<script>"), "q=" + quote("\x00\x07caritas\x1b"),
])
def test_bad_input_is_answered_with_a_message(client, directory_site, params):
    page = Listing(get(client, f"/fr/annuaire/?{params}"))
    if "caritas" in params:
        assert page.titles == ["Cáritas del Perú"]  # control characters are dropped, the words kept
    else:
        assert page.errors, params
    # What the reader typed is shown as text, never turned into an element.
    assert not inline_scripts(page.document.select_one("main")), params


def test_a_page_beyond_the_last_shows_the_last_with_a_message(client, directory_site):
    page = Listing(get(client, "/fr/annuaire/?sort=name&page=500"))
    assert page.titles and any("500" in message for message in page.errors)


def test_did_you_mean_links_to_the_corrected_search(client, directory_site):
    assert "/es/directorio/?q=colegio" in hrefs(parse(get(client, "/es/directorio/?q=colegoi")))


def test_the_map_shows_every_located_result(client, directory_site):
    specs = directory_site["specs"]
    page = Listing(get(client, "/fr/annuaire/?region=PE-CUS"))
    # Placed where a search by distance places them: their own point, or else their town's (gazetteer).
    located = StructureSearchEntry.objects.filter(region="PE-CUS", latitude__isnull=False).values_list(
        "name", flat=True)
    assert set(located) <= {spec.name for spec in specs if spec.is_public}
    # Points that would overlap are grouped: each cluster shows how many structures it holds.
    assert page.markers + sum(int(count) for count in page.clusters) == len(located) > 0


def test_the_fragment_for_the_script_holds_only_facets_and_results(client, directory_site):
    response = get(client, "/fr/annuaire/?region=PE-CUS", HTTP_X_REQUESTED_WITH="directory-search")
    fragment = parse(response)
    assert fragment.select("#search-results") and fragment.select("#search-facets")
    assert not fragment.select("head *, header, .site-header, nav, footer")
    assert "X-Requested-With" in response["Vary"]
    assert "no-cache" in response["Cache-Control"]


def test_the_full_page_and_the_scripts_fragment_are_cached_apart(client, directory_site):
    """The listing's content is a cached fragment: the same URL asked by the script and by a reader, in either
    order, gets its own markup each time."""
    url = "/fr/annuaire/?region=PE-CUS"
    for _round in range(2):
        page = parse(get(client, url))
        fragment = parse(get(client, url, HTTP_X_REQUESTED_WITH="directory-search"))
        assert page.select("header") and page.select("footer") and page.select("#search-results")
        assert fragment.select("#search-results") and not fragment.select("header, footer")
        assert texts(page, "h3.search-result__title") == texts(fragment, "h3.search-result__title")


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


def exported_rows(client, url):
    response = get(client, url)
    if url.split("?")[0].endswith(".csv"):
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    else:
        rows = list(load_workbook(io.BytesIO(response.content), read_only=True).active.iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


def exported_names(client, url):
    header, rows = exported_rows(client, url)
    return header, sorted(row[0] for row in rows)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_hold_the_same_results_as_the_search(client, directory_site, fmt):
    specs = directory_site["specs"]
    filters = {"region": ["PE-CUS", "PE-LIM"], "area": ["education", "health"]}
    header, names = exported_names(
        client, f"/api/v1/directory/export.{fmt}?lang=es&region=PE-CUS&region=PE-LIM&area=education&area=health")
    assert names == expected_names(specs, filters)
    assert header[0] == "Nombre" if fmt == "csv" else header[0] in ("Nombre", "Name")
    assert f"/api/v1/directory/export.{fmt}?lang=fr&region=PE-CUS" in hrefs(parse(get(client, "/fr/annuaire/?region=PE-CUS")))


def test_internal_notes_never_leave_the_site(client, directory_site):
    from directory.models import ContactLogEntry, StructureInternalNote
    from directory.search.indexing import sync

    marker = "INTERNAL-MARKER-7f3a"
    spec = next(spec for spec in directory_site["specs"] if spec.name == "Cáritas del Perú")
    StructureInternalNote.objects.create(structure=spec.rows["fr"], text=f"{marker} do not publish")
    ContactLogEntry.objects.create(structure=spec.rows["fr"], summary=f"{marker} phone call")
    sync([spec.rows["fr"].translation_key])
    listing = Listing(get(client, "/fr/annuaire/?q=caritas"))
    assert "Cáritas del Perú" in listing.titles
    assert not anywhere(listing.document, marker)
    assert marker not in str(get(client, "/api/v1/directory/?q=caritas").json())
    for fmt in ["csv?q=caritas", "xlsx?q=caritas", "csv"]:
        _header, rows = exported_rows(client, f"/api/v1/directory/export.{fmt}")
        assert not [cell for row in rows for cell in row if marker in str(cell)], fmt
    # Searching for the note's words finds nothing: notes are not in any index.
    assert Listing(get(client, f"/fr/annuaire/?q={marker}")).titles == []
    assert get(client, f"/api/v1/directory/?q={marker}").json()["count"] == 0
