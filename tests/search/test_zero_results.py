import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from search.models import SearchQueryLog
from tests.html import anywhere, parse, text_of

pytestmark = pytest.mark.django_db


def test_searches_are_counted_per_language_without_personal_data(client, reciprocity):
    client.get("/fr/recherche/", {"q": "Quechua  "})
    client.get("/fr/recherche/", {"q": "quechua"})
    client.get("/fr/recherche/", {"q": "réciprocité"})
    client.get("/es/buscar/", {"q": "quechua"})
    client.get("/fr/recherche/", {"q": "quechua", "page": "2"})  # paging is not a new search
    client.get("/fr/recherche/", {"q": "marie.dupont@example.org"})
    client.get("/fr/recherche/", {"q": "+51 987 654 321"})
    rows = {(row.query, row.language): (row.hits, row.zero_results) for row in SearchQueryLog.objects.all()}
    assert rows == {("quechua", "fr"): (2, 2), ("réciprocité", "fr"): (1, 0), ("quechua", "es"): (1, 1)}
    fields = {field.name for field in SearchQueryLog._meta.get_fields()}
    assert fields == {"id", "query", "language", "hits", "zero_results", "last_seen"}


def test_admin_report_lists_the_most_frequent_zero_result_queries(client, site_tree, administrator):
    for query, times in (("quechua", 3), ("ayacucho", 1), ("volontariat", 2)):
        for _ in range(times):
            SearchQueryLog.record(query, "fr", found=query == "volontariat")
    SearchQueryLog.record("aymara", "es", found=False)
    client.force_login(administrator)
    report = parse(client.get("/admin/reports/searches-without-results/"))
    queries = [text_of(row, "td") for row in report.select("table tbody tr")]
    assert queries.index("quechua") < queries.index("ayacucho")
    assert "volontariat" not in queries and not anywhere(report.select_one("table"), "volontariat")
    assert "aymara" in queries
    report = parse(client.get("/admin/reports/searches-without-results/", {"language": "es"}))
    queries = [text_of(row, "td") for row in report.select("table tbody tr")]
    assert "aymara" in queries and "quechua" not in queries
    export = client.get("/admin/reports/searches-without-results/", {"export": "csv"})
    assert export.status_code == 200
    content = b"".join(export.streaming_content if export.streaming else [export.content])
    assert ["quechua", "fr", "3", "3"] in [row[:4] for row in csv.reader(io.StringIO(content.decode("utf-8-sig")))]


def test_report_needs_the_permission(client, site_tree):
    editor = get_user_model().objects.create_user("eve", "eve@example.org", "correct horse battery")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/reports/searches-without-results/").status_code in (302, 403)


def test_a_search_writes_nothing_while_the_reader_waits(client, rf, reciprocity, sample_structure):
    """The query log is counted once the response has been sent (the server then closes it), never while the
    search is answered: pages and the directory's structures are only read."""
    from django.contrib.auth.models import AnonymousUser
    from django.core.signals import request_finished
    from django.db import close_old_connections, connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from directory.search.indexing import sync_all
    from search.views import search
    from tests.html import parse, texts

    sync_all()
    # A first render creates the site's settings rows (Wagtail's BaseSiteSetting.for_request), once per site.
    assert client.get("/fr/recherche/").status_code == 200
    request = rf.get("/fr/recherche/", {"q": "cusco"})
    request.user = AnonymousUser()
    with translation.override("fr"), CaptureQueriesContext(connection) as answering:
        response = search(request)
    writes = [query["sql"] for query in answering.captured_queries
              if query["sql"].lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE")]
    assert writes == []
    assert texts(parse(response), "ol.search-results .search-result__title a") == ["Mano a Mano"]
    assert not SearchQueryLog.objects.exists()
    # What the server does once the reader has the page (the connection kept open, as Django's test client does:
    # the test's transaction lives on it).
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    assert [(row.query, row.hits) for row in SearchQueryLog.objects.all()] == [("cusco", 1)]
