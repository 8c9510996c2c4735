"""No input, however odd, gives a server error or logs an error: every public URL with parameters gets random
and hostile values, in fr, es and en, and the public forms get hostile bodies.

Targets and content: tests/quality/fuzz_targets.py. The Django test client re-raises a view's exception, so
a crash fails with its traceback and Hypothesis's smallest failing input. A view that catches its own crash
and answers 200 (the site search shows "temporarily unavailable") still logs it: any record at ERROR level
while answering fails the test too.
"""

import logging
import re
from urllib.parse import quote

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.utils import translation

from tests.quality.fuzz_targets import CONTENT, CONTENT_TYPES, FORMS, RAW_BODIES, TARGETS, queries, text_values

pytestmark = pytest.mark.django_db

SETTINGS = settings(max_examples=40, deadline=None, derandomize=False, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
NOT_PUBLIC = ("admin/", "django-admin/", "static/")


class _ErrorRecords(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(autouse=True)
def logged_errors():
    """Every record at ERROR level or above logged anywhere while the test runs."""
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler.records
    finally:
        root.removeHandler(handler)


@pytest.fixture
def fuzz_content(db):
    for build in CONTENT:
        build()


def _assert_no_server_error(response, description, logged=None):
    assert response.status_code < 500, f"{response.status_code} for {description}"
    if logged:
        record = logged[0]
        message = record.getMessage() + ("\n" + logging.Formatter().formatException(record.exc_info)
                                         if record.exc_info else "")
        raise AssertionError(f"error logged for {description}: {message}")


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_targets_never_answer_a_server_error(client, fuzz_content, target, logged_errors):
    url = target.url()
    headers = st.fixed_dictionaries(target.headers)

    @SETTINGS
    @given(query=target.query or st.just({}), form=target.form or st.just({}), extra=headers)
    def check(query, form, extra):
        if target.method == "POST":
            response = client.post(url, form, QUERY_STRING="", **extra)
        else:
            response = client.get(url, query, **extra)
        _assert_no_server_error(response, f"{target.method} {url} {query or form} {extra}", logged_errors)

    check()


def _strip(regex):
    return regex.removeprefix("^").removesuffix("\\Z").removesuffix("$")


def _endpoints(language, patterns=None, prefix=""):
    """(name, regex of the whole path) for every URL pattern in one language: translated segments
    ("recherche/", "buscar/", "search/") as that language writes them, under its own prefix."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            piece = f"{language}/"
        else:
            with translation.override(language):
                piece = _strip(pattern.pattern.regex.pattern)
        if isinstance(pattern, URLResolver):
            yield from _endpoints(language, pattern.url_patterns, prefix + piece)
        elif isinstance(pattern, URLPattern):
            yield pattern.name or pattern.lookup_str, prefix + piece


# Patterns outside the language prefix (robots.txt, the API) come out the same in each language: once.
ENDPOINTS = sorted({regex: f"{language}:{name}" if regex.startswith(f"{language}/") else name
                    for language in ("fr", "es", "en") for name, regex in _endpoints(language)
                    if not regex.startswith(NOT_PUBLIC)}.items(), key=lambda item: item[1])
ENDPOINTS = [(name, regex) for regex, name in ENDPOINTS]


@pytest.mark.parametrize("regex", [regex for _name, regex in ENDPOINTS], ids=[name for name, _regex in ENDPOINTS])
def test_every_url_pattern_survives_random_paths_and_queries(client, fuzz_content, regex, logged_errors):
    @settings(SETTINGS, max_examples=15)
    @given(path=st.from_regex(re.compile(regex), fullmatch=True), query=queries)
    def check(path, query):
        url = "/" + quote(path, safe="/")
        _assert_no_server_error(client.get(url, query), f"GET {url} {query}", logged_errors)

    check()


def test_every_page_of_the_content_survives_random_queries(client, fuzz_content, logged_errors):
    """Every live page and directory route of the fuzz content, in each of its languages: the requests
    reach the page's own logic (listings, filters, structure pages, compare, editions, alerts)."""
    from wagtail.models import Page

    urls = sorted({page.url for page in Page.objects.live().filter(depth__gt=1).specific()})
    for language, directory in (("fr", "annuaire"), ("es", "directorio"), ("en", "directory")):
        urls += [f"/{language}/{directory}/{path}" for path in (
            "mano-a-mano/", "mano-a-mano/introduction/", "compare/?s=mano-a-mano&s=casa-verde", "editions/",
            "alerts/follow/",
            "feed.rss", "feed.atom")]
    for url in urls:
        assert client.get(url).status_code in (200, 301, 302), url

    @settings(SETTINGS, max_examples=len(urls) * 4)
    @given(url=st.sampled_from(urls), query=queries)
    def check(url, query):
        _assert_no_server_error(client.get(url, query), f"GET {url} {query}", logged_errors)

    check()


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_public_forms_survive_hostile_posts(client, fuzz_content, form, logged_errors, request):
    django_settings = request.getfixturevalue("settings")  # (the name `settings` is Hypothesis's here)
    for name in ("INTRODUCTION_RATE_LIMIT", "ALERT_RATE_LIMIT", "CONFIRMATION_RATE_LIMIT"):
        setattr(django_settings, name, (10**6, 3600))
    url = form.url()
    assert client.post(url, form.valid).status_code in (200, 302), "the valid submission goes through"
    fields = st.dictionaries(st.one_of(st.sampled_from(form.fields), st.text(max_size=10)),
                             st.one_of(text_values, st.lists(text_values, max_size=3)), max_size=8)

    @settings(SETTINGS, max_examples=60)
    @given(changes=fields)
    def mutated_fields(changes):
        response = client.post(url, {**form.valid, **changes})
        _assert_no_server_error(response, f"POST {url} {changes}", logged_errors)

    @settings(SETTINGS, max_examples=60)
    @given(body=RAW_BODIES, content_type=CONTENT_TYPES, query=queries)
    def raw_bodies(body, content_type, query):
        response = client.generic("POST", url, body, content_type=content_type,
                                  QUERY_STRING="&".join(f"{quote(k)}={quote(v[0])}" for k, v in query.items()))
        _assert_no_server_error(response, f"POST {url} {content_type} {body[:200]!r}", logged_errors)

    mutated_fields()
    raw_bodies()
