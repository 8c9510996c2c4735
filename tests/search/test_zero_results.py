import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from search.models import SearchQueryLog

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


@pytest.fixture
def administrator(db):
    user = get_user_model().objects.create_user("ana", "ana@example.org", "correct horse battery")
    user.groups.add(Group.objects.get(name="Administrators"))
    return user


def test_admin_report_lists_the_most_frequent_zero_result_queries(client, site_tree, administrator):
    for query, times in (("quechua", 3), ("ayacucho", 1), ("volontariat", 2)):
        for _ in range(times):
            SearchQueryLog.record(query, "fr", found=query == "volontariat")
    SearchQueryLog.record("aymara", "es", found=False)
    client.force_login(administrator)
    html = client.get("/admin/reports/searches-without-results/").content.decode()
    assert html.index("quechua") < html.index("ayacucho")
    assert "volontariat" not in html
    assert "aymara" in html
    html = client.get("/admin/reports/searches-without-results/", {"language": "es"}).content.decode()
    assert "aymara" in html and "quechua" not in html
    csv = client.get("/admin/reports/searches-without-results/", {"export": "csv"})
    assert csv.status_code == 200
    assert b"quechua,fr,3,3" in b"".join(csv.streaming_content if csv.streaming else [csv.content])


def test_report_needs_the_permission(client, site_tree):
    editor = get_user_model().objects.create_user("eve", "eve@example.org", "correct horse battery")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/reports/searches-without-results/").status_code in (302, 403)
