"""No query per item: each page costs the same number of queries with 2 items as with 12."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.factories import ImageFactory

from news.factories import EventPageFactory, NewsCategoryFactory, NewsPageFactory, PortraitPageFactory, lima

pytestmark = pytest.mark.django_db

# Most of these are the site's frame (site, menu, language links, settings), not the listing.
MAX_QUERIES = 25


def count_queries(client, url):
    """Queries of a warm render (renditions are created by the first one)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def _assert_flat(client, url, add, max_queries=MAX_QUERIES):
    add(2)
    few = count_queries(client, url)
    add(10)
    many = count_queries(client, url)
    assert many == few, f"{url}: {few} queries with 2 items, {many} with 12"
    if max_queries:
        assert many <= max_queries


def test_news_listing_and_feed(client, news_index):
    categories = [NewsCategoryFactory(), NewsCategoryFactory()]

    def add(count):
        for _ in range(count):
            NewsPageFactory(parent=news_index["fr"], hero_image=ImageFactory(), categories=categories)

    _assert_flat(client, "/fr/actualites/", add)
    _assert_flat(client, "/fr/actualites/rss/", add)


def test_agenda_upcoming_past_and_calendar(client, event_index):
    def add(count):
        for day in range(count):
            EventPageFactory(parent=event_index["fr"], image=ImageFactory(), start=lima(2024, 5, 1 + day, 9, 0))
            EventPageFactory(parent=event_index["fr"], image=ImageFactory(),
                             start=timezone.now() + timedelta(days=day + 1), end=None)

    _assert_flat(client, "/fr/agenda/", add)
    _assert_flat(client, "/fr/agenda/?period=past", add)
    _assert_flat(client, "/fr/agenda/ics/", add)


def test_portraits_listing_and_programme_page(client, portrait_index, programme):
    def add(count):
        for _ in range(count):
            PortraitPageFactory(parent=portrait_index["fr"], photo=ImageFactory(), programme=programme["fr"])

    _assert_flat(client, "/fr/portraits/", add)
    # The programme page's own content (partners, related pages) is the home app's: only flatness is ours.
    _assert_flat(client, "/fr/programmes/enlazando/", add, max_queries=None)
