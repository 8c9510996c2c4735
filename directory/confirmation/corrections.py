"""A reader suggests a correction to a structure's entry: stored as a change request for the editors.

Like the introduction form, it lives on its own URL (the structure page stays cacheable); it is rate-limited
per client and spam-trapped, and nothing changes publicly before an editor approves the request.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from .. import ratelimit
from ..models import ChangeRequestOrigin, HostStructure
from ..views.structures import structure_alternate_urls
from . import workflow
from .forms import CorrectionForm

RATE_LIMIT = (5, 3600)  # suggestions per IP per hour; settings.CORRECTION_RATE_LIMIT overrides it


def _structure(page, slug):
    structure = HostStructure.objects.listed(page.locale).select_related("locale").filter(slug=slug).first()
    if structure is None:
        raise Http404
    return structure


def _source_row(structure):
    """Facts live on the default-language row: change requests always point at it."""
    if structure.locale.language_code == settings.LANGUAGE_CODE:
        return structure
    return HostStructure.objects.get(translation_key=structure.translation_key,
                                     locale__language_code=settings.LANGUAGE_CODE)


def _sent_url(page, structure, request):
    return page.get_url(request) + page.reverse_subpage("correction_sent", args=[structure.slug])


def submit_correction(request, page, structure):
    """(redirect response, None) when done (or a robot was fooled); (None, (form, status)) to show again."""
    form = CorrectionForm(request.POST)
    if form.is_spam():
        return HttpResponseRedirect(_sent_url(page, structure, request)), None
    limit, window = getattr(settings, "CORRECTION_RATE_LIMIT", RATE_LIMIT)
    if ratelimit.exceeded(request, "correction", limit):
        return None, (form, 429)
    if not form.is_valid():
        return None, (form, 400)
    proposed, message = form.proposal()
    workflow.propose(_source_row(structure), get_language() or settings.LANGUAGE_CODE, proposed, message,
                         origin=ChangeRequestOrigin.READER, reporter_email=form.cleaned_data["email"])
    ratelimit.count(request, "correction", window)
    return HttpResponseRedirect(_sent_url(page, structure, request)), None


@never_cache
def correction_form(request, page, slug):
    structure = _structure(page, slug)
    form, status = CorrectionForm(), 200
    if request.method == "POST":
        response, shown = submit_correction(request, page, structure)
        if response is not None:
            return response
        form, status = shown
    return TemplateResponse(request, "directory/confirmation/correction.html", {
        "page": page, "self": page, "structure": structure, "form": form, "rate_limited": status == 429,
        "structure_url": page.structure_url(structure, request),
        "alternate_urls": {language: f"{url}correction/"
                           for language, url in structure_alternate_urls(structure, request).items()},
    }, status=status)


def correction_sent(request, page, slug):
    structure = _structure(page, slug)
    return TemplateResponse(request, "directory/confirmation/correction_sent.html", {
        "page": page, "self": page, "structure": structure,
        "structure_url": page.structure_url(structure, request),
        "alternate_urls": {language: f"{url}correction/sent/"
                           for language, url in structure_alternate_urls(structure, request).items()},
    })
