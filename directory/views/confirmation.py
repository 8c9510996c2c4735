"""The page a structure's contact reaches from the yearly e-mail: no account, the signed link is the key."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .. import confirmation, ratelimit
from ..confirmation_forms import EntryChangeForm
from ..public import VocabularyNames

RATE_LIMIT = (10, 3600)  # answers per IP per hour; settings.CONFIRMATION_RATE_LIMIT overrides it


def _entry_context(structure, language):
    entry = confirmation.shown_entry(structure, language)
    names = VocabularyNames(entry.locale)
    return {
        "entry": entry,
        "areas": [names.areas.get(area.slug, area.name) for area in structure.areas.all()],
        "schemes": [str(scheme) for scheme in structure.schemes.all()],
    }


@never_cache
def confirmation_page(request, token):
    language = get_language() or settings.LANGUAGE_CODE
    try:
        structure = confirmation.structure_for_token(token)
    except confirmation.LinkError as error:
        return TemplateResponse(request, "directory/confirmation_invalid.html", {"reason": error.reason},
                                status=error.status)
    form, status, done = EntryChangeForm(initial=confirmation.current_values(structure, language)), 200, ""
    rate_limited = False
    if request.method == "POST":
        action = request.POST.get("action")
        posted = EntryChangeForm(request.POST)
        limit, window = getattr(settings, "CONFIRMATION_RATE_LIMIT", RATE_LIMIT)
        if posted.is_spam():
            done = "proposed"  # look like a success to the robot; store nothing
        elif not ratelimit.hit(request, "confirmation", limit, window):
            rate_limited, status = True, 429
        elif action == "confirm":
            confirmation.confirm(structure)
            done = "confirmed"
        elif action == "propose":
            form = posted
            if form.is_valid():
                changes = confirmation.changed_values(structure, language, form.proposed_values())
                if changes:
                    confirmation.propose(structure, language, changes, form.cleaned_data.get("message", ""))
                    done = "proposed"
                else:
                    form.add_error(None, _("You changed nothing. If the entry is right, confirm it with the "
                                           "button above."))
                    status = 400
            else:
                status = 400
        else:
            status = 400
    context = {"structure": structure, "form": form, "done": done, "rate_limited": rate_limited,
               **_entry_context(structure, language)}
    return TemplateResponse(request, "directory/confirmation.html", context, status=status)
