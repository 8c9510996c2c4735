"""Entries that confirm themselves: the yearly signed link, the contact's answer, the editors' review."""

import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.utils import formats, timezone, translation

from directory.confirmation import workflow
from directory.models import ChangeRequestStatus, HostStructure, StructureChangeRequest
from tests.html import anywhere, links, meta, parse, text_of, visible_text

pytestmark = pytest.mark.django_db

NEW_TEXT = "Una asociación de Cusco que ahora también trabaja en Puno."


@pytest.fixture
def contact(sample_structure, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for row in HostStructure.objects.filter(translation_key=sample_structure.translation_key):
            row.public_email = "contacto@manoamano.pe"
            row.save()
    sample_structure.refresh_from_db()
    return sample_structure


def send_link(structure, now=None):
    mail.outbox.clear()
    workflow.send_request(structure, now=now)
    message = mail.outbox[-1]
    return message, re.search(r"http://\S+/confirmation/\S+/", message.body).group(0)


def path_of(url):
    return url.split("http://127.0.0.1:8000", 1)[-1].replace("http://testserver", "")


def get(client, url, language="fr"):
    with translation.override(language):
        return client.get(path_of(url))


def post(client, url, data, language="es"):
    with translation.override(language):
        return client.post(path_of(url), data)


def form_data(client, url, **changes):
    """The proposal form as the contact receives it, with `changes` typed in."""
    structure = workflow.structure_for_token(url.rstrip("/").rsplit("/", 1)[-1])
    values = workflow.current_values(structure, "es")
    data = {key: ("" if value is None else value) for key, value in values.items()}
    data.update(changes, action="propose")
    return data


def test_the_yearly_e_mail_is_in_spanish_for_a_peruvian_structure_with_a_signed_link(contact):
    message, url = send_link(contact)
    assert message.to == ["contacto@manoamano.pe"]
    assert "/es/confirmation/" in url
    assert "Mano a Mano" in message.subject
    contact.refresh_from_db()
    assert contact.confirmation_requested_at is not None


def test_the_page_shows_the_public_entry_in_the_contacts_language(client, contact):
    _message, url = send_link(contact)
    document = parse(get(client, url, "es"))
    text = visible_text(document)
    assert "Una asociación de Cusco." in text and "Presentación española." in text
    assert document.select('form button[name=action][value=confirm], form input[name=action][value=confirm]')
    assert "noindex" in meta(document, "robots")


def test_confirming_sets_the_date_shown_on_the_structure_page(client, contact, django_capture_on_commit_callbacks):
    assert "Never confirmed by the organisation" in visible_text(parse(client.get("/en/directory/mano-a-mano/")))
    _message, url = send_link(contact)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, url, {"action": "confirm"})
    assert response.status_code == 200
    confirmed = {row.confirmed_at for row in HostStructure.objects.filter(translation_key=contact.translation_key)}
    assert len(confirmed) == 1 and None not in confirmed  # every language row carries the date
    with translation.override("en"):
        text = visible_text(parse(client.get("/en/directory/mano-a-mano/")))
        today = formats.date_format(timezone.localdate(), "DATE_FORMAT")
    assert f"Information confirmed on {today}" in text


def test_an_old_confirmation_says_since_when(client, contact):
    HostStructure.objects.filter(translation_key=contact.translation_key).update(
        confirmed_at=timezone.now() - timedelta(days=800))
    text = visible_text(parse(client.get("/en/directory/mano-a-mano/")))
    assert f"Not confirmed since {(timezone.now() - timedelta(days=800)).year}" in text


def test_a_forged_or_tampered_link_is_a_clear_400(client, contact):
    _message, url = send_link(contact)
    forged = signing.dumps({"s": contact.pk, "t": int(contact.confirmation_requested_at.timestamp())},
                           salt="another-salt")
    for token in (forged, "nonsense", url.rstrip("/").rsplit("/", 1)[-1][:-2] + "xx"):
        document = parse(client.get(f"/es/confirmation/{token}/"), status=400)
        assert "Este enlace de confirmación no es válido." in visible_text(document.select_one("main"))
    assert not StructureChangeRequest.objects.exists()


