"""The figures a structure page shows about its introductions: how many the site made and the team's median
time to take one in hand (issue 9), only above a minimum so that no figure points at one sender."""

from dataclasses import dataclass
from datetime import timedelta
from statistics import median

from django.conf import settings
from django.utils.translation import ngettext

from .models import IntroductionRequest

DEFAULT_STATS_MINIMUM = 5


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
    Only requests the team has taken in hand count (never spam): anyone can post the public form, so an
    unreviewed submission proves nothing. One query, whatever the number of requests."""
    minimum = stats_minimum() if minimum is None else minimum
    rows = IntroductionRequest.objects.taken_in_hand() \
        .filter(structure__translation_key=structure.translation_key).values_list("created_at", "in_progress_at")
    rows = list(rows)
    if len(rows) < max(minimum, 1):
        return None
    waits = [(taken - received).total_seconds() for received, taken in rows if taken is not None]
    median_wait = timedelta(seconds=median(waits)) if waits and len(waits) >= minimum else None
    return IntroductionStats(count=len(rows), median_response=median_wait)
