"""A reader suggests a correction on its own page: stored as a change request, nothing public changes."""

import pytest
from django.core import mail
from django.utils import translation

from directory.confirmation import workflow
from directory.models import ChangeRequestOrigin, HostStructure, StructureChangeRequest
from tests.html import parse

pytestmark = pytest.mark.django_db

URLS = {"fr": "/fr/annuaire/mano-a-mano/", "es": "/es/directorio/mano-a-mano/", "en": "/en/directory/mano-a-mano/"}


def request(client, method, url, language, data=None):
    with translation.override(language):
        return client.get(url) if method == "get" else client.post(url, data or {})


def parsed(response):
    return parse(response.content)


@pytest.mark.parametrize("language, link_text", [
    ("fr", "Suggérer une correction"), ("es", "Sugerir una corrección"), ("en", "Suggest a correction")])
def test_every_structure_page_links_to_its_correction_form(client, sample_structure, language, link_text):
    document = parsed(request(client, "get", URLS[language], language))
    link = document.select_one(".structure__correction a")
    assert link.get_text(strip=True) == link_text
    assert link["href"] == URLS[language] + "correction/"
    form_page = request(client, "get", link["href"], language)
    assert form_page.status_code == 200
    form = parsed(form_page).select_one("form.form")
    assert form["method"] == "post"
    assert {field["name"] for field in form.select("select, input, textarea") if field.get("name")} >= {
        "field", "value", "email", "website", "csrfmiddlewaretoken"}


def test_a_suggestion_waits_for_an_editor_and_changes_nothing_publicly(client, sample_structure):
    url = URLS["es"] + "correction/"
    response = request(client, "post", url, "es", {"field": "public_phone", "value": "+51 84 000 000",
                                                    "email": "lectora@example.org"})
    assert response.status_code == 302
    assert response["Location"] == URLS["es"] + "correction/sent/"
    change = StructureChangeRequest.objects.get()
    # Always the French row, where facts live; the reader's language and address are kept for the editors.
    assert change.structure == sample_structure and change.structure.locale.language_code == "fr"
    assert (change.origin, change.language, change.reporter_email) == (
        ChangeRequestOrigin.READER, "es", "lectora@example.org")
    assert change.proposed == {"public_phone": "+51 84 000 000"}
    assert change.is_pending
    assert "+51 84 000 000" not in parsed(request(client, "get", URLS["es"], "es")).get_text()
    # The team reads French, whatever the reader's language; the field is named in French too.
    [message] = mail.outbox
    assert message.body.startswith("Un lecteur a suggéré une correction de la fiche de Mano a Mano")
    assert "- téléphone public" in message.body.splitlines()
    sent = parsed(request(client, "get", response["Location"], "es"))
    assert sent.find("h1").get_text() == "Gracias por su sugerencia"


def test_approving_a_reader_suggestion_applies_it_without_confirming_the_entry(client, sample_structure):
    request(client, "post", URLS["en"] + "correction/", "en", {"field": "website", "value": "manoamano.example.org"})
    change = StructureChangeRequest.objects.get()
    assert change.proposed == {"website": "https://manoamano.example.org"}
    assert workflow.approve(change)
    source = HostStructure.objects.get(pk=sample_structure.pk)
    assert source.website == "https://manoamano.example.org"
    assert source.confirmed_at is None


def test_something_else_is_kept_as_a_message(client, sample_structure):
    request(client, "post", URLS["fr"] + "correction/", "fr", {"field": "other", "value": "Ils ont déménagé."})
    change = StructureChangeRequest.objects.get()
    assert (change.proposed, change.message) == ({}, "Ils ont déménagé.")


def test_an_invalid_value_is_explained_on_the_form(client, sample_structure):
    response = request(client, "post", URLS["en"] + "correction/", "en", {"field": "public_email", "value": "nope"})
    assert response.status_code == 400
    errors = parsed(response).select("#id_value_error li")
    assert [error.get_text() for error in errors] == ["Enter a valid email address."]
    assert not StructureChangeRequest.objects.exists()


def test_robots_are_fooled_and_floods_are_stopped(client, sample_structure, settings):
    url = URLS["fr"] + "correction/"
    trapped = request(client, "post", url, "fr", {"field": "city", "value": "Lima", "website": "http://spam"})
    assert trapped.status_code == 302
    assert not StructureChangeRequest.objects.exists()
    settings.CORRECTION_RATE_LIMIT = (2, 3600)
    statuses = [request(client, "post", url, "fr", {"field": "city", "value": f"Lima {n}"}).status_code
                for n in range(3)]
    assert statuses == [302, 302, 429]
    assert StructureChangeRequest.objects.count() == 2
