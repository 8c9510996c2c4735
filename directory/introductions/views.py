"""The introduction form's POST handling and its confirmation page."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from home.cache import rendered_lazily
from jobs.queue import short_lock_wait

from .. import ratelimit
from ..models import HostStructure
from ..views.common import listed_structure_id
from . import requests
from .forms import IntroductionForm

logger = logging.getLogger(__name__)

RATE_LIMIT = (5, 3600)  # requests per IP per hour; settings.INTRODUCTION_RATE_LIMIT overrides it
# How long the request may wait for another connection's write lock before the sender is asked to retry.
WRITE_LOCK_SECONDS = 5


@dataclass
class Outcome:
    response: object = None
    form: IntroductionForm = None
    status: int = 200


def handle_introduction(request, page, structure):
    form = IntroductionForm(request.POST)
    sent_url = page.get_url(request) + page.reverse_subpage("introduction_sent", args=[structure.slug])
    if form.is_spam():
        # Look like a success to the robot; store nothing.
        return Outcome(response=HttpResponseRedirect(sent_url))
    limit, window = getattr(settings, "INTRODUCTION_RATE_LIMIT", RATE_LIMIT)
    if ratelimit.exceeded(request, "introduction", limit):
        return Outcome(form=form, status=429)
    if not form.is_valid():
        return Outcome(form=form, status=400)
    try:
        # The request and its queued e-mails are one write: both are kept, or neither and the sender is told.
        with short_lock_wait(WRITE_LOCK_SECONDS), transaction.atomic():
            introduction = requests.create_request(
                structure, form.cleaned_data, get_language() or settings.LANGUAGE_CODE)
            requests.notify(introduction, structure_path=page.structure_url(structure))
    except DatabaseError:
        logger.exception("Introduction request to %s could not be stored", structure.pk)
        return Outcome(form=form, status=503)
    ratelimit.count(request, "introduction", window)
    return Outcome(response=HttpResponseRedirect(sent_url))


# What introduction_page_context gives the template, read lazily: only the form itself (CSRF token, the
# sender's answers) is drawn on every request; the rest of the page comes from fragments.
INTRODUCTION_PAGE = ("structure", "structure_url", "index_url", "alternate_urls")


def introduction_page_context(request, page, structure_id, structure=None):
    from ..views.structures import structure_alternate_urls

    structure = structure or HostStructure.objects.get(pk=structure_id)
    return {
        "structure": structure, "structure_url": page.structure_url(structure, request),
        "index_url": page.get_url(request),
        "alternate_urls": {language: f"{url}introduction/"
                           for language, url in structure_alternate_urls(structure, request).items()},
    }


@never_cache
def introduction_form(request, page, slug):
    """The introduction form of one structure, on a page of its own: never cached (CSRF token, answers)."""
    structure_id = listed_structure_id(page, slug)
    if structure_id is None:
        raise Http404
    form, status, structure = IntroductionForm(), 200, None
    if request.method == "POST":
        structure = HostStructure.objects.get(pk=structure_id)
        outcome = handle_introduction(request, page, structure)
        if outcome.response is not None:
            return outcome.response
        form, status = outcome.form, outcome.status
    return TemplateResponse(request, "directory/introductions/request.html", {
        "page": page, "self": page, "form": form, "rate_limited": status == 429, "not_saved": status == 503,
        **rendered_lazily(INTRODUCTION_PAGE, introduction_page_context, request, page, structure_id, structure),
    }, status=status, headers={"Retry-After": "120"} if status == 503 else None)


def introduction_sent(request, page, slug):
    structure = HostStructure.objects.listed(page.locale).filter(slug=slug).first()
    if structure is None:
        raise Http404
    alternates = {}
    from ..views.structures import structure_alternate_urls

    for language, url in structure_alternate_urls(structure, request).items():
        alternates[language] = f"{url}introduction/sent/"
    return TemplateResponse(request, "directory/introductions/sent.html", {
        "page": page, "self": page, "structure": structure, "structure_url": page.structure_url(structure, request),
        "alternate_urls": alternates,
    })
