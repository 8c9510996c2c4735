from datetime import date

import feedparser
import pytest

from home.factories import ImageFactory
from tests.factories import translate_page

from news.factories import NewsCategoryFactory, NewsPageFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(news_index):
    category = NewsCategoryFactory(name="Réciprocité", slug="reciprocite")
    older = NewsPageFactory(parent=news_index["fr"], title="Départ des volontaires", slug="depart",
                            date=date(2024, 3, 8), hero_image=ImageFactory(), categories=[category])
    newer = NewsPageFactory(parent=news_index["fr"], title="Séminaire EnLAzando", slug="seminaire",
                            date=date(2024, 6, 7), lead="Cent quatorze participants.")
    draft = NewsPageFactory(parent=news_index["fr"], title="Brouillon secret", slug="brouillon")
    draft.unpublish()
    translate_page(newer, "es", title="Seminario EnLAzando", slug="seminario")
    return {"older": older, "newer": newer}


def _parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("kind, content_type", [("rss", "application/rss+xml"), ("atom", "application/atom+xml")])
def test_feed_lists_live_articles_newest_first_with_absolute_links(client, articles, kind, content_type):
    response, feed = _parse(client, f"/fr/actualites/{kind}/")
    assert response["Content-Type"].startswith(content_type)
    assert not feed.bozo, feed.bozo_exception
    if kind == "rss":
        assert feed.feed.language == "fr"
    assert [entry.title for entry in feed.entries] == ["Séminaire EnLAzando", "Départ des volontaires"]
    assert feed.entries[0].link == "http://testserver/fr/actualites/seminaire/"
    assert feed.entries[0].summary == "Cent quatorze participants."
    assert feed.feed.link == "http://testserver/fr/actualites/"
    assert [tag.term for tag in feed.entries[1].tags] == ["Réciprocité"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_hero_images_are_enclosures(client, articles, kind):
    _, feed = _parse(client, f"/fr/actualites/{kind}/")
    enclosures = feed.entries[1].enclosures
    assert len(enclosures) == 1
    assert enclosures[0].href.startswith("http://testserver/media/images/")
    assert enclosures[0].type == "image/jpeg"
    assert int(enclosures[0].length) > 0
    assert feed.entries[0].enclosures == []


def test_each_language_has_its_own_feed(client, articles):
    _, feed = _parse(client, "/es/noticias/rss/")
    assert feed.feed.language == "es"
    assert [entry.title for entry in feed.entries] == ["Seminario EnLAzando"]
    assert feed.entries[0].link == "http://testserver/es/noticias/seminario/"
    _, feed = _parse(client, "/en/news/atom/")
    assert feed.entries == []


def test_unpublished_articles_leave_the_feed(client, articles):
    articles["newer"].unpublish()
    _, feed = _parse(client, "/fr/actualites/rss/")
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Départ des volontaires"]
    _, atom = _parse(client, "/fr/actualites/atom/")
    assert not [entry for entry in atom.entries
                if "Brouillon secret" in entry.title + entry.get("summary", "") + entry.get("link", "")]


def test_listing_and_article_advertise_the_feeds(client, articles):
    for url in ("/fr/actualites/", "/fr/actualites/seminaire/"):
        document = parse(client.get(url))
        feeds = [link["href"] for link in document.select('head link[rel=alternate][type="application/rss+xml"]')]
        assert "/fr/actualites/rss/" in feeds
