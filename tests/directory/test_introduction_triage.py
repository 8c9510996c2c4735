"""The Lima team triages introduction requests in the admin: a readable request, take in hand, answer the sender
in their language, forward to the structure with the sender's consent, close or mark as spam; every step in the
request's history; the dashboard counts what waits; public statistics count only requests taken in hand."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from directory.choices import IntroductionStatus
from directory.introductions.stats import introduction_stats
from directory.models import HostStructure, IntroductionRequest, StructureChangeRequest
from tests.html import links, parse, text_of

pytestmark = pytest.mark.django_db

NS = "wagtailsnippets_directory_introductionrequest"


@pytest.fixture
def introduction(sample_structure):
    HostStructure.objects.filter(translation_key=sample_structure.translation_key).update(
        public_email="contacto@manoamano.example")
    spanish = HostStructure.objects.get(translation_key=sample_structure.translation_key, locale__language_code="es")
    return IntroductionRequest.objects.create(
        structure=spanish, structure_name="Mano a Mano", organisation="Agir ABCD", contact_name="Jeanne Martin",
        email="jeanne@example.org", schemes=["vsi", "sci"], period="Septembre 2026",
        message="Nous cherchons un partenaire.", consent=True, language="es")


def detail(admin_client, introduction):
    return parse(admin_client.get(reverse(f"{NS}:inspect", args=[introduction.pk])))


def history_messages(introduction):
    return list(ModelLogEntry.objects.for_instance(introduction).order_by("timestamp").values_list("action", flat=True))


def test_detail_shows_labels_and_links_to_the_structure_and_the_sender(admin_client, introduction):
    soup = detail(admin_client, introduction)
    schemes = [text_of(item) for item in soup.select(".introduction-detail__schemes li")]
    assert schemes == ["Volontariat de solidarité internationale (VSI)", "Service civique international (SCI)"]
    assert "['vsi', 'sci']" not in text_of(soup)
    page_links = links(soup, ".introduction-detail a")
    assert page_links["Mano a Mano"] == reverse("wagtailsnippets_directory_hoststructure:edit",
                                                args=[introduction.structure.pk])
    assert page_links["jeanne@example.org"] == "mailto:jeanne@example.org"
    assert "q=jeanne%40example.org" in page_links["toutes les demandes de cette adresse"]
    buttons = [text_of(button) for button in soup.select(".introduction-actions button")]
    assert buttons == ["Prendre en charge", "Marquer traitée", "Marquer comme spam"]


def test_take_in_hand_then_done_are_logged_and_timed(admin_client, admin_user, introduction):
    url = reverse(f"{NS}:triage", args=[introduction.pk, "take-in-hand"])
    assert admin_client.post(url).status_code == 302
    introduction.refresh_from_db()
    assert introduction.status == IntroductionStatus.IN_PROGRESS and introduction.in_progress_at
    assert introduction.handled_by == admin_user
    admin_client.post(reverse(f"{NS}:triage", args=[introduction.pk, "done"]))
    introduction.refresh_from_db()
    assert introduction.status == IntroductionStatus.DONE and introduction.done_at
    assert history_messages(introduction) == ["directory.introduction.taken_in_hand", "directory.introduction.done"]
    history = parse(admin_client.get(reverse(f"{NS}:history", args=[introduction.pk])))
    assert "Prise en charge" in text_of(history) and "Marquée comme traitée" in text_of(history)


def test_answer_uses_a_template_in_the_sender_language(admin_client, introduction, settings):
    url = reverse(f"{NS}:answer", args=[introduction.pk])
    form = parse(admin_client.get(url, {"template": "more-information"}))
    body = form.select_one("textarea[name=body]").get_text().removeprefix("\n")  # as a browser reads it
    assert body.startswith("Hola, Jeanne Martin:")  # the sender wrote from the Spanish site
    subject = form.select_one("input[name=subject]")["value"]
    response = admin_client.post(url, {"subject": subject, "body": body + "\nSaludos."})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["jeanne@example.org"] and message.body.endswith("Saludos.")
    assert message.message()["Reply-To"] == settings.TEAM_EMAIL
    introduction.refresh_from_db()
    assert introduction.status == IntroductionStatus.IN_PROGRESS  # answering takes the request in hand
    assert history_messages(introduction) == ["directory.introduction.answered"]


def test_forward_needs_the_sender_consent(admin_client, introduction):
    url = reverse(f"{NS}:forward", args=[introduction.pk])
    form = parse(admin_client.get(url))
    body = form.select_one("textarea[name=body]").get_text()
    assert "Agir ABCD" in body and "jeanne@example.org" in body
    refused = admin_client.post(url, {"subject": "Presentación", "body": body})  # consent box left unticked
    assert refused.status_code == 200 and not mail.outbox
    admin_client.post(url, {"subject": "Presentación", "body": body, "consent_checked": "on"})
    (message,) = mail.outbox
    assert message.to == ["contacto@manoamano.example"]
    assert message.message()["Reply-To"] == "jeanne@example.org"  # the structure answers the sender directly
    assert history_messages(introduction) == ["directory.introduction.forwarded"]

    IntroductionRequest.objects.filter(pk=introduction.pk).update(consent=False)
    assert admin_client.get(url).status_code == 302  # back to the request: no forward without consent
    soup = detail(admin_client, introduction)
    assert "Transmettre à la structure" not in [text_of(link) for link in soup.select(".introduction-actions a")]


def test_spam_counts_nowhere(client, admin_client, introduction, settings):
    settings.INTRODUCTION_STATS_MINIMUM = 1
    admin_client.post(reverse(f"{NS}:triage", args=[introduction.pk, "take-in-hand"]))
    assert introduction_stats(introduction.structure).count == 1
    admin_client.post(reverse(f"{NS}:triage", args=[introduction.pk, "spam"]))
    introduction.refresh_from_db()
    assert introduction.status == IntroductionStatus.SPAM
    assert introduction_stats(introduction.structure) is None
    dashboard = parse(admin_client.get(reverse("wagtailadmin_home")))
    assert "0 nouvelle demande de mise en relation" in text_of(dashboard.select_one(".directory-work"))


def test_unreviewed_submissions_do_not_inflate_the_public_count(introduction, settings):
    settings.INTRODUCTION_STATS_MINIMUM = 1
    for _ in range(5):
        IntroductionRequest.objects.create(structure=introduction.structure, structure_name="Mano a Mano",
                                           organisation="Bot", contact_name="Bot", email="bot@example.org",
                                           message="spam", consent=True)
    assert introduction_stats(introduction.structure) is None
    IntroductionRequest.objects.filter(pk=introduction.pk).update(
        status=IntroductionStatus.IN_PROGRESS, in_progress_at=timezone.now())
    assert introduction_stats(introduction.structure).count == 1


def test_dashboard_counts_and_links_waiting_work(admin_client, introduction, sample_structure):
    StructureChangeRequest.objects.create(structure=sample_structure, language="fr", proposed={"city": "Lima"})
    panel = parse(admin_client.get(reverse("wagtailadmin_home"))).select_one(".directory-work")
    rows = links(panel)
    listing = reverse(f"{NS}:list")
    assert rows["1 nouvelle demande de mise en relation"] == f"{listing}?status=new"
    assert rows["1 demande de modification à examiner"] == reverse("directory_change_requests:index")


def test_bulk_spam_is_logged(admin_client, introduction):
    action = reverse("wagtail_bulk_action", args=["directory", "introductionrequest", "introductions-spam"])
    assert admin_client.post(f"{action}?id={introduction.pk}", {}).status_code == 302
    introduction.refresh_from_db()
    assert introduction.status == IntroductionStatus.SPAM
    assert history_messages(introduction) == ["directory.introduction.spam"]


def test_listing_opens_the_readable_detail(admin_client, introduction):
    soup = parse(admin_client.get(reverse(f"{NS}:list")))
    rows = soup.select("table.listing tbody tr")
    assert len(rows) == 1
    assert links(rows[0])["Agir ABCD"] == reverse(f"{NS}:inspect", args=[introduction.pk])
    filters = [text_of(label) for label in soup.select("#filters-drilldown legend, #filters-drilldown label")]
    assert "Langue de l'expéditeur" in filters
