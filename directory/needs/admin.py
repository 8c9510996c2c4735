"""Editors publish and update a structure's needs in the admin (Directory → Volunteer needs)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.widgets import AdminDateInput
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import VolunteerNeed


class VolunteerNeedViewSet(SnippetViewSet):
    model = VolunteerNeed
    icon = "user"
    menu_label = _("Volunteer needs")
    list_display = ["profile", "structure", Column("status", label=_("status"), accessor="get_status_display"),
                    DateColumn("starts_on", label=_("start")), DateColumn("confirmed_on", label=_("last confirmed"))]
    list_filter = ["status"]
    search_backend_name = None
    search_fields = ["profile", "structure__name"]
    ordering = ["-starts_on"]
    panels = [
        FieldPanel("structure"), FieldPanel("profile"), FieldPanel("missions"),
        FieldPanel("schemes", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("starts_on", widget=AdminDateInput), FieldPanel("duration_months")]),
        MultiFieldPanel([FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                         FieldPanel("language_level")], heading=_("Languages")),
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("open_until", widget=AdminDateInput),
                       FieldPanel("confirmed_on", widget=AdminDateInput)]),
    ]

    def get_queryset(self, request):
        return VolunteerNeed.objects.select_related("structure")