def test_a_link_expires(client, contact, monkeypatch):
    long_ago = timezone.now() - timedelta(days=workflow.CONFIRMATION_LINK_DAYS + 1)
    monkeypatch.setattr(signing.time, "time", lambda: long_ago.timestamp())
    _message, url = send_link(contact, now=long_ago)
    monkeypatch.undo()
    document = parse(get(client, url, "en"), status=410)
    assert "Este enlace de confirmación ha caducado." in visible_text(document.select_one("main"))  # a Spanish link
    assert post(client, url, {"action": "confirm"}).status_code == 410
    contact.refresh_from_db()
    assert contact.confirmed_at is None


def test_a_newer_request_makes_older_links_useless(client, contact):
    _message, old_url = send_link(contact, now=timezone.now() - timedelta(days=2))
    _message, new_url = send_link(contact)
    assert get(client, old_url, "en").status_code == 410
    assert "Se envió un enlace de confirmación más reciente" in visible_text(
        parse(get(client, old_url, "es"), status=410).select_one("main"))
    assert post(client, old_url, {"action": "confirm"}).status_code == 410
    assert get(client, new_url, "en").status_code == 200


def proposal(client, contact, **changes):
    _message, url = send_link(contact)
    mail.outbox.clear()
    response = post(client, url, form_data(client, url, **changes))
    assert response.status_code == 200, response.content.decode()[:3000]
    return StructureChangeRequest.objects.get()


def api_names(client, **params):
    response = client.get("/api/v1/directory/", params)
    return [result["name"] for result in response.json()["results"]]


