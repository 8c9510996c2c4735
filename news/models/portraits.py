"""Volunteer portraits (testimonies): who, where, with which scheme, in which direction, and their words."""

import html

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
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


class ConsentScope(models.TextChoices):
    NAMED = "named", _("Name and photo")
    ANONYMOUS = "anonymous", _("Anonymous (no name, no photo)")


# Fields of an anonymous portrait that readers, crawlers or the API can see: none may carry the name.
PUBLIC_TEXT_FIELDS = ("title", "slug", "seo_title", "search_description", "lead", "quote", "quote_translation",
                      "mission", "story")
CONSENT_FIELDS = ("consent_given_on", "consent_scope", "consent_expires_on")


def name_tokens(*names):
    """Each name as a run of slug words ("El Jadaoui" -> ("el", "jadaoui")), accents and case ignored."""
    return [tuple(slugify(name).split("-")) for name in names if slugify(name)]


def mentions(text, tokens):
    words = slugify(html.unescape(strip_tags(str(text or "").replace("<", " <")))).split("-")
    return any(words[i:i + len(run)] == list(run) for run in tokens for i in range(len(words) - len(run) + 1))


class PortraitPageQuerySet(PageQuerySet):
    def consent_valid(self, today=None):
        """Portraits whose consent has not expired (no expiry date means no end)."""
        return self.exclude(consent_expires_on__lte=today or timezone.localdate())

    def consent_expired(self, today=None):
        return self.filter(consent_expires_on__lte=today or timezone.localdate())


class PortraitIndexPage(SitePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.PortraitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("portrait index")

    def get_context(self, request, *args, **kwargs):
        from home.cache import rendered_lazily
        from news.views import PORTRAIT_LISTING, portrait_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(PORTRAIT_LISTING, portrait_listing_context, self, request))
        return context


class PortraitPage(SitePage):
    # share_consent() writes these to every translation without a revision: readers of the published revision
    # (the site search's excerpts) must read portraits from their rows.
    fields_outside_revisions = CONSENT_FIELDS

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
    quote_translation = models.TextField(
        _("translation of the quote"), max_length=500, blank=True,
        help_text=_("The quote in this page's language, shown beside the original when their languages differ."))
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
    # The volunteer's consent: what may be shown, and until when.
    consent_given_on = models.DateField(
        _("consent given on"), null=True, blank=True,
        help_text=_("Date of the volunteer's written consent to publish this portrait."))
    consent_scope = models.CharField(
        _("what the volunteer agreed to show"), max_length=20, choices=ConsentScope.choices,
        default=ConsentScope.NAMED,
        help_text=_("Anonymous: the name and photo are shown nowhere (page, lists, search, API, link previews); "
                    "the title, address (slug), lead and story must not contain the name either."))
    consent_expires_on = models.DateField(
        _("consent expires on"), null=True, blank=True, db_index=True,
        help_text=_("From this date the portrait is no longer shown and is unpublished in every language. "
                    "Leave empty when the consent has no end date."))

    objects = PageManager.from_queryset(PortraitPageQuerySet)()

    # Names, quotes and structures are facts: every language shows the same ones.
    override_translatable_fields = [
        SynchronizedField("first_name", overridable=False),
        SynchronizedField("last_name", overridable=False),
        SynchronizedField("quote"),
        SynchronizedField("host_structure"),
        SynchronizedField("host_structure_name"),
        SynchronizedField("sending_structure"),
        # Consent is a fact about the volunteer: the same in every language, never overridden.
        *(SynchronizedField(name, overridable=False) for name in CONSENT_FIELDS),
    ]

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]), FieldPanel("photo"),
             FieldPanel("nationality")],
            heading=_("Volunteer"),
        ),
        MultiFieldPanel([FieldPanel("quote"), FieldPanel("quote_language"), FieldPanel("quote_translation")],
                        heading=_("Quote")),
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
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("consent_given_on"), FieldPanel("consent_expires_on")]),
             FieldPanel("consent_scope")],
            heading=_("Consent"),
        ),
        FieldPanel("featured"),
    ]
    search_fields = SitePage.search_fields + [
        # The name is indexed only as readers may see it: an anonymous portrait is not found by its name.
        index.SearchField("display_name"), index.SearchField("quote"),
        index.SearchField("story"), index.SearchField("mission"), index.SearchField("mission_city"),
        index.SearchField("host_structure_name"), index.SearchField("sending_structure"),
        index.FilterField("scheme"), index.FilterField("direction"), index.FilterField("start_year"),
    ]

    # The volunteer's name and photo only through display_name and public_photo (see below).
    api_fields = [
        APIField("display_name"),
        APIField("photo", serializer=ImageRenditionField("fill-600x600", source="public_photo")),
        APIField("quote"), APIField("quote_language"), APIField("quote_translation"), APIField("mission"),
        APIField("story"), APIField("nationality"),
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
        errors = {}
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The last year cannot be before the first year.")
        if self.consent_given_on and self.consent_expires_on and self.consent_expires_on <= self.consent_given_on:
            errors["consent_expires_on"] = _("The consent cannot expire before it was given.")
        if self.is_anonymous:
            tokens = name_tokens(self.first_name, self.last_name)
            for field in PUBLIC_TEXT_FIELDS:
                if mentions(getattr(self, field, ""), tokens):
                    errors[field] = _("This portrait is anonymous: remove the volunteer's name from this field.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or set(update_fields) & set(CONSENT_FIELDS):
            self.share_consent()

    def share_consent(self):
        """The source language's consent applies to every translation at once, without waiting for a sync:
        a portrait made anonymous or withdrawn in French must not keep a name or stay online in Spanish."""
        if self.locale.language_code != settings.LANGUAGE_CODE:
            return
        values = {field: getattr(self, field) for field in CONSENT_FIELDS}
        translations = PortraitPage.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
        translations.update(**values)
        if self.is_anonymous:
            # A translation written while the portrait was named may still name the volunteer in its title or
            # address: it goes offline until a translator rewrites it (saving it then checks it again).
            tokens = name_tokens(self.first_name, self.last_name)
            for translation in translations.live():
                if any(mentions(getattr(translation, field, ""), tokens) for field in PUBLIC_TEXT_FIELDS):
                    translation.unpublish()

    @property
    def is_anonymous(self):
        return self.consent_scope == ConsentScope.ANONYMOUS

    @property
    def consent_expired(self):
        return bool(self.consent_expires_on and self.consent_expires_on <= timezone.localdate())

    # What readers see of the volunteer goes only through these two (pages, lists, search, API, social meta).
    @property
    def display_name(self):
        if self.is_anonymous:
            return ""
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def public_photo(self):
        return None if self.is_anonymous else self.photo

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
        if self.is_anonymous:
            # An editor may have picked the volunteer's photo as the social image too.
            return self.social_image if self.social_image_id and self.social_image_id != self.photo_id else None
        return self.social_image or self.public_photo

    def serve(self, request, *args, **kwargs):
        # Until `unpublish_expired_portraits` runs, an expired consent already hides the page (previews aside).
        if self.consent_expired and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return [] if self.consent_expired else super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        from home.cache import rendered_lazily
        from news.views import PORTRAIT_PAGE, portrait_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(PORTRAIT_PAGE, portrait_page_context, self, request))
        return context
