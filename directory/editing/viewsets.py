"""Admin views of the directory, grouped in one "Directory" menu."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, LocaleColumn, UpdatedAtColumn
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import CreateView, IndexView, SnippetViewSet, SnippetViewSetGroup

from ..choices import Status
from ..models import (AreaOfWork, ContactLogEntry, HostStructure, Network, Region, Scheme,
                      StructureInternalNote, WorkLanguage)
from ..needs.admin import VolunteerNeedViewSet
from ..confirmation.admin import ChangeRequestViewSet
from ..introductions.admin import IntroductionRequestViewSet
from .panels import structure_edit_handler


def editor_language():
    """The content language the editor works in: their admin language when it is one, else French."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return language if language in dict(settings.WAGTAIL_CONTENT_LANGUAGES) else settings.LANGUAGE_CODE


class StructureLocaleFilter(LocaleFilter):
    """One row per structure: the editor's language unless they ask for another, or for every row (the empty
    choice; "locale" must stay a language code or empty, Wagtail's views read it too)."""

    def filter(self, qs, language_code):
        return super().filter(qs, language_code) if language_code else qs


class HostStructureFilterSet(WagtailFilterSet):
    locale = StructureLocaleFilter(label=_("Language"), empty_label=_("Every language (one row per translation)"),
                                   widget=forms.RadioSelect,
                                   choices=lambda: list(settings.WAGTAIL_CONTENT_LANGUAGES))
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    region = django_filters.ModelChoiceFilter(label=_("Region"), queryset=Region.objects.all())
    schemes = django_filters.ModelMultipleChoiceFilter(label=_("Schemes"), queryset=Scheme.objects.all())
    areas = django_filters.ModelMultipleChoiceFilter(label=_("Areas of work"), queryset=AreaOfWork.canonical())
    is_public = django_filters.BooleanFilter(label=_("Shown in the public directory"))
    hosted_in = django_filters.NumberFilter(label=_("Hosted volunteers in (year)"),
                                            field_name="hosting_records__year", distinct=True)

    class Meta:
        model = HostStructure
        fields = ["locale", "status", "region", "schemes", "areas", "is_public"]

    def __init__(self, data=None, *args, **kwargs):
        language = editor_language()
        if data is not None and "locale" not in data:
            data = data.copy()
            data["locale"] = language
        super().__init__(data, *args, **kwargs)
        # The editor's language is the filter's starting value, so it is applied without showing as "changed".
        self.filters["locale"].extra["initial"] = language


class TranslationsColumn(Column):
    """Links to the row's other languages, so a translation is one click away from its structure."""

    cell_template_name = "directory/admin/translations_cell.html"

    def __init__(self, **kwargs):
        super().__init__("listing_translations", label=_("Translations"), sort_key=None, **kwargs)


class HostStructureIndexView(IndexView):
    def get_table(self, object_list):
        rows = list(object_list)
        keys = {row.translation_key for row in rows}
        others = {}
        for other in HostStructure.objects.filter(translation_key__in=keys).select_related("locale") \
                .only("pk", "translation_key", "locale__language_code").order_by("locale_id"):
            others.setdefault(other.translation_key, []).append(other)
        for row in rows:
            row.listing_translations = [
                {"language": other.locale.get_display_name(), "code": other.locale.language_code,
                 "url": reverse("wagtailsnippets_directory_hoststructure:edit", args=[other.pk])}
                for other in others.get(row.translation_key, []) if other.pk != row.pk]
        return super().get_table(rows)


# What the listing and the chooser search, on the rows themselves: structures are not in Wagtail's search
# index (the directory has its own), and the ORM search works on all 50,000 rows at once.
STRUCTURE_SEARCH_FIELDS = ["name", "acronym", "city", "province", "external_id"]


class StructureSearchFilter(forms.Form):
    """The chooser's search box (Wagtail adds one only for indexed models), as the listing searches."""

    q = forms.CharField(label=_("Search term"), widget=forms.TextInput(attrs={"placeholder": _("Search")}),
                        required=False)

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            condition = Q()
            for field in STRUCTURE_SEARCH_FIELDS:
                condition |= Q(**{f"{field}__icontains": query})
            objects = objects.filter(condition)
            self.is_searching, self.search_query = True, query
        return objects


class StructureChooseMixin:
    def get_filter_form_class(self):
        return type("StructureFilterForm", (StructureSearchFilter, super().get_filter_form_class()), {})


class StructureChooseView(StructureChooseMixin, ChooseView):
    pass


class StructureChooseResultsView(StructureChooseMixin, ChooseResultsView):
    pass


class StructureChooserViewSet(SnippetChooserViewSet):
    choose_view_class = StructureChooseView
    choose_results_view_class = StructureChooseResultsView


class HostStructureViewSet(SnippetViewSet):
    model = HostStructure
    icon = "site"
    menu_label = _("Host structures")
    edit_handler = structure_edit_handler
    filterset_class = HostStructureFilterSet
    index_view_class = HostStructureIndexView
    search_backend_name = None
    search_fields = STRUCTURE_SEARCH_FIELDS
    chooser_viewset_class = StructureChooserViewSet
    list_display = ["name", LocaleColumn(label=_("Language")), "city", Column("region", label=_("Region")),
                    Column("status", label=_("Status"), accessor="get_status_display"),
                    BooleanColumn("is_public", label=_("Public")), TranslationsColumn(), UpdatedAtColumn()]
    list_per_page = 50
    ordering = ["name"]
    list_export = ["name", "acronym", "slug", "city", "region", "status", "updated_at"]

    def get_queryset(self, request):
        return HostStructure.objects.select_related("region", "locale")


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
    list_display = ["structure", "text", DateColumn("created_at", label=_("Created"))]
    search_backend_name = None
    search_fields = ["text", "structure__name"]
    panels = [FieldPanel("structure"), FieldPanel("text")]


class ContactLogEntryViewSet(SnippetViewSet):
    model = ContactLogEntry
    icon = "calendar"
    menu_label = _("Contact history")
    add_view_class = InternalRecordCreateView
    list_display = ["structure", DateColumn("date", label=_("Date")), "kind", "contact_person"]
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
             AreaOfWorkViewSet, WorkLanguageViewSet, NetworkViewSet, RegionViewSet, ChangeRequestViewSet,
             VolunteerNeedViewSet)
