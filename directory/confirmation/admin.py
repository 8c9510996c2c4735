"""Directory editors review the changes structures propose from their confirmation link: a listing, and one
page per request with the field-by-field difference and the approve / reject buttons."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from ..models import ChangeRequestStatus, StructureChangeRequest
from . import workflow

PERMISSION = "directory.change_structurechangerequest"


class _ReviewerOnly:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChangeRequestIndexView(_ReviewerOnly, WagtailAdminTemplateMixin, TemplateView):
    template_name = "directory/confirmation/change_request_index.html"
    page_title = _("Change requests")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        requests = StructureChangeRequest.objects.select_related("structure", "reviewed_by")
        context["pending"] = requests.filter(status=ChangeRequestStatus.PENDING).order_by("submitted_at")
        context["reviewed"] = requests.exclude(status=ChangeRequestStatus.PENDING).order_by("-reviewed_at")[:50]
        return context


class ChangeRequestReviewView(_ReviewerOnly, WagtailAdminTemplateMixin, TemplateView):
    template_name = "directory/confirmation/change_request_review.html"
    page_title = _("Review a change request")
    header_icon = "doc-full"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self._change = None

    @property
    def change(self):
        if self._change is None:
            self._change = get_object_or_404(StructureChangeRequest.objects.select_related("structure"),
                                             pk=self.kwargs["pk"])
        return self._change

    def get_page_subtitle(self):
        return str(self.change.structure)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"change": self.change, "diff": workflow.diff(self.change),
                        "index_url": reverse("directory_change_requests:index"),
                        "structure_url": self.change.structure.get_url()})
        return context

    def post(self, request, *args, **kwargs):
        decision = request.POST.get("decision")
        if decision == "approve" and workflow.approve(self.change, user=request.user):
            messages.success(request, _("The changes are published."))
        elif decision == "reject" and workflow.reject(self.change, user=request.user):
            messages.success(request, _("The change request is rejected; the entry is unchanged."))
        else:
            messages.error(request, _("This change request has already been reviewed."))
        return redirect("directory_change_requests:index")


class ChangeRequestMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class ChangeRequestViewSet(ViewSet):
    name = "directory_change_requests"
    url_prefix = "directory/change-requests"
    icon = "doc-full"
    menu_icon = "doc-full"
    menu_label = _("Change requests")
    menu_name = "directory-change-requests"

    @property
    def menu_url(self):
        return reverse("directory_change_requests:index")

    @property
    def menu_item_class(self):
        return ChangeRequestMenuItem

    def get_urlpatterns(self):
        return [path("", ChangeRequestIndexView.as_view(), name="index"),
                path("<int:pk>/", ChangeRequestReviewView.as_view(), name="review")]
