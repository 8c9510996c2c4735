"""Help where editors are: the French editor's guide inside the admin, its screenshots, the Help menu."""

import json

import pytest
from django.urls import reverse

from tests.html import parse, text_of

pytestmark = pytest.mark.django_db


def test_guide_is_rendered_in_the_admin_with_its_screenshots(admin_client):
    soup = parse(admin_client.get(reverse("editors_guide")))
    guide = soup.select_one("article.editors-guide__text")
    headings = [text_of(h2) for h2 in guide.select("h2")]
    assert "1. Qui fait quoi : les quatre groupes" in headings
    assert guide.select_one("h2")["id"]  # anchors for the table of contents
    toc_targets = {a["href"] for a in soup.select(".editors-guide__toc a")}
    assert f"#{guide.select_one('h2')['id']}" in toc_targets
    screenshot = guide.select_one("img")
    assert screenshot["src"].startswith(reverse("editors_guide_screenshot", args=["x.png"]).removesuffix("x.png"))
    image = admin_client.get(screenshot["src"])
    assert image.status_code == 200 and image["Content-Type"] == "image/png"
    assert b"".join(image.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_view_serves_only_screenshots(admin_client, client):
    assert admin_client.get(reverse("editors_guide_screenshot", args=["..%2Fsettings.py"])).status_code == 404
    assert admin_client.get(reverse("editors_guide_screenshot", args=["nope.png"])).status_code == 404
    assert client.get(reverse("editors_guide")).status_code == 302  # editors only: to the login page


def _menu(soup):
    """The admin's sidebar menu, as Wagtail serialises it for its JavaScript."""
    props = json.loads(soup.select_one("#wagtail-sidebar-props").string)
    return props


def _menu_items(props):
    """(name, label, url) of every menu item and sub-item."""
    items = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("_type", "").endswith("MenuItem") and "_args" in node:
                args = node["_args"]
                details = args[0] if args and isinstance(args[0], dict) else {}
                items.append((details.get("name"), details.get("label"), details.get("url")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(props)
    return items


def test_help_menu_points_to_the_french_guide_not_wagtail_guide(admin_client):
    items = _menu_items(_menu(parse(admin_client.get(reverse("wagtailadmin_home")))))
    guide_url = reverse("editors_guide")
    assert ("editors-guide", "Guide de l'éditeur", guide_url) in items
    assert ("editors-guide-help", "Guide de l'éditeur", guide_url) in items
    assert not [item for item in items if item[0] == "editor-guide"]  # Wagtail's English guide is gone
    assert not [item for item in items if item[2] and "guide.wagtail.org/en/?" in item[2]]
