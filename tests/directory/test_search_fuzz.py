"""Random parameters thrown at the listing page and the API: never a 500, never a traceback."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.directory.search_contract import directory_site  # noqa: F401  (fixture)
from tests.html import parse

pytestmark = pytest.mark.django_db

NAMES = ["q", "region", "city", "area", "scheme", "language", "status", "accommodation", "year", "near", "lat",
         "lon", "radius", "sort", "page", "lang", "unknown"]
TRICKY = ["PE-CUS", "Cusco", "education", "vsi", "hosting", "2024", "distance", "name", "0", "-1", "1e309", "nan",
          "inf", "99999999999999999999", '"caritas*', "lima:(", "~\\", "%00", "\x00", "\u202e", "caritas " * 300]
values = st.one_of(st.text(max_size=60), st.sampled_from(TRICKY), st.integers().map(str),
                   st.floats(allow_nan=True, allow_infinity=True).map(str))
parameters = st.lists(st.tuples(st.sampled_from(NAMES), values), max_size=8)
fuzz = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@fuzz
@given(params=parameters)
def test_the_page_always_answers(client, directory_site, params):
    assert parse(client.get("/fr/annuaire/?" + urlencode(params))).select("#search-results")


@fuzz
@given(params=parameters)
def test_the_api_answers_200_or_400_with_json(client, directory_site, params):
    response = client.get("/api/v1/directory/?" + urlencode(params))
    assert response.status_code in (200, 400)
    data = response.json()
    assert ("results" in data) if response.status_code == 200 else data["error"]["message"]


@pytest.fixture
def directory_on_the_cluster(cluster, directory_site):
    """The same directory, searched through the test cluster (tests/cluster.py)."""
    from directory.search.rebuild import rebuild_elasticsearch

    rebuild_elasticsearch()
    return directory_site


@pytest.mark.elasticsearch
@fuzz
@given(params=parameters)
def test_the_api_through_the_cluster_answers_200_or_400(client, directory_on_the_cluster, params):
    """Every request the cluster engine builds is one the cluster accepts: a rejection (HTTP 400) is logged to
    "search.cluster", which fails the test (tests/cluster.py), even though the reader got the database's answer."""
    from search.backends import cluster_breaker

    response = client.get("/api/v1/directory/?" + urlencode(params))
    assert response.status_code in (200, 400)
    data = response.json()
    assert ("results" in data) if response.status_code == 200 else data["error"]["message"]
    assert not cluster_breaker().is_open  # answered by the cluster, not by the fallback after an outage
