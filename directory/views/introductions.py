"""The introduction form's POST handling and its confirmation page."""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from .. import introductions, ratelimit
from ..forms import IntroductionForm
from ..models import HostStructure

RATE_LIMIT = (5, 3600)  # requests per IP per hour; settings.INTRODUCTION_RATE_LIMIT overrides it


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
    if not ratelimit.hit(request, "introduction", limit, window):
        return Outcome(form=form, status=429)
    if not form.is_valid():
        return Outcome(form=form, status=400)
    introduction = introductions.create_request(structure, form.cleaned_data, get_language() or settings.LANGUAGE_CODE)
    introductions.notify(
        introduction,
        structure_url=request.build_absolute_uri(page.structure_url(structure, request)),
        admin_url=request.build_absolute_uri(
            reverse("wagtailsnippets_directory_introductionrequest:edit", args=[introduction.pk])),
    )
    return Outcome(response=HttpResponseRedirect(sent_url))


@never_cache
def introduction_form(request, page, slug):
    """The introduction form of one structure, on a page of its own: never cached (CSRF token, answers)."""
    structure = HostStructure.objects.listed(page.locale).filter(slug=slug).first()
    if structure is None:
        raise Http404
    form, status = IntroductionForm(), 200
    if request.method == "POST":
        outcome = handle_introduction(request, page, structure)
        if outcome.response is not None:
            return outcome.response
        form, status = outcome.form, outcome.status
    from .structures import structure_alternate_urls

    return TemplateResponse(request, "directory/introduction.html", {
        "page": page, "self": page, "structure": structure, "form": form, "rate_limited": status == 429,
        "structure_url": page.structure_url(structure, request), "index_url": page.get_url(request),
        "alternate_urls": {language: f"{url}introduction/"
                           for language, url in structure_alternate_urls(structure).items()},
    }, status=status)


def introduction_sent(request, page, slug):
    structure = HostStructure.objects.listed(page.locale).filter(slug=slug).first()
    if structure is None:
        raise Http404
    alternates = {}
    from .structures import structure_alternate_urls

    for language, url in structure_alternate_urls(structure).items():
        alternates[language] = f"{url}introduction/sent/"
    return TemplateResponse(request, "directory/introduction_sent.html", {
        "page": page, "self": page, "structure": structure, "structure_url": page.structure_url(structure, request),
        "alternate_urls": alternates,
    })
