"""Public views of the alerts: follow a search, confirm, unsubscribe, and the search as RSS/Atom.

The follow form sits on the directory listing, which the page cache stores for anonymous readers; a CSRF
token would make the listing uncacheable. The form is therefore exempt: it needs no session, whatever it
records waits for the address owner's confirmation, and the rate limit, honeypot and per-address resend
delay hold whoever posts it. The unsubscribe URL must accept a mail provider's one-click POST (RFC 8058),
which carries no token either. Confirming is a POST behind the link's page, so a mail scanner following
links cannot confirm on the owner's behalf.
"""

import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.coreutils import get_supported_content_language_variant

from .. import ratelimit
from ..models import AlertFrequency
from ..views.common import directory_pages_by_language, page_language
from . import searches, subscriptions, tokens
from .feeds import SearchAtomFeed, SearchRssFeed
from .forms import FollowForm

logger = logging.getLogger(__name__)

RATE_LIMIT = (10, 3600)  # follow requests per IP per hour; settings.ALERT_RATE_LIMIT overrides it


def _page(directory_slug):
    """The live, public directory page of the active language, when it has that slug (remembered pages)."""
    page = directory_pages_by_language().get(get_supported_content_language_variant(_language()))
    if page is None or page.slug != directory_slug:
        raise Http404
    return page


def _language():
    return get_language() or settings.LANGUAGE_CODE


def _render(request, page, template, context, status=200):
    return TemplateResponse(request, f"directory/alerts/{template}.html",
                            {"page": page, "self": page, **context}, status=status)


def follow_context(page, search_form, request=None):
    """The follow form and feed links of a search, for the listing and the follow page."""
    params = searches.canonical_params(search_form.to_query())
    return {
        "follow_form": FollowForm(initial={"search": params}, language=page_language(page)),
        "follow_action": searches.alerts_url(page, "follow", request=request),
        "rss_url": searches.feed_url(page, "rss", params, request),
        "atom_url": searches.feed_url(page, "atom", params, request),
        "description": searches.describe(search_form),
        "search_url": searches.search_url(page, params, request),
    }


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def follow(request, directory_slug):
    """GET: the follow form of the search in the query string; POST: the listing's form (errors shown here)."""
    page, language = _page(directory_slug), _language()
    if request.method == "GET":
        return _render(request, page, "follow", {"follow": follow_context(
            page, searches.parse_params(request.GET.urlencode(), language), request)})
    form = FollowForm(request.POST, language=language)
    sent_url = searches.alerts_url(page, "sent", request=request)
    if form.is_spam():
        return HttpResponseRedirect(sent_url)  # look like a success to the robot; store nothing
    search_form = searches.parse_params(request.POST.get("search", ""), language)
    context = {"follow": {**follow_context(page, search_form, request), "follow_form": form}}
    limit, window = getattr(settings, "ALERT_RATE_LIMIT", RATE_LIMIT)
    if ratelimit.exceeded(request, "alert-follow", limit):
        return _render(request, page, "follow", {**context, "rate_limited": True}, status=429)
    if not form.is_valid():
        return _render(request, page, "follow", context, status=400)
    try:
        with transaction.atomic():
            subscriptions.follow(form.cleaned_data["email"], form.cleaned_data["search"],
                                 form.cleaned_data["frequency"], language)
    except DatabaseError:  # the form is shown again, filled in, with a request to try later
        logger.exception("Directory alert for %s could not be stored", form.cleaned_data["search"])
        response = _render(request, page, "follow", {**context, "not_sent": True}, status=503)
        response["Retry-After"] = "120"
        return response
    ratelimit.count(request, "alert-follow", window)
    return HttpResponseRedirect(sent_url)


@never_cache
@require_GET
def sent(request, directory_slug):
    return _render(request, page := _page(directory_slug), "sent", {"directory_url": page.get_url(request)})


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, directory_slug, token):
    page = _page(directory_slug)
    try:
        subscription, payload = subscriptions.find_for_confirmation(token)
    except tokens.ExpiredToken:
        return _render(request, page, "link_invalid", {"expired": True}, status=410)
    except tokens.InvalidToken:
        return _render(request, page, "link_invalid", {}, status=404)
    if request.method == "POST":
        subscription = subscriptions.confirm(token)
    form = searches.parse_params(subscription.params, subscription.language)
    frequency = payload.get("f") or subscription.frequency
    return _render(request, page, "confirm", {
        # Opening the link again once confirmed (same choices) just says the alert is on.
        "subscription": subscription, "confirmed": request.method == "POST" or (
            subscription.is_confirmed and subscription.frequency == frequency
            and subscription.language == payload.get("l", subscription.language)),
        "description": searches.describe(form),
        "frequency_label": AlertFrequency(frequency).label if frequency in AlertFrequency.values else "",
        "search_url": searches.search_url(page, subscription.params, request),
        "unsubscribe_url": searches.alerts_url(page, "unsubscribe", tokens.unsubscribe_token(subscription), request),
    })


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, directory_slug, token):
    page = _page(directory_slug)
    try:
        subscription = subscriptions.find_for_unsubscribe(token)
    except tokens.InvalidToken:
        return _render(request, page, "link_invalid", {}, status=404)
    if request.method == "POST":
        subscriptions.unsubscribe(token)
        return _render(request, page, "unsubscribe", {"done": True, "directory_url": page.get_url(request)})
    context = {"subscription": subscription, "done": subscription is None, "directory_url": page.get_url(request)}
    if subscription is not None:
        context["description"] = searches.describe(
            searches.parse_params(subscription.params, subscription.language))
    return _render(request, page, "unsubscribe", context)


@require_GET
def feed(request, directory_slug, kind):
    page, language = _page(directory_slug), _language()
    form = searches.parse_params(request.GET.urlencode(), language)
    if form.errors:
        return HttpResponse("\n".join(form.messages()), status=400, content_type="text/plain; charset=utf-8")
    params = searches.canonical_params(form.to_query())
    feed_class = SearchAtomFeed if kind == "atom" else SearchRssFeed
    return feed_class(page, form, params)(request)
