"""Volunteer portraits (testimonies): who, where, with which scheme, in which direction, and their words."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.choices import SchemeCode
from home.blocks import RICH_TEXT_FEATURES
from home.models import SitePage

year_validators = [MinValueValidator(1990), MaxValueValidator(2100)]


class Direction(models.TextChoices):
    FRANCE_TO_PERU = "france-peru", _("France → Peru")
    PERU_TO_FRANCE = "peru-france", _("Peru → France")
    SOUTH_SOUTH = "south-south", _("South → South")


class PortraitIndexPage(SitePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.PortraitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("portrait index")

    def get_context(self, request, *args, **kwargs):
        from news.views import portrait_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(portrait_listing_context(self, request))
        return context


class PortraitPage(SitePage):
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    quote = models.TextField(_("short quote"), max_length=500, blank=True,
                             help_text=_("In the volunteer's own words and language; it is not translated."))
    quote_language = models.CharField(_("language of the quote"), max_length=8, blank=True,
                                      choices=settings.LANGUAGES)
    story = RichTextField(_("story"), features=RICH_TEXT_FEATURES, blank=True)
    mission = models.TextField(_("mission"), blank=True, help_text=_("What the volunteer does, in a sentence."))
    nationality = models.CharField(_("nationality"), max_length=80, blank=True)
    scheme = models.CharField(_("scheme"), max_length=20, choices=SchemeCode.choices, db_index=True)
    direction = models.CharField(_("direction of the mobility"), max_length=20, choices=Direction.choices,
                                 db_index=True)
    host_structure = models.ForeignKey(
        "directory.HostStructure", verbose_name=_("host structure (directory)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="portraits",
    )
    host_structure_name = models.CharField(
        _("host structure (name)"), max_length=200, blank=True,
        help_text=_("Used when the host structure is not in the directory."))
    sending_structure = models.CharField(_("sending structure"), max_length=200, blank=True)
    mission_city = models.CharField(_("city of the mission"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    start_year = models.PositiveSmallIntegerField(_("first year"), validators=year_validators, db_index=True)
    end_year = models.PositiveSmallIntegerField(_("last year"), validators=year_validators, null=True, blank=True,
                                                help_text=_("Leave empty for a mission within one year."))
    duration_months = models.PositiveSmallIntegerField(
        _("duration (months)"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(60)])
    programme = models.ForeignKey(
        "home.ProgrammePage", verbose_name=_("programme"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="portraits",
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)

    # Names, quotes and structures are facts: every language shows the same ones.
    override_translatable_fields = [
        SynchronizedField("first_name", overridable=False),
        SynchronizedField("last_name", overridable=False),
        SynchronizedField("quote"),
        SynchronizedField("host_structure"),
        SynchronizedField("host_structure_name"),
        SynchronizedField("sending_structure"),
    ]

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]), FieldPanel("photo"),
             FieldPanel("nationality")],
            heading=_("Volunteer"),
        ),
        MultiFieldPanel([FieldPanel("quote"), FieldPanel("quote_language")], heading=_("Quote")),
        FieldPanel("mission"),
        FieldPanel("story"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("scheme"), FieldPanel("direction")]),
             FieldPanel("host_structure"), FieldPanel("host_structure_name"), FieldPanel("sending_structure"),
             FieldRowPanel([FieldPanel("mission_city"), FieldPanel("region"), FieldPanel("country")]),
             FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("duration_months")]),
             PageChooserPanel("programme", "home.ProgrammePage")],
            heading=_("Mission"),
        ),
        FieldPanel("featured"),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("first_name"), index.SearchField("last_name"), index.SearchField("quote"),
        index.SearchField("story"), index.SearchField("mission"), index.SearchField("mission_city"),
        index.SearchField("host_structure_name"), index.SearchField("sending_structure"),
        index.FilterField("scheme"), index.FilterField("direction"), index.FilterField("start_year"),
    ]

    # The volunteer's name and photo only through display_name and public_photo (see below).
    api_fields = [
        APIField("display_name"),
        APIField("photo", serializer=ImageRenditionField("fill-600x600", source="public_photo")),
        APIField("quote"), APIField("quote_language"), APIField("mission"), APIField("story"), APIField("nationality"),
        APIField("scheme"), APIField("direction"), APIField("host_structure_label"), APIField("sending_structure"),
        APIField("mission_city"), APIField("region"), APIField("country"), APIField("start_year"),
        APIField("end_year"), APIField("duration_months"),
    ]

    parent_page_types = ["news.PortraitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("portrait")
        verbose_name_plural = _("portraits")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year cannot be before the first year.")})

    # What readers see of the volunteer goes through these two, so that consent rules (anonymous
    # portraits) can later be enforced in one place for pages, lists, feeds and structured data.
    @property
    def display_name(self):
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def public_photo(self):
        return self.photo

    @property
    def years(self):
        if self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year)

    @property
    def place_parts(self):
        parts = []
        for part in (self.mission_city, self.region, self.country):
            if part and part not in parts:  # "Lima, Lima" says nothing more than "Lima"
                parts.append(part)
        return parts

    @property
    def host_structure_label(self):
        """The structure's name when the directory entry is not set (or was removed)."""
        return self.host_structure.name if self.host_structure_id else self.host_structure_name

    def get_meta_image(self):
        return self.social_image or self.public_photo

    def get_context(self, request, *args, **kwargs):
        from news.views import portrait_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(portrait_page_context(self, request))
        return context
