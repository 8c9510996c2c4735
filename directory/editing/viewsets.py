"""Admin views of the directory, grouped in one "Directory" menu."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from ..choices import Status
from ..models import (AreaOfWork, ContactLogEntry, HostStructure, IntroductionRequest, Network, Region, Scheme,
                      StructureInternalNote, WorkLanguage)
from .change_requests import ChangeRequestViewSet
from .panels import structure_edit_handler


class HostStructureFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("status"), choices=Status.choices)
    region = django_filters.ModelChoiceFilter(label=_("region"), queryset=Region.objects.all())
    schemes = django_filters.ModelMultipleChoiceFilter(label=_("schemes"), queryset=Scheme.objects.all())
    areas = django_filters.ModelMultipleChoiceFilter(label=_("areas of work"), queryset=AreaOfWork.canonical())
    is_public = django_filters.BooleanFilter(label=_("shown in the public directory"))
    hosted_in = django_filters.NumberFilter(label=_("hosted volunteers in (year)"),
                                            field_name="hosting_records__year", distinct=True)

    class Meta:
        model = HostStructure
        fields = ["status", "region", "schemes", "areas", "is_public"]


class HostStructureViewSet(SnippetViewSet):
    model = HostStructure
    icon = "site"
    menu_label = _("Host structures")
    edit_handler = structure_edit_handler
    filterset_class = HostStructureFilterSet
    # The ORM search works on all 50,000 rows at once, whatever the search backend holds.
    search_backend_name = None
    search_fields = ["name", "acronym", "city", "province", "external_id"]
    list_display = ["name", "city", Column("region", label=_("region")), Column("status", label=_("status"),
                    accessor="get_status_display"), BooleanColumn("is_public", label=_("public")), UpdatedAtColumn()]
    list_per_page = 50
    ordering = ["name"]
    list_export = ["name", "acronym", "slug", "city", "region", "status", "updated_at"]

    def get_queryset(self, request):
        return HostStructure.objects.select_related("region", "locale")


class IntroductionRequestViewSet(SnippetViewSet):
    model = IntroductionRequest
    icon = "mail"
    menu_label = _("Introduction requests")
    list_display = ["organisation", "structure_name", "contact_name", Column("status", label=_("status"),
                    accessor="get_status_display"), DateColumn("created_at", label=_("received"))]
    list_filter = ["status", "language"]
    search_backend_name = None
    search_fields = ["organisation", "contact_name", "email", "structure_name"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    copy_view_enabled = False
    panels = [
        FieldRowPanel([FieldPanel("status"), FieldPanel("handled_by")]),
        FieldPanel("team_notes"),
        FieldPanel("structure", read_only=True), FieldPanel("organisation", read_only=True),
        FieldRowPanel([FieldPanel("contact_name", read_only=True), FieldPanel("email", read_only=True)]),
        FieldRowPanel([FieldPanel("schemes", read_only=True), FieldPanel("period", read_only=True)]),
        FieldPanel("message", read_only=True), FieldPanel("language", read_only=True),
    ]


class InternalRecordCreateView(CreateView):
    """Opened from a structure's "Internal" tab with ?structure=<id>; records who wrote the entry."""

    def get_initial(self):
        initial = super().get_initial()
        structure_id = self.request.GET.get("structure", "")
        if structure_id.isdigit():
            initial["structure"] = int(structure_id)
        return initial

    def save_instance(self):
        self.form.instance.author = self.request.user
        return super().save_instance()


class StructureInternalNoteViewSet(SnippetViewSet):
    model = StructureInternalNote
    icon = "lock"
    menu_label = _("Internal notes")
    add_view_class = InternalRecordCreateView
    list_display = ["structure", "text", DateColumn("created_at", label=_("created"))]
    search_backend_name = None
    search_fields = ["text", "structure__name"]
    panels = [FieldPanel("structure"), FieldPanel("text")]


class ContactLogEntryViewSet(SnippetViewSet):
    model = ContactLogEntry
    icon = "calendar"
    menu_label = _("Contact history")
    add_view_class = InternalRecordCreateView
    list_display = ["structure", DateColumn("date", label=_("date")), "kind", "contact_person"]
    list_filter = ["kind"]
    search_backend_name = None
    search_fields = ["summary", "contact_person", "structure__name"]
    panels = [FieldPanel("structure"), FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
              FieldPanel("contact_person"), FieldPanel("summary")]


class VocabularyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_backend_name = None
    search_fields = ["name", "slug"]


class AreaOfWorkViewSet(VocabularyViewSet):
    model = AreaOfWork
    icon = "tag"


class WorkLanguageViewSet(VocabularyViewSet):
    model = WorkLanguage
    icon = "globe"


class NetworkViewSet(SnippetViewSet):
    model = Network
    icon = "group"
    list_display = ["name", "slug", "website"]
    search_backend_name = None
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "code", "country_code"]
    list_filter = ["country_code"]
    search_backend_name = None
    search_fields = ["name", "code"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "site"
    menu_order = 250
    items = (HostStructureViewSet, IntroductionRequestViewSet, StructureInternalNoteViewSet, ContactLogEntryViewSet,
             AreaOfWorkViewSet, WorkLanguageViewSet, NetworkViewSet, RegionViewSet, ChangeRequestViewSet)
