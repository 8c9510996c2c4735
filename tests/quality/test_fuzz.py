"""No input, however odd, gives a server error: every public URL with parameters gets random and hostile values.

Targets and content: tests/quality/fuzz_targets.py. The Django test client re-raises a view's exception, so
a crash fails with its traceback and Hypothesis's smallest failing input.
"""

import re
from urllib.parse import quote

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.quality.fuzz_targets import CONTENT, TARGETS, queries

pytestmark = pytest.mark.django_db

SETTINGS = settings(max_examples=40, deadline=None, derandomize=False, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
NOT_PUBLIC = ("admin/", "django-admin/", "static/")


@pytest.fixture
def fuzz_content(db):
    for build in CONTENT:
        build()


def _assert_no_server_error(response, description):
    assert response.status_code < 500, f"{response.status_code} for {description}"


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_targets_never_answer_a_server_error(client, fuzz_content, target):
    url = target.url()
    headers = st.fixed_dictionaries(target.headers)

    @SETTINGS
    @given(query=target.query or st.just({}), form=target.form or st.just({}), extra=headers)
    def check(query, form, extra):
        if target.method == "POST":
            response = client.post(url, form, QUERY_STRING="", **extra)
        else:
            response = client.get(url, query, **extra)
        _assert_no_server_error(response, f"{target.method} {url} {query or form} {extra}")

    check()


def _strip(regex):
    return regex.removeprefix("^").removesuffix("\\Z").removesuffix("$")


def _endpoints(patterns=None, prefix=""):
    """(name, regex of the whole path) for every URL pattern, the language prefix standing for fr|es|en."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            piece = "(?:fr|es|en)/"
        else:
            piece = _strip(pattern.pattern.regex.pattern)
        if isinstance(pattern, URLResolver):
            yield from _endpoints(pattern.url_patterns, prefix + piece)
        elif isinstance(pattern, URLPattern):
            yield pattern.name or pattern.lookup_str, prefix + piece


ENDPOINTS = sorted({(name, regex) for name, regex in _endpoints() if not regex.startswith(NOT_PUBLIC)})


@pytest.mark.parametrize("regex", [regex for _name, regex in ENDPOINTS], ids=[name for name, _regex in ENDPOINTS])
def test_every_url_pattern_survives_random_paths_and_queries(client, fuzz_content, regex):
    @settings(SETTINGS, max_examples=15)
    @given(path=st.from_regex(re.compile(regex), fullmatch=True), query=queries)
    def check(path, query):
        url = "/" + quote(path, safe="/")
        _assert_no_server_error(client.get(url, query), f"GET {url} {query}")

    check()
