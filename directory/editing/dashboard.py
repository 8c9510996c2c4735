"""Dashboard panel of the directory's waiting work: new introduction requests and change requests to review."""

from django.db.models import Count
from django.urls import reverse
from wagtail.admin.ui.components import Component

from ..choices import IntroductionStatus
from ..models import ChangeRequestStatus, IntroductionRequest, StructureChangeRequest


class DirectoryWorkPanel(Component):
    name = "directory_work"
    order = 90  # above Wagtail's own panels: this is the team's to-do list
    template_name = "directory/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        rows = []
        if self.user.has_perm("directory.change_introductionrequest"):
            counts = dict(IntroductionRequest.objects.filter(
                status__in=[IntroductionStatus.NEW, IntroductionStatus.IN_PROGRESS])
                .values_list("status").order_by().annotate(total=Count("pk")))
            listing = reverse("wagtailsnippets_directory_introductionrequest:list")
            rows.append({"kind": "new-introductions", "count": counts.get(IntroductionStatus.NEW, 0),
                         "url": f"{listing}?status={IntroductionStatus.NEW}"})
            rows.append({"kind": "introductions-in-progress", "count": counts.get(IntroductionStatus.IN_PROGRESS, 0),
                         "url": f"{listing}?status={IntroductionStatus.IN_PROGRESS}"})
        if self.user.has_perm("directory.change_structurechangerequest"):
            rows.append({"kind": "change-requests",
                         "count": StructureChangeRequest.objects.filter(status=ChangeRequestStatus.PENDING).count(),
                         "url": reverse("directory_change_requests:index")})
        return {"rows": rows}

    def render_html(self, parent_context=None):
        if not (self.user.has_perm("directory.change_introductionrequest")
                or self.user.has_perm("directory.change_structurechangerequest")):
            return ""
        return super().render_html(parent_context)

