"""The team's admin of introduction requests: the listing (Directory → Introduction requests), a readable
detail with the triage buttons, and the answer and forward screens (the e-mail is shown, editable, before it
is sent)."""

from urllib.parse import urlencode

import django_filters
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet

from ..choices import IntroductionStatus
from ..models import IntroductionRequest
from . import triage
from .forms import ForwardForm, MessageForm

PERMISSION = "directory.change_introductionrequest"
URL_NAMESPACE = "wagtailsnippets_directory_introductionrequest"


def detail_url(introduction):
    return reverse(f"{URL_NAMESPACE}:inspect", args=[introduction.pk])


class IntroductionDetailView(InspectView):
    template_name = "directory/introductions/admin/detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        introduction = self.object
        structure = introduction.structure
        context.update({
            "introduction": introduction,
            "schemes": triage.scheme_labels(introduction),
            "structure_edit_url": (reverse("wagtailsnippets_directory_hoststructure:edit", args=[structure.pk])
                                   if structure else None),
            "structure_url": structure.get_url() if structure else None,
            "sender_requests_url": reverse(f"{URL_NAMESPACE}:list") + "?" + urlencode({"q": introduction.email}),
            "answer_templates": triage.ANSWER_TEMPLATES,
            "can_take_in_hand": introduction.status == IntroductionStatus.NEW,
            "can_close": introduction.status not in (IntroductionStatus.DONE, IntroductionStatus.SPAM),
            "can_mark_spam": introduction.status != IntroductionStatus.SPAM,
            "can_forward": triage.can_forward(introduction),
            "history_url": reverse(f"{URL_NAMESPACE}:history", args=[introduction.pk]),
        })
        return context


class _TriageMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        self.introduction = get_object_or_404(IntroductionRequest.objects.select_related("structure"),
                                              pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)


class TriageActionView(_TriageMixin, View):
    """POST-only buttons of the detail page: take in hand, mark done, mark as spam."""

    http_method_names = ["post"]
    ACTIONS = {
        "take-in-hand": (triage.take_in_hand, _("The request is taken in hand.")),
        "done": (triage.mark_done, _("The request is marked done.")),
        "spam": (triage.mark_spam, _("The request is marked as spam: it counts nowhere.")),
    }

    def post(self, request, pk, action):
        if action not in self.ACTIONS:
            raise Http404
        function, success = self.ACTIONS[action]
        if function(self.introduction, request.user):
            messages.success(request, success)
        else:
            messages.warning(request, _("Nothing to do: the request is already in that state."))
        return redirect(detail_url(self.introduction))


class _MessageView(_TriageMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "directory/introductions/admin/message.html"
    header_icon = "mail"

    def get_page_subtitle(self):
        return str(self.introduction)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"introduction": self.introduction, "detail_url": detail_url(self.introduction)})
        return context

    def get_success_url(self):
        return detail_url(self.introduction)


class AnswerView(_MessageView):
    page_title = _("Answer the sender")
    form_class = MessageForm

    def get_initial(self):
        key = self.request.GET.get("template", "acknowledgement")
        if key not in triage.ANSWER_TEMPLATES:
            key = "acknowledgement"
        subject, body = triage.render_answer(self.introduction, key)
        return {"subject": subject, "body": body}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"recipient": self.introduction.email, "language": self.introduction.language,
                        "answer_templates": triage.ANSWER_TEMPLATES,
                        "chosen_template": self.request.GET.get("template", "acknowledgement")})
        return context

    def form_valid(self, form):
        triage.answer(self.introduction, self.request.user, form.cleaned_data["subject"], form.cleaned_data["body"])
        messages.success(self.request, _("The answer is sent to %(email)s.") % {"email": self.introduction.email})
        return super().form_valid(form)


class ForwardView(_MessageView):
    page_title = _("Forward to the structure")
    form_class = ForwardForm

    def get(self, request, *args, **kwargs):
        if not triage.can_forward(self.introduction):
            return self._refuse()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not triage.can_forward(self.introduction):
            return self._refuse()
        return super().post(request, *args, **kwargs)

    def _refuse(self):
        messages.error(self.request, _("This request cannot be forwarded: the sender did not consent, or the "
                                       "structure has no public e-mail."))
        return redirect(detail_url(self.introduction))

    def get_initial(self):
        subject, body = triage.render_forward(self.introduction)
        return {"subject": subject, "body": body}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"recipient": self.introduction.structure.public_email,
                        "language": triage.forward_language(self.introduction)})
        return context

    def form_valid(self, form):
        triage.forward(self.introduction, self.request.user, form.cleaned_data["subject"],
                       form.cleaned_data["body"])
        messages.success(self.request, _("The request is forwarded to %(email)s.") % {
            "email": self.introduction.structure.public_email})
        return super().form_valid(form)


class IntroductionRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=IntroductionStatus.choices)
    language = django_filters.ChoiceFilter(label=_("Language of the sender"),
                                           choices=lambda: list(settings.WAGTAIL_CONTENT_LANGUAGES))

    class Meta:
        model = IntroductionRequest
        fields = ["status", "language"]


class IntroductionRequestViewSet(SnippetViewSet):
    model = IntroductionRequest
    icon = "mail"
    menu_label = _("Introduction requests")
    list_display = [TitleColumn("organisation", label=_("Sending organisation"), get_url=detail_url),
                    Column("structure_name", label=_("Host structure")),
                    Column("contact_name", label=_("Contact person")),
                    Column("status", label=_("Status"), accessor="get_status_display"),
                    DateColumn("created_at", label=_("Received"))]
    filterset_class = IntroductionRequestFilterSet
    search_backend_name = None
    search_fields = ["organisation", "contact_name", "email", "structure_name"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_class = IntroductionDetailView
    copy_view_enabled = False
    panels = [
        FieldRowPanel([FieldPanel("status"), FieldPanel("handled_by")]),
        FieldPanel("team_notes"),
        FieldPanel("structure", read_only=True), FieldPanel("organisation", read_only=True),
        FieldRowPanel([FieldPanel("contact_name", read_only=True), FieldPanel("email", read_only=True)]),
        FieldPanel("period", read_only=True), FieldPanel("message", read_only=True),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("triage/<int:pk>/<slug:action>/", TriageActionView.as_view(), name="triage"),
            path("answer/<int:pk>/", AnswerView.as_view(), name="answer"),
            path("forward/<int:pk>/", ForwardView.as_view(), name="forward"),
        ]
