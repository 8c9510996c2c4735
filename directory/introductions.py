"""Record an introduction request, then tell the team and the sender. The request is saved first:
a mail server failure loses nothing (the team sees the request in the admin either way)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

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


def _send(template, context, recipient, language):
    with translation.override(language):
        subject = " ".join(render_to_string(f"directory/emails/{template}_subject.txt", context).split())
        body = render_to_string(f"directory/emails/{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])


def notify(introduction, structure_url, admin_url):
    """E-mail the team (in the site's default language) and the sender (in theirs); failures are logged."""
    context = {"introduction": introduction, "structure_url": structure_url, "admin_url": admin_url,
               "retention_days": retention_days()}
    sends = [("team_notified_at", "introduction_team", settings.TEAM_EMAIL, settings.LANGUAGE_CODE),
             ("sender_notified_at", "introduction_confirmation", introduction.email, introduction.language)]
    for field, template, recipient, language in sends:
        try:
            _send(template, context, recipient, language)
        except Exception:  # any transport error: the request is stored, the team will see it in the admin
            logger.exception("Introduction request %s: could not send %s", introduction.pk, template)
            continue
        setattr(introduction, field, timezone.now())
        IntroductionRequest.objects.filter(pk=introduction.pk).update(**{field: getattr(introduction, field)})


def purge(days=None, dry_run=False):
    """Delete requests received more than `days` ago; returns how many (would) go."""
    cutoff = timezone.now() - timedelta(days=retention_days() if days is None else days)
    old = IntroductionRequest.objects.filter(created_at__lt=cutoff)
    count = old.count()
    if not dry_run:
        old.delete()
    return count
