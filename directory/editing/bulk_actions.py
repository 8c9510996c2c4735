"""Bulk actions of the structure and introduction listings (the listing's checkboxes)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from ..choices import IntroductionStatus
from ..models import HostStructure, IntroductionRequest
from ..introductions import triage


class _SetFieldBulkAction(SnippetBulkAction):
    """Set one field on the selection. For structures the change reaches every language row."""

    template_name = "directory/admin/confirm_bulk_update.html"
    field = value = None
    action_priority = 50

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", obj)

    @classmethod
    def execute_action(cls, objects, **kwargs):
        model = kwargs["self"].model
        if model is HostStructure:
            queryset = model.objects.filter(translation_key__in=[obj.translation_key for obj in objects])
        else:
            queryset = model.objects.filter(pk__in=[obj.pk for obj in objects])
        if model is IntroductionRequest:
            # One by one through the triage, so the timestamps are set and each step is logged.
            for obj in queryset:
                cls.triage_step(obj, kwargs["self"].request.user)
            return len(objects), 0
        queryset.update(**{cls.field: cls.value})
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d item updated.", "%(count)d items updated.", num_parent_objects) % {
            "count": num_parent_objects}


class HideStructuresBulkAction(_SetFieldBulkAction):
    display_name = _("Hide from the directory")
    aria_label = _("Hide the selected structures from the public directory")
    action_type = "directory-hide"
    models = [HostStructure]
    field, value = "is_public", False


class ShowStructuresBulkAction(_SetFieldBulkAction):
    display_name = _("Show in the directory")
    aria_label = _("Show the selected structures in the public directory")
    action_type = "directory-show"
    models = [HostStructure]
    field, value = "is_public", True


class IntroductionsInProgressBulkAction(_SetFieldBulkAction):
    display_name = _("Mark in progress")
    aria_label = _("Mark the selected requests as in progress")
    action_type = "introductions-in-progress"
    models = [IntroductionRequest]
    field, value = "status", IntroductionStatus.IN_PROGRESS
    triage_step = staticmethod(triage.take_in_hand)


class IntroductionsDoneBulkAction(_SetFieldBulkAction):
    display_name = _("Mark done")
    aria_label = _("Mark the selected requests as done")
    action_type = "introductions-done"
    models = [IntroductionRequest]
    field, value = "status", IntroductionStatus.DONE
    triage_step = staticmethod(triage.mark_done)


class IntroductionsSpamBulkAction(_SetFieldBulkAction):
    display_name = _("Mark as spam")
    aria_label = _("Mark the selected requests as spam")
    action_type = "introductions-spam"
    models = [IntroductionRequest]
    field, value = "status", IntroductionStatus.SPAM
    triage_step = staticmethod(triage.mark_spam)


BULK_ACTIONS = [HideStructuresBulkAction, ShowStructuresBulkAction, IntroductionsInProgressBulkAction,
                IntroductionsDoneBulkAction, IntroductionsSpamBulkAction]
