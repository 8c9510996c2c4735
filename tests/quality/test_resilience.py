"""When Redis or the e-mail server is down, readers still get their pages and editors get no error page.

Introduction requests (directory) and searches with Elasticsearch down have their own tests in their apps;
the fixtures email_server_down, redis_down and redis_up live in tests/quality/conftest.py.
"""

import pytest

from home.cache import HEADER
from tests.html import parse, text_of, visible_text

pytestmark = pytest.mark.django_db


def test_pages_are_served_when_redis_is_down(client, programme, redis_down):
    for url, text in [("/fr/", "Le volontariat international"), ("/fr/programmes/enlazando/", "EnLAzando")]:
        for _ in range(2):
            response = client.get(url)
            assert text in visible_text(parse(response))
            assert HEADER not in response  # nothing could be stored, nothing pretends it was


def test_a_hanging_redis_costs_each_request_one_attempt_and_pages_are_served(client, programme, redis_hanging):
    """Redis accepts connections and never answers: each request gives up the cache after its first call (one
    socket timeout) and is served uncached; nothing waits for a second timeout."""
    for url, text in [("/fr/", "Le volontariat international"), ("/fr/programmes/enlazando/", "EnLAzando")]:
        for _ in range(2):
            attempts = redis_hanging.connections
            response = client.get(url)
            assert text in visible_text(parse(response))
            assert HEADER not in response
            assert redis_hanging.connections - attempts == 1
    assert redis_hanging.received > 0  # the requests really did ask the hanging server


def test_a_request_stops_asking_redis_after_a_failure(client, programme, redis_down, monkeypatch):
    """Redis refuses connections: one attempt per request, then the request is served uncached."""
    from django_redis.client import DefaultClient

    attempts = []
    original = DefaultClient.get_client

    def counted(self, *args, **kwargs):
        attempts.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DefaultClient, "get_client", counted)
    for url in ("/fr/", "/fr/programmes/enlazando/"):
        attempts.clear()
        response = client.get(url)
        assert response.status_code == 200 and HEADER not in response
        assert len(attempts) == 1


def test_redis_shares_the_cache_and_its_invalidation(client, programme, redis_up):
    assert client.get("/fr/programmes/enlazando/")[HEADER] == "miss"
    assert client.get("/fr/programmes/enlazando/")[HEADER] == "hit"
    programme.title = "EnLAzando II"
    programme.save_revision().publish()
    response = client.get("/fr/programmes/enlazando/")
    assert response[HEADER] == "miss" and text_of(parse(response), "h1") == "EnLAzando II"


def test_password_reset_does_not_fail_when_the_mail_server_is_down(client, site_tree, django_user_model,
                                                                    email_server_down, caplog):
    django_user_model.objects.create_user("editor", "editor@example.org", "a long password", is_staff=True)
    response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    # The same answer as for an unknown address: no error page, no hint that the account exists.
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    # The mail really was attempted against the dead server, and the failure is logged for the team.
    assert "Failed to send password reset email" in caplog.text


# --- Nothing lost, nothing hangs: the three public forms with Redis, the mail server or the database failing.

from django.core import mail  # noqa: E402
from django.utils import translation  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402
from lxml import html as lxml_html  # noqa: E402

from directory.models import IntroductionRequest, SavedSearch  # noqa: E402
from tests.quality.faults import database_write_lock, hanging_smtp_server, smtp_server  # noqa: E402

INTRODUCTION = {"organisation": "Agir ABCD", "contact_name": "Jeanne Martin", "email": "jeanne@example.org",
                "message": "Nous cherchons un partenaire à Cusco.", "consent": "on"}
INTRODUCTION_URL = "/fr/annuaire/mano-a-mano/introduction/"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def mail_tasks(status):
    return DBTaskResult.objects.filter(task_path="jobs.mail.send_email", status=status)


def run_worker():
    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)


def form_values(response):
    document = lxml_html.fromstring(response.content)
    values = {element.get("name"): element.get("value") for element in document.iter("input")
              if element.get("type") not in ("checkbox", "hidden", "submit")}
    # A browser drops the newline that opens a textarea's content (HTML parsing rule); lxml keeps it.
    values.update({element.get("name"): element.text_content().removeprefix("\n")
                   for element in document.iter("textarea")})
    return document, values


def test_the_three_forms_work_with_redis_down(client, sample_structure, redis_down):
    response = client.post(INTRODUCTION_URL, INTRODUCTION)
    assert response.status_code == 302 and response["Location"].endswith("/introduction/sent/")
    assert IntroductionRequest.objects.get().organisation == "Agir ABCD"
    assert {message.to[0] for message in mail.outbox} == {"jeanne@example.org", "ev.peru@france-volontaires.org"}
    follow = client.post("/fr/annuaire/alerts/follow/", {"email": "suivi@example.org", "search": "region=PE-CUS",
                                                          "frequency": "weekly"})
    assert follow.status_code == 302
    assert SavedSearch.objects.get().email == "suivi@example.org"
    from django.urls import reverse
    from django.utils import timezone

    from directory.confirmation import workflow

    asked = timezone.now().replace(microsecond=0)
    type(sample_structure).objects.filter(pk=sample_structure.pk).update(confirmation_requested_at=asked)
    with translation.override("es"):
        url = reverse("directory_confirmation", args=[workflow.make_token(sample_structure, asked)])
    answer = client.post(url, {"action": "confirm"})
    assert answer.status_code == 200
    sample_structure.refresh_from_db()
    assert sample_structure.confirmed_at is not None


