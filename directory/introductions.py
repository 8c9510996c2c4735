"""Record an introduction request, then tell the team and the sender. The request is saved first:
a mail server failure loses nothing (the team sees the request in the admin either way)."""

import logging
from dataclasses import dataclass
from datetime import timedelta
from statistics import median

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import ngettext

from .models import IntroductionRequest

logger = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 730
DEFAULT_STATS_MINIMUM = 5


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


def stats_minimum():
    return int(getattr(settings, "INTRODUCTION_STATS_MINIMUM", DEFAULT_STATS_MINIMUM))


@dataclass(frozen=True)
class IntroductionStats:
    count: int
    median_response: timedelta | None  # None until enough requests were taken in hand

    @property
    def median_response_label(self):
        if self.median_response is None:
            return ""
        hours = self.median_response.total_seconds() / 3600
        if hours < 48:
            hours = max(1, round(hours))
            return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
        days = round(hours / 24)
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def introduction_stats(structure, minimum=None):
    """How many introductions the site made for a structure (every language row) and the team's median time
    to take one in hand, from the triage timestamps. None below `minimum` requests, and no median below
    `minimum` answered ones: a figure drawn from one or two requests would tell who asked and when.
    One query, whatever the number of requests."""
    minimum = stats_minimum() if minimum is None else minimum
    rows = IntroductionRequest.objects.filter(structure__translation_key=structure.translation_key) \
        .values_list("created_at", "in_progress_at")
    rows = list(rows)
    if len(rows) < max(minimum, 1):
        return None
    waits = [(taken - received).total_seconds() for received, taken in rows if taken is not None]
    median_wait = timedelta(seconds=median(waits)) if waits and len(waits) >= minimum else None
    return IntroductionStats(count=len(rows), median_response=median_wait)
