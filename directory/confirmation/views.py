"""The page a structure's contact reaches from the yearly e-mail: no account, the signed link is the key."""

import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .. import ratelimit
from ..public import VocabularyNames
from ..views.common import locale_by_id
from . import workflow
from .forms import EntryChangeForm

logger = logging.getLogger(__name__)

RATE_LIMIT = (10, 3600)  # answers per IP per hour; settings.CONFIRMATION_RATE_LIMIT overrides it


def _entry_context(structure, entry):
    names = VocabularyNames(locale_by_id(entry.locale_id))
    return {
        "entry": entry,
        "areas": [names.areas.get(area.slug, area.name) for area in structure.areas.all()],
        "schemes": [str(scheme) for scheme in structure.schemes.all()],
    }


def _answer(request, structure, language, action, posted, form, window):
    """(form, status, done) once the contact's answer is stored."""
    if action == "confirm":
        workflow.confirm(structure)
        ratelimit.count(request, "confirmation", window)
        return form, 200, "confirmed"
    if not posted.is_valid():
        return posted, 400, ""
    changes = workflow.changed_values(structure, language, posted.proposed_values())
    if not changes:
        posted.add_error(None, _("You changed nothing. If the entry is right, confirm it with the button above."))
        return posted, 400, ""
    with transaction.atomic():
        workflow.propose(structure, language, changes, posted.cleaned_data.get("message", ""))
    ratelimit.count(request, "confirmation", window)
    return posted, 200, "proposed"


@never_cache
def confirmation_page(request, token):
    language = get_language() or settings.LANGUAGE_CODE
    try:
        structure = workflow.structure_for_token(token)
    except workflow.LinkError as error:
        return TemplateResponse(request, "directory/confirmation/link_invalid.html", {"reason": error.reason},
                                status=error.status)
    # Read once for the form and the entry shown beside it.
    prefetch_related_objects([structure], "schemes", "areas")
    entry = workflow.shown_entry(structure, language)
    form, status, done = EntryChangeForm(initial=workflow.current_values(structure, language, entry)), 200, ""
    rate_limited = not_saved = False
    if request.method == "POST":
        action = request.POST.get("action")
        posted = EntryChangeForm(request.POST)
        limit, window = getattr(settings, "CONFIRMATION_RATE_LIMIT", RATE_LIMIT)
        if posted.is_spam():
            done = "proposed"  # look like a success to the robot; store nothing
        elif ratelimit.exceeded(request, "confirmation", limit):
            rate_limited, status = True, 429
        elif action in ("confirm", "propose"):
            try:
                form, status, done = _answer(request, structure, language, action, posted, form, window)
            except DatabaseError:  # the form is shown again as posted, with a request to try later
                logger.exception("Confirmation answer for structure %s could not be stored", structure.pk)
                form, status, not_saved = posted, 503, True
        else:
            status = 400
    if request.method == "POST":
        entry = workflow.shown_entry(structure, language)  # as the answer left it
    context = {"structure": structure, "form": form, "done": done, "rate_limited": rate_limited,
               "not_saved": not_saved,
               **_entry_context(structure, entry)}
    return TemplateResponse(request, "directory/confirmation/confirmation.html", context, status=status)
