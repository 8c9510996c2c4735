"""At most 10 SQL queries on any public page, whatever the number of items it lists.

Each page is rendered as a reader gets it when the page cache has nothing for it (the page cache is off): the
first render fills what every process remembers until the next content change (locales, site, pages, menus,
reference data) and creates the image renditions; the second one is counted. Then more articles, events,
portraits and structures are added: every count must stay the same.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.browser.full_site import LANGUAGES, build_full_site

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
# Pages that are about the site's machinery rather than content readers come for.
SKIPPED = {"not found"}


@pytest.fixture
def site(settings):
    settings.PAGE_CACHE_SECONDS = 0
    pages = build_full_site()
    for language in LANGUAGES:
        news = pages["news index"][language]
        pages.setdefault("news feed", {})[language] = f"{news}rss/"
        pages.setdefault("events calendar", {})[language] = f"{pages['event index'][language]}ics/"
        pages.setdefault("sitemap", {})[language] = f"/sitemap-{language}.xml"
        # Finds what _add_items adds, of every kind: pages of each type and structures.
        # Searches for what _add_items adds, one kind at a time: each lists more results as items are added.
        search = pages["site search"][language].split("?")[0]
        for kind in ("news.newspage", "news.eventpage", "news.portraitpage", "directory.hoststructure"):
            pages.setdefault(f"site search, {kind}", {})[language] = f"{search}?q=cusco&type={kind}"
    pages["sitemap index"] = {"fr": "/sitemap.xml"}
    return pages


def count_queries(client, url):
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def all_counts(client, pages):
    return {(kind, language): count_queries(client, url)
            for kind, urls in sorted(pages.items()) if kind not in SKIPPED
            for language, url in urls.items()}


def test_every_public_page_type_costs_at_most_ten_queries(client, site):
    counts = all_counts(client, site)
    over = {key: count for key, count in counts.items() if count > MAX_QUERIES}
    assert not over, f"over {MAX_QUERIES} SQL queries: {over}"


def test_site_search_listing_every_kind_costs_at_most_ten_queries(client, site):
    """All kinds at once: which kinds share a page of results follows the ranking, so this count may differ from
    one page to the next (one query per kind on the page), but never goes over the budget."""
    _add_items(range(0, 6))
    html = ""
    for language, url in site["site search"].items():
        for query in ("q=cusco", "q=cusco&page=2", "q=cusco&page=3"):
            every_kind = f"{url.split('?')[0]}?{query}"
            assert count_queries(client, every_kind) <= MAX_QUERIES, every_kind
            html += client.get(every_kind).content.decode() if language == "fr" else ""
    for kind in ("Structure d&#x27;accueil", "Article d&#x27;actualité", "Événement", "Portrait"):
        assert f'search-result__kind">{kind}' in html, kind


def test_counts_do_not_grow_with_the_number_of_items(client, site):
    _add_items(range(0, 2))
    before = all_counts(client, site)
    _add_items(range(2, 6))  # three times as many listed items
    after = all_counts(client, site)
    grown = {key: (before[key], after[key]) for key in before if after[key] != before[key]}
    assert not grown, f"(before, after) queries where more items were added: {grown}"


def _add_items(numbers):
    """One more of each for each number: articles, events, portraits (with images) and structures, in every language."""
    from home.models import HomePage
    from news.models import EventIndexPage, NewsIndexPage, PortraitIndexPage
    from tests.directory.factories import structure
    from tests.factories import ImageFactory, translate_page
    from tests.news.factories import EventPageFactory, NewsPageFactory, PortraitPageFactory, lima

    home = HomePage.objects.get(locale__language_code="fr")
    news = NewsIndexPage.objects.child_of(home).get()
    events = EventIndexPage.objects.child_of(home).get()
    portraits = PortraitIndexPage.objects.child_of(home).get()
    start = timezone.now() + timedelta(days=10)
    for number in numbers:
        image = ImageFactory(title=f"Image {number}", description=f"Image {number}")
        made = [
            NewsPageFactory(parent=news, title=f"Article {number}", slug=f"article-{number}", hero_image=image,
                            date=timezone.localdate(), lead=f"Nouvelles de Cusco {number}."),
            EventPageFactory(parent=events, title=f"Atelier {number}", slug=f"atelier-{number}", image=image,
                             start=lima(start.year, start.month, start.day, 8 + number, 0),
                             end=lima(start.year, start.month, start.day, 9 + number, 0),
                             lead=f"Atelier à Cusco {number}."),
            PortraitPageFactory(parent=portraits, first_name=f"Volontaire{number}", last_name="V.",
                                slug=f"volontaire-{number}", photo=image, lead=f"Volontaire à Cusco {number}."),
        ]
        for page in made:
            for language in ("es", "en"):
                translate_page(page, language, slug=page.slug)
        structure(name=f"Casa Cusco {number}", slug=f"casa-cusco-{number}", city="Cusco")
