"""When Redis or the e-mail server is down, readers still get their pages and editors get no error page.

Introduction requests (directory) and searches with Elasticsearch down have their own tests in their apps;
the fixtures email_server_down, redis_down and redis_up live in tests/quality/conftest.py.
"""

import pytest

from home.cache import HEADER
from tests.factories import ProgrammeIndexPageFactory, ProgrammePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_tree):
    index = ProgrammeIndexPageFactory(parent=site_tree["fr"], slug="programmes", title="Programmes")
    return ProgrammePageFactory(parent=index, slug="enlazando", title="EnLAzando")


def test_pages_are_served_when_redis_is_down(client, programme, redis_down):
    for url, text in [("/fr/", "Le volontariat international"), ("/fr/programmes/enlazando/", "EnLAzando")]:
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200
            assert text in response.content.decode()
            assert HEADER not in response  # nothing could be stored, nothing pretends it was


def test_redis_shares_the_cache_and_its_invalidation(client, programme, redis_up):
    assert client.get("/fr/programmes/enlazando/")[HEADER] == "miss"
    assert client.get("/fr/programmes/enlazando/")[HEADER] == "hit"
    programme.title = "EnLAzando II"
    programme.save_revision().publish()
    response = client.get("/fr/programmes/enlazando/")
    assert response[HEADER] == "miss" and "EnLAzando II" in response.content.decode()


def test_password_reset_does_not_fail_when_the_mail_server_is_down(client, site_tree, django_user_model,
                                                                    email_server_down, caplog):
    django_user_model.objects.create_user("editor", "editor@example.org", "a long password", is_staff=True)
    response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    # The same answer as for an unknown address: no error page, no hint that the account exists.
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    # The mail really was attempted against the dead server, and the failure is logged for the team.
    assert "Failed to send password reset email" in caplog.text
