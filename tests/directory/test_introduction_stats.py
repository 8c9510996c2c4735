"""Introductions, measured: a structure page shows how many introductions the site made and the team's median
time to take one in hand, only from a minimum number of requests (no single request can be recognised)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from directory.introductions.stats import introduction_stats
from directory.models import HostStructure, IntroductionRequest
from tests.directory.factories import structure
from tests.html import parse, visible_text

pytestmark = pytest.mark.django_db

STATS_TEXT = "introductions made through this site"


def _request(target, received, waited_hours=None):
    """An introduction request received at `received`, taken in hand `waited_hours` later (or still new)."""
    request = IntroductionRequest.objects.create(
        structure=target, structure_name=target.name, organisation="Asso", contact_name="Ana",
        email="ana@example.org", message="Bonjour", consent=True, created_at=received)
    if waited_hours is not None:  # the team takes it in hand in the admin, which saves the row
        request.status = "in-progress"
        request.in_progress_at = received + timedelta(hours=waited_hours)
        request.save(update_fields=["status", "in_progress_at"])
    return request


@pytest.fixture
def mano(directory_tree):
    return structure(name="Mano a Mano", slug="mano-a-mano", translations=("es", "en"))


def _page(client, url="/fr/annuaire/mano-a-mano/"):
    return parse(client.get(url))


def _stats(client, url="/fr/annuaire/mano-a-mano/"):
    """The text of the structure's introduction figures; "" when the page does not show them."""
    stats = _page(client, url).select_one(".structure__introductions")
    return visible_text(stats) if stats is not None else ""


def test_count_and_median_from_the_triage_timestamps(client, mano, settings):
    settings.INTRODUCTION_STATS_MINIMUM = 5
    start = timezone.now() - timedelta(days=30)
    for day, hours in enumerate([2, 30, 50, 72, 100]):
        _request(mano, start + timedelta(days=day), hours)
    _request(mano, start + timedelta(days=10))  # still new: not counted until the team takes it in hand
    stats = introduction_stats(mano)
    assert stats.count == 5
    assert stats.median_response == timedelta(hours=50)
    text = _stats(client, "/en/directory/mano-a-mano/")
    assert f"5 {STATS_TEXT}" in text
    assert "takes a request in hand: 2 days" in text  # 50 hours, shown in days
    assert "5 mises en relation" in _stats(client)


def test_requests_through_every_language_version_count_for_the_structure(client, mano, settings):
    settings.INTRODUCTION_STATS_MINIMUM = 3
    spanish = HostStructure.objects.get(translation_key=mano.translation_key, locale__language_code="es")
    now = timezone.now()
    _request(mano, now - timedelta(days=3), 1)
    _request(spanish, now - timedelta(days=2), 3)
    _request(spanish, now - timedelta(days=1), 5)
    assert introduction_stats(mano).count == introduction_stats(spanish).count == 3
    assert introduction_stats(spanish).median_response == timedelta(hours=3)
    assert "3 hours" in _stats(client, "/en/directory/mano-a-mano/")


def test_hidden_below_the_minimum_count(client, mano, settings):
    settings.INTRODUCTION_STATS_MINIMUM = 5
    now = timezone.now()
    for day in range(4):
        _request(mano, now - timedelta(days=day + 1), 4)
    assert introduction_stats(mano) is None
    assert not _page(client).select(".structure__introductions")
    _request(mano, now, 4)
    assert _page(client).select(".structure__introductions")


def test_only_requests_taken_in_hand_count_and_never_spam(client, mano, settings):
    """Anyone can post the public form: unreviewed submissions and spam must not inflate the public count."""
    settings.INTRODUCTION_STATS_MINIMUM = 3
    now = timezone.now()
    _request(mano, now - timedelta(days=3), 6)
    _request(mano, now - timedelta(days=2), 2)
    _request(mano, now - timedelta(days=1))
    _request(mano, now)
    spam = _request(mano, now, 1)
    IntroductionRequest.objects.filter(pk=spam.pk).update(status="spam")
    assert introduction_stats(mano) is None
    assert not _page(client).select(".structure__introductions")
    _request(mano, now, 10)
    stats = introduction_stats(mano)
    assert stats.count == 3 and stats.median_response == timedelta(hours=6)


def test_other_structures_requests_do_not_count(mano, directory_tree):
    other = structure(name="Otra", slug="otra", translations=())
    for day in range(5):
        _request(other, timezone.now() - timedelta(days=day), 1)
    assert introduction_stats(mano, minimum=1) is None
    assert introduction_stats(other, minimum=5).count == 5


def test_one_query_whatever_the_number_of_requests(mano, django_assert_num_queries):
    for day in range(12):
        _request(mano, timezone.now() - timedelta(days=day), day + 1)
    with django_assert_num_queries(1):
        introduction_stats(mano, minimum=5)
