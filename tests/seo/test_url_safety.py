"""A path cannot send readers or crawlers to another host, and an expired page is gone when it expires."""

from datetime import timedelta

import pytest
from lxml import html
from django.utils import timezone

from tests.factories import content_page

pytestmark = pytest.mark.django_db


def links_and_urls(response):
    """Every URL the page gives: links, canonical, hreflang, og:url, forms."""
    document = html.fromstring(response.content)
    return ([element.get("href") for element in document.iter("a", "link")]
            + [element.get("content") for element in document.iter("meta") if element.get("property") == "og:url"]
            + [element.get("action") for element in document.iter("form")])


@pytest.mark.parametrize("path", ["//evil.example/fr/", "///evil.example/fr/", "/\\evil.example/fr/",
                                  "//evil.example/es/quienes-somos/"])
def test_a_path_starting_with_two_slashes_links_only_to_this_site(client, site_tree, path):
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    urls = [url for url in links_and_urls(response) if url]
    assert urls, "the 404 page shows its language links and canonical"
    for url in urls:
        assert "evil.example" not in url.split("?")[0].split("/")[:3] or url.startswith("/"), url
        assert not url.startswith(("//", "/\\", "http://evil", "https://evil")), url
    document = html.fromstring(response.content)
    canonical = document.xpath("//link[@rel='canonical']/@href")
    assert canonical and canonical[0].startswith("http://testserver/")
    for alternate in document.xpath("//link[@rel='alternate'][@hreflang]/@href"):
        assert alternate.startswith(("http://testserver/", "/")) and not alternate.startswith("//")


def test_an_expired_page_is_gone_as_soon_as_it_expires(client, site_tree, monkeypatch):
    from home.cache import HEADER

    page = content_page(site_tree["fr"], "Appel à projets", slug="appel")
    page.expire_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()
    for _visit in range(2):  # read twice: a page that expires is never served from the page cache
        response = client.get("/fr/appel/")
        assert response.status_code == 200 and response.get(HEADER) != "hit"
    later = timezone.now() + timedelta(hours=1, seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)  # one second past the expiry; no cron job has run
    response = client.get("/fr/appel/")
    assert response.status_code == 404
    assert "Appel à projets" not in html.fromstring(response.content).text_content()
    assert type(page).objects.get(pk=page.pk).live  # nobody ran publish_scheduled: the page is still "live"