def test_the_rate_limit_store_is_the_database_and_shared_by_every_worker(client, sample_structure, settings):
    from django.core.cache.backends.db import DatabaseCache

    from jobs.apps import create_cache_tables

    settings.CACHES = {**settings.CACHES, "ratelimit": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "fvp_ratelimit"}}
    create_cache_tables(sender=None)  # what every `migrate` runs
    settings.INTRODUCTION_RATE_LIMIT = (2, 3600)
    invalid = {**INTRODUCTION, "email": "not-an-address"}
    assert [client.post(INTRODUCTION_URL, invalid).status_code for _ in range(3)] == [400, 400, 400]
    assert [client.post(INTRODUCTION_URL, INTRODUCTION).status_code for _ in range(3)] == [302, 302, 429]
    assert IntroductionRequest.objects.count() == 2
    # Another worker process has its own cache object on the same table, and sees the same count.
    from django.test import RequestFactory

    from directory import ratelimit

    other_worker = DatabaseCache("fvp_ratelimit", {})
    key = ratelimit._key(RequestFactory().post(INTRODUCTION_URL), "introduction")
    assert other_worker.get(key) == 2


@pytest.mark.django_db(transaction=True)  # the worker closes its database connection between tasks
def test_a_hanging_mail_server_delays_nothing_and_the_mail_goes_out_once_it_is_back(client, sample_structure,
                                                                                   settings, admin_client):
    from django.utils import timezone

    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_TIMEOUT = "127.0.0.1", 1
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    with hanging_smtp_server() as port:
        settings.EMAIL_PORT = port
        response = client.post(INTRODUCTION_URL, INTRODUCTION)
        # Answered without touching the mail server: the e-mails wait in the queue.
        assert response.status_code == 302
        request = IntroductionRequest.objects.get()
        assert mail_tasks("READY").count() == 2, list(DBTaskResult.objects.values_list("task_path", "status"))
        run_worker()  # each attempt waits for the silent server, times out, and is queued again
    assert mail_tasks("FAILED").count() == 2 and mail_tasks("READY").count() == 2
    request.refresh_from_db()
    assert request.team_notified_at is None and request.sender_notified_at is None
    # The admin shows both: the failed attempts with their error, and the retries waiting.
    for status, label in (("FAILED", "Échouée"), ("READY", "En attente")):
        report = admin_client.get("/admin/reports/background-tasks/", {"status": status})
        report = lxml_html.fromstring(report.content)
        rows = report.xpath("//table[contains(@class, 'listing')]/tbody/tr")
        assert len(rows) == 2 and all(label in row.text_content() for row in rows)
        assert all("jobs.mail.send_email" in row.text_content() for row in rows)
    retries = mail_tasks("READY")
    assert all(task.run_after > timezone.now() for task in retries)  # not before TASK_RETRY_SECONDS
    retries.update(run_after=timezone.now())  # that delay has passed; the server is back on the same port
    with smtp_server(port) as (_port, received):
        run_worker()
    assert sorted(envelope.rcpt_tos[0] for envelope in received) == ["ev.peru@france-volontaires.org",
                                                                     "jeanne@example.org"]
    request.refresh_from_db()
    assert request.team_notified_at and request.sender_notified_at


@pytest.mark.django_db(transaction=True)
def test_a_locked_database_keeps_the_sender_s_text_and_the_search_answers(client, site_tree, sample_structure,
                                                                           settings):
    from tests.factories import content_page

    settings.TASKS = DATABASE_QUEUE
    content_page(site_tree["fr"], "Le volontariat de réciprocité", slug="reciprocite")
    assert client.get("/es/directorio/mano-a-mano/introduction/").status_code == 200  # the sender opens the form
    assert client.get("/fr/recherche/", {"q": "volontariat"}).status_code == 200
    with database_write_lock("directory_introductionrequest"):
        response = client.post("/es/directorio/mano-a-mano/introduction/", INTRODUCTION)
    assert response.status_code == 503 and response["Retry-After"]
    document, values = form_values(response)
    assert document.get("lang") == "es"
    assert "unos minutos" in document.xpath("string(//*[@role='alert'])")
    assert values["organisation"] == "Agir ABCD" and values["email"] == "jeanne@example.org"
    assert values["message"] == INTRODUCTION["message"]
    assert IntroductionRequest.objects.count() == 0
    # Sent again once the lock is gone: stored.
    assert client.post("/es/directorio/mano-a-mano/introduction/", INTRODUCTION).status_code == 302
    assert IntroductionRequest.objects.count() == 1
    with database_write_lock(DBTaskResult._meta.db_table):
        search = client.get("/fr/recherche/", {"q": "réciprocité"})
    assert search.status_code == 200
    document = lxml_html.fromstring(search.content)
    assert "réciprocité" in document.findtext(".//title")
    assert not document.xpath("//*[@role='alert']")  # answered for real, not "unavailable for a moment"
    from search.models import SearchQueryLog

    assert not SearchQueryLog.objects.filter(query="réciprocité").exists()  # that one count was dropped
