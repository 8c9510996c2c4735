"""Following a search: nothing is sent but the confirmation until the owner of the address confirms it."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import IntegrityError
from django.utils import timezone, translation

from jobs.mail import one_line, queue_email, render_text

from ..models import SavedSearch
from . import confirmation_days, searches, tokens

# One confirmation e-mail per address, search and frequency in this many seconds, whoever asks: the form
# cannot be used to flood someone's mailbox, even from many connections.
RESEND_SECONDS = 600


def alert_message(subscription, template, context, page):
    """Render one alert e-mail in the subscription's language, with RFC 8058 one-click unsubscribe."""
    unsubscribe_url = searches.absolute(
        searches.alerts_url(page, "unsubscribe", tokens.unsubscribe_token(subscription)))
    context = {**context, "subscription": subscription, "unsubscribe_url": unsubscribe_url,
               "confirmation_days": confirmation_days()}
    with translation.override(subscription.language):
        subject = one_line(render_text(f"directory/alerts/emails/{template}_subject.txt", context))
        body = render_text(f"directory/alerts/emails/{template}.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [subscription.email], headers={
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    })


def send_alert_mail(subscription, template, context, page):
    """Send one alert e-mail now. Transport errors are raised: callers decide whether to retry."""
    message = alert_message(subscription, template, context, page)
    message.send()
    return message


def follow(email, params, frequency, language):
    """Record (or find) the subscription and queue its confirmation link (a worker sends it, retrying while
    the mail server fails). Whether the address already follows the search is never revealed to the visitor."""
    email = email.strip()
    try:
        subscription, created = SavedSearch.objects.get_or_create(
            email=email, params=params, defaults={"frequency": frequency, "language": language})
    except IntegrityError:  # the same form posted twice at once: the other request created the row
        subscription, created = SavedSearch.objects.get(email=email, params=params), False
    if not created and not subscription.is_confirmed:
        SavedSearch.objects.filter(pk=subscription.pk).update(frequency=frequency, language=language)
        subscription.frequency, subscription.language = frequency, language
    throttle = hashlib.sha256(f"{email.lower()}|{params}|{frequency}|{language}".encode()).hexdigest()[:32]
    # `is False`: a cache that is down answers None, and then the confirmation still goes.
    if cache.add(f"alerts:confirmation:{throttle}", 1, RESEND_SECONDS) is False:
        return True
    page = searches.directory_page(language)
    form = searches.parse_params(params, language)
    with translation.override(language):
        context = {
            "description": searches.describe(form),
            "frequency_label": SavedSearch(frequency=frequency).get_frequency_display(),
            "confirm_url": searches.absolute(searches.alerts_url(
                page, "confirm", tokens.confirm_token(subscription, frequency, language))),
            "search_url": searches.absolute(searches.search_url(page, params)),
        }
    # The e-mail is written in the language the visitor chose, even for an address that already follows.
    subscription.language = language
    message = alert_message(subscription, "alert_confirmation", context, page)
    queue_email(message.subject, message.body, message.to, headers=message.extra_headers)
    return True


def find_for_confirmation(token):
    """(subscription, payload) for a confirmation link; raises tokens.InvalidToken / ExpiredToken."""
    payload = tokens.read_confirm_token(token)
    subscription = SavedSearch.objects.filter(key=payload.get("k")).first() if isinstance(payload, dict) else None
    if subscription is None:
        raise tokens.InvalidToken
    return subscription, payload


def confirm(token, now=None):
    subscription, payload = find_for_confirmation(token)
    subscription.frequency = payload.get("f") or subscription.frequency
    subscription.language = payload.get("l") or subscription.language
    if subscription.confirmed_at is None:
        subscription.confirmed_at = now or timezone.now()
    subscription.save(update_fields=["frequency", "language", "confirmed_at"])
    return subscription


def find_for_unsubscribe(token):
    """The subscription of an unsubscribe link, or None when it is already gone; raises tokens.InvalidToken."""
    key = tokens.read_unsubscribe_token(token)
    return SavedSearch.objects.filter(key=key).first()


def unsubscribe(token):
    """Delete the subscription (and with it every personal detail). Idempotent."""
    key = tokens.read_unsubscribe_token(token)
    deleted, _detail = SavedSearch.objects.filter(key=key).delete()
    return bool(deleted)


def purge_unconfirmed(now=None, dry_run=False):
    cutoff = (now or timezone.now()) - timedelta(days=confirmation_days())
    stale = SavedSearch.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
    count = stale.count()
    if not dry_run:
        stale.delete()
    return count
