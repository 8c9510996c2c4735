"""The partners' read-only API: live public pages only, filtered by language."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from tests.factories import content_page, translate_page

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200
    return sorted(item["title"] for item in response.json()["items"])


@pytest.fixture
def about(site_tree, hidden_pages):
    page = content_page(site_tree["fr"], "À propos", slug="a-propos")
    translate_page(page, "es", title="Acerca de", slug="acerca-de")
    restricted = content_page(site_tree["es"], "Solo miembros", slug="solo")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    return page


def test_pages_by_locale(client, about):
    assert titles(client.get("/api/v2/pages/", {"locale": "es"})) == ["Acerca de", "Inicio"]
    french = titles(client.get("/api/v2/pages/", {"locale": "fr", "limit": "50"}))
    assert french == ["Accueil", "Page publique", "À propos"]


def test_hidden_pages_are_never_served(client, about, hidden_pages):
    for page in hidden_pages.values():
        if page.slug != "publique":
            response = client.get(f"/api/v2/pages/{page.pk}/")
            assert response.status_code == 404
            assert page.title not in str(response.json())
    listed = client.get("/api/v2/pages/", {"limit": "50"}).json()
    assert listed["items"] and "secretword" not in str(listed)
    assert "brouillon seulement" not in str(client.get(f"/api/v2/pages/{hidden_pages['live'].pk}/").json())


def test_login_restricted_pages_stay_hidden_from_logged_in_users(client, about):
    user = get_user_model().objects.create_user("partner", "p@example.org", "correct horse battery")
    client.force_login(user)
    assert "Solo miembros" not in titles(client.get("/api/v2/pages/", {"locale": "es"}))


def test_bad_parameters_are_client_errors(client, about):
    assert client.get("/api/v2/pages/", {"locale": "de"}).status_code == 400
    assert client.get("/api/v2/pages/", {"limit": "abc"}).status_code == 400
    assert client.get("/api/v2/pages/", {"type": "nope.Nope"}).status_code == 400
    assert client.get("/api/v2/pages/", {"unknown": "1"}).status_code == 400


def test_images_and_documents_endpoints(client, site_tree):
    from home.factories import ImageFactory

    ImageFactory(title="Lima")
    assert titles(client.get("/api/v2/images/")) == ["Lima"]
    assert client.get("/api/v2/documents/").status_code == 200
    assert client.post("/api/v2/pages/", {}).status_code == 405  # read-only


def test_out_of_range_numbers_are_json_client_errors(client, about):
    huge = "9223372036854775808"
    for endpoint in ("pages", "images", "documents"):
        for name in ("offset", "limit"):
            response = client.get(f"/api/v2/{endpoint}/", {name: huge})
            assert response.status_code == 400
            assert response["Content-Type"] == "application/json"
            assert name in response.json()["message"]
    for name in ("child_of", "descendant_of", "id"):
        response = client.get("/api/v2/pages/", {name: huge})
        assert response.status_code == 400 and response.json()["message"]
    response = client.get(f"/api/v2/pages/{huge}/")
    assert response.status_code == 404 and response.json() == {"message": "not found"}


def test_missing_and_draft_objects_are_json_404s(client, about, hidden_pages):
    draft = hidden_pages["draft"]
    for url in (f"/api/v2/pages/{draft.pk}/", "/api/v2/pages/999999/", "/api/v2/images/999999/",
                "/api/v2/documents/999999/", "/api/v2/pages/find/?html_path=/fr/no-such-page/",
                "/api/v2/pages/find/?html_path=/fr/brouillon/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/json"
        assert response.json()["message"]