def test_a_proposed_change_stays_invisible_until_approved(client, contact, admin_client,
                                                         django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        change = proposal(client, contact, short_description=NEW_TEXT, city="Puno",
                          website="https://mano-a-mano.org")
    assert change.status == ChangeRequestStatus.PENDING and change.language == "es"
    assert set(change.proposed) == {"short_description", "city", "website"}
    # The team is told, with a link to the review page.
    assert mail.outbox[-1].to == ["ev.peru@france-volontaires.org"]
    assert f"/admin/directory/change-requests/{change.pk}/" in mail.outbox[-1].body
    # Nothing is live: page, search, API.
    page = parse(client.get("/es/directorio/mano-a-mano/"))
    assert not anywhere(page, NEW_TEXT) and not anywhere(page, "mano-a-mano.org")
    # The city filter only knows cities of the directory: Puno is not one yet.
    assert client.get("/api/v1/directory/", {"lang": "es", "city": "Puno"}).status_code == 400
    assert api_names(client, lang="es", q="Puno") == []
    contact.refresh_from_db()
    assert contact.city == "Cusco" and contact.confirmed_at is None

    listing = parse(admin_client.get("/admin/directory/change-requests/"))
    assert links(listing)["Mano a Mano"] == f"/admin/directory/change-requests/{change.pk}/"
    review = parse(admin_client.get(f"/admin/directory/change-requests/{change.pk}/"))
    removed, added = [text_of(tag) for tag in review.select("del")], [text_of(tag) for tag in review.select("ins")]
    assert "Cusco" in removed and "Puno" in added and NEW_TEXT in added

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/directory/change-requests/{change.pk}/", {"decision": "approve"})
    assert response.status_code == 302
    change.refresh_from_db()
    assert change.status == ChangeRequestStatus.APPROVED and change.reviewed_by is not None
    spanish = parse(client.get("/es/directorio/mano-a-mano/"))
    assert NEW_TEXT in visible_text(spanish) and "https://mano-a-mano.org" in links(spanish).values()
    french = parse(client.get("/fr/annuaire/mano-a-mano/"))
    assert "Une association de Cusco." in visible_text(french)  # the French text is untouched, facts follow
    assert "Puno" in visible_text(french) and "https://mano-a-mano.org" in links(french).values()
    assert api_names(client, lang="es", city="Puno") == ["Mano a Mano"]
    assert api_names(client, lang="fr", q="Puno") == ["Mano a Mano"]
    assert all(row.confirmed_at for row in HostStructure.objects.filter(translation_key=contact.translation_key))


def test_a_rejected_change_changes_nothing(client, contact, admin_client, django_capture_on_commit_callbacks):
    change = proposal(client, contact, city="Puno", short_description=NEW_TEXT)
    before = {row.pk: (row.city, row.short_description, row.updated_at, row.confirmed_at)
              for row in HostStructure.objects.filter(translation_key=contact.translation_key)}
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/directory/change-requests/{change.pk}/", {"decision": "reject"})
    change.refresh_from_db()
    assert change.status == ChangeRequestStatus.REJECTED
    after = {row.pk: (row.city, row.short_description, row.updated_at, row.confirmed_at)
             for row in HostStructure.objects.filter(translation_key=contact.translation_key)}
    assert after == before
    assert not anywhere(parse(client.get("/es/directorio/mano-a-mano/")), NEW_TEXT)
    # A reviewed request cannot be approved afterwards.
    admin_client.post(f"/admin/directory/change-requests/{change.pk}/", {"decision": "approve"})
    assert HostStructure.objects.get(pk=contact.pk).city == "Cusco"


def test_a_proposal_without_any_change_is_refused(client, contact):
    _message, url = send_link(contact)
    response = post(client, url, form_data(client, url))
    assert response.status_code == 400
    assert not StructureChangeRequest.objects.exists()


def test_the_honeypot_stores_nothing_and_the_form_is_rate_limited(client, contact, settings):
    _message, url = send_link(contact)
    response = post(client, url, form_data(client, url, city="Puno", nickname="bot"))
    assert response.status_code == 200 and not StructureChangeRequest.objects.exists()
    settings.CONFIRMATION_RATE_LIMIT = (1, 3600)
    assert post(client, url, {"action": "confirm"}).status_code == 200
    assert post(client, url, {"action": "confirm"}).status_code == 429


def test_the_review_is_for_directory_editors_only(client, contact, django_user_model):
    change = proposal(client, contact, city="Puno")
    user = django_user_model.objects.create_user("reader", password="x")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(f"/admin/directory/change-requests/{change.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/directory/change-requests/{change.pk}/", {"decision": "approve"}).status_code \
        in (302, 403)
    change.refresh_from_db()
    assert change.is_pending


def test_dry_run_sends_and_writes_nothing(contact, capsys):
    mail.outbox.clear()
    call_command("send_confirmation_requests", "--dry-run")
    assert mail.outbox == []
    contact.refresh_from_db()
    assert contact.confirmation_requested_at is None
    assert "Mano a Mano <contacto@manoamano.pe> (es): would send" in capsys.readouterr().out


def test_the_command_asks_once_a_year(contact, capsys):
    mail.outbox.clear()
    call_command("send_confirmation_requests")
    assert len(mail.outbox) == 1
    call_command("send_confirmation_requests")
    assert len(mail.outbox) == 1  # asked less than a year ago
    HostStructure.objects.filter(pk=contact.pk).update(
        confirmation_requested_at=timezone.now() - timedelta(days=400), confirmed_at=timezone.now())
    call_command("send_confirmation_requests", "--structure", "mano-a-mano")
    assert len(mail.outbox) == 1  # confirmed recently
    HostStructure.objects.filter(pk=contact.pk).update(confirmed_at=timezone.now() - timedelta(days=400))
    call_command("send_confirmation_requests", "--structure", "mano-a-mano")
    assert len(mail.outbox) == 2
    assert "1 confirmation link(s) sent" in capsys.readouterr().out


def test_structures_without_public_e_mail_are_not_asked(sample_structure):
    mail.outbox.clear()
    call_command("send_confirmation_requests")
    assert mail.outbox == []
