"""The introduction form: stored first, e-mails to the team and the sender, spam and abuse refused."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone, translation

from directory.choices import IntroductionStatus
from directory.models import IntroductionRequest
from tests.html import hrefs, parse, text_of, visible_text

pytestmark = pytest.mark.django_db

VALID = {"organisation": "Agir ABCD", "contact_name": "Jeanne Martin", "email": "jeanne@example.org",
         "schemes": ["vsi", "sci"], "period": "Septembre 2026", "message": "Nous cherchons un partenaire.",
         "consent": "on"}


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def post(client, url, data, language="fr", **extra):
    with translation.override(language):
        return client.post(url, data, **extra)


def test_valid_request_is_stored_and_both_sides_are_told(client, sample_structure, settings):
    settings.TEAM_EMAIL = "team@example.org"
    response = post(client, "/es/directorio/mano-a-mano/introduction/", VALID, language="es")
    assert response.status_code == 302
    assert response["Location"] == "/es/directorio/mano-a-mano/introduction/sent/"
    request = IntroductionRequest.objects.get()
    assert (request.organisation, request.schemes, request.language) == ("Agir ABCD", ["vsi", "sci"], "es")
    assert request.structure.translation_key == sample_structure.translation_key
    assert request.status == IntroductionStatus.NEW and request.team_notified_at and request.sender_notified_at
    team, sender = sorted(mail.outbox, key=lambda message: message.to[0] != "team@example.org")
    assert team.to == ["team@example.org"] and "Agir ABCD" in team.subject
    assert "/admin/snippets/directory/introductionrequest/edit/" in team.body
    assert sender.to == ["jeanne@example.org"]
    assert "Mano a Mano" in sender.subject
    confirmation = client.get(response["Location"])
    assert "Mano a Mano" in visible_text(parse(confirmation).select_one("main"))


def test_invalid_request_shows_errors_in_the_reader_language(client, sample_structure):
    response = post(client, "/es/directorio/mano-a-mano/introduction/", {**VALID, "email": "not-an-address", "consent": ""},
                    language="es")
    document = parse(response, status=400)
    (email,) = document.select("input[name=email]")
    assert email["aria-invalid"] == "true"
    described = [document.find(id=name) for name in email.get("aria-describedby", "").split()]
    assert "Introduzca una dirección de correo electrónico válida." in " ".join(text_of(part) for part in described)
    assert IntroductionRequest.objects.count() == 0 and not mail.outbox


def test_honeypot_looks_like_success_but_stores_nothing(client, sample_structure):
    response = post(client, "/fr/annuaire/mano-a-mano/introduction/", {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert IntroductionRequest.objects.count() == 0 and not mail.outbox


def test_rate_limit_per_address(client, sample_structure, settings):
    settings.INTRODUCTION_RATE_LIMIT = (2, 3600)
    statuses = [post(client, "/fr/annuaire/mano-a-mano/introduction/", VALID).status_code for _attempt in range(3)]
    assert statuses == [302, 302, 429]
    assert IntroductionRequest.objects.count() == 2
    other = post(client, "/fr/annuaire/mano-a-mano/introduction/", VALID, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_mail_failure_keeps_the_request(client, sample_structure, settings):
    from tests.quality.faults import closed_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    response = post(client, "/fr/annuaire/mano-a-mano/introduction/", VALID)
    assert response.status_code == 302
    request = IntroductionRequest.objects.get()
    assert request.team_notified_at is None and request.sender_notified_at is None


def test_csrf_is_required(sample_structure):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/fr/annuaire/mano-a-mano/introduction/", VALID)
    assert response.status_code == 403
    assert IntroductionRequest.objects.count() == 0


def test_structure_page_links_to_the_form_on_a_page_of_its_own(client, sample_structure):
    page = parse(client.get("/fr/annuaire/mano-a-mano/"))
    assert "/fr/annuaire/mano-a-mano/introduction/" in hrefs(page, "main a[href]")
    assert not page.select("[name=csrfmiddlewaretoken]")  # so the structure page itself can be cached
    form = client.get("/fr/annuaire/mano-a-mano/introduction/")
    assert form.status_code == 200 and "no-cache" in form["Cache-Control"]
    form_page = parse(form)
    (form_element,) = form_page.select('form[action="/fr/annuaire/mano-a-mano/introduction/#introduction"]')
    assert form_element.select("input[name=csrfmiddlewaretoken]")
    assert "Mano a Mano" in visible_text(form_page.select_one("main"))
    assert client.get("/fr/annuaire/no-such-structure/introduction/").status_code == 404


def test_structure_page_is_cached_per_language_and_a_structure_edit_shows_at_once(client, sample_structure):
    from directory.models import HostStructure
    from home.cache import HEADER

    assert client.get("/fr/annuaire/mano-a-mano/")[HEADER] == "miss"
    assert client.get("/fr/annuaire/mano-a-mano/")[HEADER] == "hit"
    assert client.get("/es/directorio/mano-a-mano/")[HEADER] == "miss"
    assert HEADER not in client.get("/fr/annuaire/mano-a-mano/introduction/")  # the form: never stored
    spanish = HostStructure.objects.get(translation_key=sample_structure.translation_key, locale__language_code="es")
    spanish.short_description = "Una asociación de Cusco que acoge voluntarios."
    spanish.save()
    response = client.get("/es/directorio/mano-a-mano/")
    assert response[HEADER] == "miss" and "acoge voluntarios" in visible_text(parse(response).select_one("main"))


def test_a_form_sent_from_an_older_structure_page_is_passed_on(client, sample_structure):
    response = post(client, "/fr/annuaire/mano-a-mano/", VALID)
    assert response.status_code == 307 and response["Location"] == "/fr/annuaire/mano-a-mano/introduction/"
    assert IntroductionRequest.objects.count() == 0


def test_triage_timestamps_and_purge(sample_structure, settings):
    settings.INTRODUCTION_RETENTION_DAYS = 30
    old = IntroductionRequest.objects.create(structure=sample_structure, structure_name="Mano a Mano",
                                             organisation="Old", contact_name="A", email="a@example.org",
                                             message="m", consent=True)
    IntroductionRequest.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    recent = IntroductionRequest.objects.create(structure=sample_structure, structure_name="Mano a Mano",
                                                organisation="Recent", contact_name="B", email="b@example.org",
                                                message="m", consent=True)
    recent.status = IntroductionStatus.DONE
    recent.save()
    assert recent.in_progress_at is not None and recent.done_at is not None
    call_command("purge_introductions", "--dry-run")
    assert IntroductionRequest.objects.count() == 2
    call_command("purge_introductions")
    assert list(IntroductionRequest.objects.values_list("organisation", flat=True)) == ["Recent"]
