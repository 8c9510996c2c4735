from django.conf import settings
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .editing.bulk_actions import BULK_ACTIONS
from .editing.viewsets import DirectoryViewSetGroup
from .models import AreaOfWork, HostStructure, WorkLanguage
from .translation import has_translations, sync_translations

register_snippet(DirectoryViewSetGroup)

for action in BULK_ACTIONS:
    hooks.register("register_bulk_action", action)


@hooks.register("after_edit_snippet")
def sync_facts_after_edit(request, instance):
    """Facts are the same in every language: once the French entry is saved, its translations follow
    (their translated texts are kept; new French texts show as untranslated until a translator handles them)."""
    if isinstance(instance, HostStructure | AreaOfWork | WorkLanguage) \
            and instance.locale.language_code == settings.LANGUAGE_CODE and has_translations(instance):
        sync_translations(instance, languages=[], user=request.user)


@hooks.register("construct_homepage_summary_items")
def alerts_summary(request, summary_items):
    """How many readers follow directory searches (a count only: addresses stay out of the admin)."""
    from .alerts.admin import AlertsSummaryItem

    summary_items.append(AlertsSummaryItem(request))


@hooks.register("register_log_actions")
def introduction_triage_log_actions(actions):
    from .introductions.triage import LOG_ACTIONS

    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("construct_homepage_panels")
def directory_work_panel(request, panels):
    from .editing.dashboard import DirectoryWorkPanel

    panels.append(DirectoryWorkPanel(request.user))


@hooks.register("register_admin_viewset")
def region_chooser():
    from .editing.places import region_chooser_viewset

    return region_chooser_viewset
