"""Scheduled publishing and expiry of news and events: `publish_scheduled` (run by cron) does the work;
until then a scheduled page is invisible and an expired one already is."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from news.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.html import parse, sitemap_urls

pytestmark = pytest.mark.django_db


def visible(client, page, word):
    search = parse(client.get("/fr/recherche/", {"q": word}))
    api = client.get("/api/v2/pages/", {"locale": "fr", "limit": "50"}).json()["items"]
    return {"page": client.get(page.url).status_code == 200,
            "search": page.url in [link["href"] for link in search.select(".search-result__title a")],
            "api": page.title in [item["title"] for item in api],
            "sitemap": any(url.endswith(page.url) for url in sitemap_urls(client.get("/sitemap-fr.xml")))}


@pytest.fixture
def news(site_tree):
    index = NewsIndexPageFactory(parent=site_tree["fr"])
    page = NewsPageFactory(parent=index, title="Lancement Voluntades+", slug="lancement", live=False)
    page.go_live_at = timezone.now() + timedelta(days=2)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def test_scheduled_news_goes_live_when_its_time_comes(client, news, monkeypatch):
    assert not news.live
    assert Revision.page_revisions.filter(object_id=str(news.pk), approved_go_live_at__isnull=False).exists()
    assert not any(visible(client, news, "Voluntades").values())
    call_command("publish_scheduled")  # too early: nothing happens
    news.refresh_from_db()
    assert not news.live
    later = timezone.now() + timedelta(days=3)
    monkeypatch.setattr(timezone, "now", lambda: later)  # the cron job runs three days later
    call_command("publish_scheduled")
    news.refresh_from_db()
    assert news.live
    assert visible(client, news, "Voluntades") == {"page": True, "search": True, "api": True, "sitemap": True}


def test_expired_event_disappears(client, site_tree, monkeypatch):
    index = EventIndexPageFactory(parent=site_tree["fr"])
    event = EventPageFactory(parent=index, title="Journée du volontariat", slug="journee")
    # The editor gives it an expiry date, as in the admin: saved and published through a revision.
    event.expire_at = timezone.now() + timedelta(hours=1)
    event.save_revision().publish()
    event.refresh_from_db()
    assert visible(client, event, "Journée")["search"]
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    # Past its expiry but before the cron job: already out of search, API and sitemap.
    shown = visible(client, event, "Journée")
    assert not (shown["search"] or shown["api"] or shown["sitemap"])
    call_command("publish_scheduled")
    event.refresh_from_db()
    assert not event.live and event.expired
    assert not any(visible(client, event, "Journée").values())
