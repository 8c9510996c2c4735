import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.quality.test_query_counts import site, _add_items  # noqa

pytestmark = pytest.mark.django_db

def test_probe(client, site):
    for n in (0, 1):
        if n:
            _add_items(range(0, 6))
        for lang, url in list(site["site search"].items()) + [("fr", "/fr/recherche/?q=cusco"), ("fr", "/fr/recherche/?q=a")]:
            client.get(url)
            with CaptureQueriesContext(connection) as c:
                r = client.get(url)
            print("\n====", lang, url, len(c.captured_queries), r.content.decode().count('<article'))
            for q in c.captured_queries:
                print("  ", q["sql"][:100] + " ... " + q["sql"][-100:])
