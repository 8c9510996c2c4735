"""What the site's e-mails can carry: no forged lines, plain-text subjects, links on SITE_URL only, and a
sender's copy that repeats nothing the poster typed but their name and the structure's name."""

import email
import email.policy

import pytest
from django.core import mail
from lxml import html as lxml_html

from directory.models import HostStructure, IntroductionRequest

pytestmark = pytest.mark.django_db

VALID = {"organisation": "Agir ABCD", "contact_name": "Jeanne Martin", "email": "jeanne@example.org",
         "period": "Septembre 2026", "message": "Nous cherchons un partenaire.\nÀ Cusco, de préférence.",
         "consent": "on"}
URL = "/fr/annuaire/mano-a-mano/introduction/"


def parsed(message):
    """The message as a mail client reads it: headers and body from the bytes on the wire."""
    return email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)


@pytest.mark.parametrize("field", ["organisation", "contact_name", "period"])
@pytest.mark.parametrize("line_break", ["\r\n", "\n", "\r", "\u2028"])
def test_one_line_fields_cannot_carry_a_line_break(client, sample_structure, field, line_break):
    response = client.post(URL, {**VALID, field: f"a{line_break}Bcc: victim@example.org"})
    assert response.status_code == 400
    document = lxml_html.fromstring(response.content)
    errors = document.xpath(f"//ul[@id='id_{field}_error']/li/text()")
    assert errors == ["Écrivez ceci sur une seule ligne."]
    assert not IntroductionRequest.objects.exists() and not mail.outbox


def test_subjects_are_plain_text_and_links_come_from_site_url(client, sample_structure, settings):
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = "https://www.example.org"
    settings.ALLOWED_HOSTS = ["testserver", "evil.example"]
    HostStructure.objects.filter(translation_key=sample_structure.translation_key).update(name="L'Arche & Co")
    response = client.post(URL, {**VALID, "organisation": "O'Brien & Fils"}, HTTP_HOST="evil.example")
    assert response.status_code == 302
    team, sender = sorted(mail.outbox, key=lambda message: message.to != [settings.TEAM_EMAIL])
    assert team.subject == parsed(team)["Subject"].strip() == \
        "Demande de mise en relation : O'Brien & Fils → L'Arche & Co"
    assert sender.subject == parsed(sender)["Subject"].strip() == \
        "Votre demande de mise en relation avec L'Arche & Co"
    team, sender = parsed(team), parsed(sender)
    for message in (team, sender):
        body = message.get_content()
        links = [word for word in body.split() if "://" in word]
        assert links and all(link.startswith("https://www.example.org/") for link in links), links
        assert "evil.example" not in body


def test_the_sender_s_copy_repeats_nothing_but_the_names(client, sample_structure):
    client.post(URL, {**VALID, "organisation": "Offre spéciale", "period": "cliquez ici",
                      "message": "Gagnez un iPhone sur http://spam.example/"})
    sender = next(parsed(message) for message in mail.outbox if message.to == ["jeanne@example.org"])
    body = sender.get_content()
    assert "Jeanne Martin" in body and "Mano a Mano" in body
    for typed in ("Offre spéciale", "cliquez ici", "iPhone", "spam.example", "jeanne@example.org"):
        assert typed not in body and typed not in sender["Subject"]
