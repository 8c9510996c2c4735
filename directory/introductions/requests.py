"""Record an introduction request, then tell the team and the sender. The request is saved first and the
e-mails go through the task queue: a mail server failure loses nothing and never makes the sender wait."""

import logging
from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from jobs.mail import queue_email, render_text, site_url

from .models import IntroductionRequest

logger = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 730


def retention_days():
    return int(getattr(settings, "INTRODUCTION_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def create_request(structure, data, language):
    return IntroductionRequest.objects.create(
        structure=structure, structure_name=structure.name, organisation=data["organisation"],
        contact_name=data["contact_name"], email=data["email"], schemes=list(data.get("schemes") or []),
        period=data.get("period", ""), message=data["message"], consent=data["consent"], language=language,
    )


def _render(template, context, language):
    with translation.override(language):
        return (render_text(f"directory/introductions/emails/{template}_subject.txt", context),
                render_text(f"directory/introductions/emails/{template}.txt", context))


def notify(introduction, structure_path):
    """Queue the e-mails to the team (in the site's default language) and to the sender (in theirs).
    A worker sends them, retrying while the mail server fails; each is recorded once sent. Links are on
    SITE_URL. The sender's copy names only them and the structure: the form can be posted with anyone's
    address, so it must carry nothing else the poster wrote."""
    context = {"introduction": introduction, "structure_url": site_url(structure_path),
               "admin_url": site_url(reverse("wagtailsnippets_directory_introductionrequest:edit",
                                             args=[introduction.pk])),
               "retention_days": retention_days()}
    sends = [("team_notified_at", "introduction_team", settings.TEAM_EMAIL, settings.LANGUAGE_CODE),
             ("sender_notified_at", "introduction_confirmation", introduction.email, introduction.language)]
    for field, template, recipient, language in sends:
        subject, body = _render(template, context, language)
        queue_email(subject, body, [recipient], record=(IntroductionRequest._meta.label, introduction.pk, field))


def purge(days=None, dry_run=False):
    """Delete requests received more than `days` ago; returns how many (would) go."""
    cutoff = timezone.now() - timedelta(days=retention_days() if days is None else days)
    old = IntroductionRequest.objects.filter(created_at__lt=cutoff)
    count = old.count()
    if not dry_run:
        old.delete()
    return count
