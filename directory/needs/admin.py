"""Editors publish and update a structure's needs in the admin (Directory → Volunteer needs)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.widgets import AdminDateInput
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import HostStructure, VolunteerNeed
from ..models.reference import default_locale_choices


class VolunteerNeedForm(WagtailAdminModelForm):
    """A need is written on the default-language entry; its translations follow through wagtail-localize."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "structure" in self.fields:
            self.fields["structure"].queryset = HostStructure.objects.filter(**default_locale_choices())


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
    edit_handler = ObjectList([
        FieldPanel("structure"), FieldPanel("profile"), FieldPanel("missions"),
        FieldPanel("schemes", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("starts_on", widget=AdminDateInput), FieldPanel("duration_months")]),
        MultiFieldPanel([FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                         FieldPanel("language_level")], heading=_("Languages")),
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("open_until", widget=AdminDateInput),
                       FieldPanel("confirmed_on", widget=AdminDateInput)]),
    ], base_form_class=VolunteerNeedForm)

    def get_queryset(self, request):
        return VolunteerNeed.objects.select_related("structure")
