"""The digests `manage.py send_directory_alerts` sends.

Periods are calendar weeks (Monday to Monday) and months, in the site's time zone. A run sends each confirmed
subscription the digest of the last complete period, unless that period was already handled. Each digest
covers the changes from the end of the previous one (or the confirmation) to the start of the current
period: the windows follow each other without overlap, so a change is told once. A failed send records
nothing, so the next run covers the same changes again (extended to the newer period if one has ended).
Claiming a subscription is a conditional UPDATE in the transaction that sends: two runs at the same time
cannot both send it.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from ..models import AlertFrequency, HostStructure, SavedSearch
from ..needs.public import current_needs_by_key, need_summary
from ..search import get_engine
from . import changes, searches
from .subscriptions import purge_unconfirmed, send_alert_mail

logger = logging.getLogger(__name__)

SEARCH_LIMIT = 10_000
DIGEST_MAX_ITEMS = 50


def _midnight(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def last_period(frequency, now):
    """(key, end) of the last complete period before `now`; `end` is the start of the current period."""
    today = timezone.localtime(now).date()
    if frequency == AlertFrequency.MONTHLY:
        end_day = today.replace(day=1)
        previous = end_day - timedelta(days=1)
        return f"{previous.year}-{previous.month:02d}", _midnight(end_day)
    end_day = today - timedelta(days=today.weekday())
    year, week, _weekday = (end_day - timedelta(days=7)).isocalendar()
    return f"{year}-W{week:02d}", _midnight(end_day)


@dataclass
class Report:
    subscriptions: int = 0
    sent: int = 0
    empty: int = 0
    not_due: int = 0
    failed: int = 0
    invalid: int = 0
    purged: int = 0
    changes_found: int = 0
    lines: list = field(default_factory=list)


class _Searches:
    """Matching structure ids per (parameters, language), computed once per run."""

    def __init__(self):
        self.engine, self.memo = get_engine(), {}

    def ids(self, params, language):
        if (params, language) not in self.memo:
            form = searches.parse_params(params, language)
            ids = None if form.errors else [hit.structure_id for hit in
                                           self.engine.all_hits(form.to_query(), SEARCH_LIMIT)]
            self.memo[(params, language)] = (form, ids)
        return self.memo[(params, language)]


def digest_context(subscription, form, new, changed, start, end):
    """What the digest e-mail shows: structures in the subscription's language, with absolute links."""
    page = searches.directory_page(subscription.language)
    base = page.get_url() if page else ""
    structures = list(HostStructure.objects.filter(pk__in=new | changed).select_related("region"))
    items = {"new": [], "changed": []}
    with translation.override(subscription.language):
        needs = current_needs_by_key(structures)
        for structure in sorted(structures, key=lambda s: s.name.lower()):
            current = needs.get(structure.translation_key, [])
            # A need published during the window is the news itself: it is told apart from the others.
            opened = [need for need in current if start < need.created_at <= end]
            items["new" if structure.pk in new else "changed"].append({
                "structure": structure, "url": searches.absolute(f"{base}{structure.slug}/") if base else "",
                "new_needs": [need_summary(need) for need in opened],
                "needs": [need_summary(need) for need in current if need not in opened],
                "place": ", ".join(p for p in (structure.city, structure.region.name if structure.region_id else "")
                                   if p),
            })
    total = len(new) + len(changed)
    kept_new = items["new"][:DIGEST_MAX_ITEMS]
    kept_changed = items["changed"][:max(0, DIGEST_MAX_ITEMS - len(kept_new))]
    with translation.override(subscription.language):
        description = searches.describe(form)
    return {
        "new": kept_new, "changed": kept_changed, "total": total,
        "more": total - len(kept_new) - len(kept_changed),
        "description": description, "start": timezone.localtime(start),
        # The window ends at midnight starting the current period: the last day it covers is the one before.
        "end": timezone.localtime(end - timedelta(seconds=1)),
        "search_url": searches.absolute(searches.search_url(page, subscription.params)) if page else "",
        "feed_url": searches.absolute(searches.feed_url(page, "rss", subscription.params)) if page else "",
    }


def _claim(subscription, key, end, now):
    """Mark the period handled if nobody else did meanwhile (same `sent_until` as when we read it)."""
    unchanged = Q(sent_until=subscription.sent_until) if subscription.sent_until else Q(sent_until__isnull=True)
    return SavedSearch.objects.filter(unchanged, pk=subscription.pk, last_period=subscription.last_period).update(
        last_period=key, sent_until=end, last_sent_at=now) == 1


def send_digests(now=None, dry_run=False, stdout=None):
    now = now or timezone.now()
    report, matching = Report(), _Searches()
    report.purged = purge_unconfirmed(now, dry_run=dry_run)
    if not dry_run:
        report.changes_found = changes.refresh()
    for subscription in SavedSearch.objects.filter(confirmed_at__isnull=False).order_by("pk"):
        report.subscriptions += 1
        _handle(subscription, now, dry_run, report, matching)
    return report


def _handle(subscription, now, dry_run, report, matching):
    key, end = last_period(subscription.frequency, now)
    start = subscription.sent_until or subscription.confirmed_at
    label = f"alert #{subscription.pk} ({subscription.frequency}, {subscription.language}, {key})"
    if subscription.last_period == key or subscription.confirmed_at >= end:
        report.not_due += 1
        return
    if start >= end:  # the frequency changed to a longer one: this period is already covered
        if not dry_run:
            SavedSearch.objects.filter(pk=subscription.pk).update(last_period=key)
        report.not_due += 1
        return
    form, ids = matching.ids(subscription.params, subscription.language)
    if ids is None:
        # The saved search no longer validates (a value left the vocabulary): running what remains would
        # widen it. Nothing is recorded, so its changes are sent once it holds again.
        report.invalid += 1
        report.lines.append(f"{label}: the saved search is no longer valid, skipped")
        return
    new, changed = changes.new_and_changed(ids, start, end)
    if dry_run:
        report.lines.append(f"{label}: {len(new)} new, {len(changed)} changed (dry run, nothing sent)")
        report.sent += bool(new or changed)
        report.empty += not (new or changed)
        return
    if not (new or changed):
        if _claim(subscription, key, end, subscription.last_sent_at):
            report.empty += 1
        return
    page = searches.directory_page(subscription.language)
    if page is None:
        report.failed += 1
        report.lines.append(f"{label}: no directory page in this language, will retry")
        return
    context = digest_context(subscription, form, new, changed, start, end)
    try:
        with transaction.atomic():
            if not _claim(subscription, key, end, now):
                report.not_due += 1
                return
            send_alert_mail(subscription, "alert_digest", context, page)
    except Exception as error:  # the claim is rolled back: the next run sends these changes again
        logger.warning("Directory alert %s: digest not sent: %s", subscription.pk, error)
        report.failed += 1
        report.lines.append(f"{label}: sending failed ({error.__class__.__name__}), will retry next run")
        return
    report.sent += 1
    report.lines.append(f"{label}: sent, {len(new)} new, {len(changed)} changed")
