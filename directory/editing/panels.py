"""Panels of the structure editor, including the Lima team's read-only view of internal records."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, Panel,
                                  TabbedInterface)
from wagtail.admin.widgets import AdminDateInput

from .places import HostStructureForm, region_chooser_viewset


class InternalRecordsPanel(Panel):
    """Notes and contact history of the structure (every language row), with links to add more.

    They are edited in their own admin views, never through the structure's form, so they can
    never travel with the structure into a translation, an export or the search index.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/admin/internal_records_panel.html"

        def get_context_data(self, parent_context=None):
            from ..models import ContactLogEntry, StructureInternalNote

            context = super().get_context_data(parent_context)
            structure = self.instance
            if structure.pk:
                context["notes"] = StructureInternalNote.objects.for_structure(structure).select_related("author")
                context["contacts"] = ContactLogEntry.objects.for_structure(structure).select_related("author")
            context["add_note_url"] = reverse("wagtailsnippets_directory_structureinternalnote:add")
            context["add_contact_url"] = reverse("wagtailsnippets_directory_contactlogentry:add")
            context["structure_id"] = structure.pk
            return context


checkboxes = forms.CheckboxSelectMultiple

structure_edit_handler = TabbedInterface([
    ObjectList([
        FieldPanel("name"), FieldRowPanel([FieldPanel("acronym"), FieldPanel("slug")]), FieldPanel("logo"),
        FieldPanel("short_description"), FieldPanel("presentation"),
        FieldPanel("status"), FieldPanel("is_public"),
    ], heading=_("Presentation")),
    ObjectList([
        FieldPanel("areas", widget=checkboxes), FieldPanel("schemes", widget=checkboxes),
        FieldPanel("work_languages", widget=checkboxes), FieldPanel("networks", widget=checkboxes),
        MultiFieldPanel([FieldPanel("accommodation"), FieldPanel("accommodation_details"),
                         FieldPanel("minimum_stay_months")], heading=_("Hosting conditions")),
        InlinePanel("hosting_records", heading=_("Hosting record"), label=_("Year and scheme")),
    ], heading=_("Activity")),
    ObjectList([
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("region", widget=region_chooser_viewset.widget_class), FieldPanel("country")]),
        FieldRowPanel([FieldPanel("province"), FieldPanel("city")]), FieldPanel("address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")],
                      help_text=_("Left empty, they are set to the centre of the region; adjust them to the "
                                  "structure's address.")),
    ], heading=_("Location")),
    ObjectList([
        FieldRowPanel([FieldPanel("public_email"), FieldPanel("public_phone")]), FieldPanel("website"),
        FieldRowPanel([FieldPanel("facebook_url"), FieldPanel("instagram_url")]),
        FieldRowPanel([FieldPanel("linkedin_url"), FieldPanel("youtube_url")]),
    ], heading=_("Public contact")),
    ObjectList([
        FieldRowPanel([FieldPanel("last_contact_on", widget=AdminDateInput),
                       FieldPanel("last_visit_on", widget=AdminDateInput)]),
        FieldRowPanel([FieldPanel("ruc_number"), FieldPanel("apci_registered")]),
        FieldPanel("confirmed_at"), FieldPanel("external_id"),
    ], heading=_("Trust")),
    ObjectList([InternalRecordsPanel(heading=_("Lima team only"))], heading=_("Internal")),
], base_form_class=HostStructureForm)
