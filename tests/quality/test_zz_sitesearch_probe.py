import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.quality.test_query_counts import site, _add_items  # noqa

pytestmark = pytest.mark.django_db

@pytest.mark.parametrize("n", [0, 1])
def test_probe(client, site, n):
    if n:
        _add_items(range(0, 6))
    for lang, url in site["site search"].items():
        client.get(url)
        with CaptureQueriesContext(connection) as c:
            r = client.get(url)
        print("\n====", lang, url, len(c.captured_queries), r.content.decode().count('class="search-result'))
        for q in c.captured_queries:
            print("  ", q["sql"][:300])
