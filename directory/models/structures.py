"""A host structure and its hosting record.

One row per language (TranslatableMixin), linked by `translation_key`. Texts (short description,
presentation, accommodation details) are translated through wagtail-localize; every fact is synchronized
from the default-language row, so filters give the same answer in every language.
Nothing private lives here: internal notes and contact history are in `internal.py`.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..choices import Accommodation, SchemeCode, Status
from .reference import country_code_validator, default_locale_choices

ruc_validator = RegexValidator(r"^\d{11}$", _("A RUC number has 11 digits."))
year_validators = [MinValueValidator(1990), MaxValueValidator(2100)]

PRESENTATION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HostStructureQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def in_locale(self, locale=None):
        return self.filter(locale=locale or Locale.get_active())

    def listed(self, locale=None):
        """What a reader in that language (default: the active one) may see."""
        return self.public().in_locale(locale)

    def with_related(self):
        """Everything a card or a detail page shows, without a query per structure."""
        return self.select_related("region", "logo", "locale").prefetch_related(
            "areas", "schemes", "work_languages", "networks", "hosting_records"
        )


# Not in Wagtail's search index: the directory's own index holds every public structure (directory/search/),
# and the site search asks it (search/sources.py). The admin searches the rows themselves (editing/viewsets.py).
class HostStructure(TranslatableMixin, ClusterableModel):
    # Identity
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("The same in every language."))
    external_id = models.CharField(_("external id"), max_length=64, blank=True, db_index=True,
                                   help_text=_("Key of the row in the team's spreadsheet, used by imports."))
    logo = models.ForeignKey("wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    is_public = models.BooleanField(_("shown in the public directory"), default=True)
    # Translated texts
    short_description = models.TextField(_("short description"), blank=True, max_length=400,
                                         help_text=_("One or two sentences for lists and link previews."))
    presentation = RichTextField(_("presentation"), features=PRESENTATION_FEATURES, blank=True)
    accommodation_details = models.TextField(_("accommodation details"), blank=True)
    # Activity
    areas = ParentalManyToManyField("directory.AreaOfWork", verbose_name=_("areas of work"), blank=True,
                                    related_name="structures", limit_choices_to=default_locale_choices)
    work_languages = ParentalManyToManyField("directory.WorkLanguage", verbose_name=_("languages of work"),
                                             blank=True, related_name="structures",
                                             limit_choices_to=default_locale_choices)
    schemes = ParentalManyToManyField("directory.Scheme", verbose_name=_("schemes hosted or possible"),
                                      blank=True, related_name="structures")
    networks = ParentalManyToManyField("directory.Network", verbose_name=_("networks"), blank=True,
                                       related_name="structures")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PROSPECTED,
                              db_index=True)
    accommodation = models.CharField(_("accommodation"), max_length=20, choices=Accommodation.choices,
                                     blank=True, default=Accommodation.UNKNOWN)
    minimum_stay_months = models.PositiveSmallIntegerField(
        _("minimum mission length (months)"), null=True, blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(36)])
    # Location
    country = models.CharField(_("country"), max_length=2, default="PE", validators=[country_code_validator])
    region = models.ForeignKey("directory.Region", verbose_name=_("region"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="structures")
    province = models.CharField(_("province"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True, db_index=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True,
                                 validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.FloatField(_("longitude"), null=True, blank=True,
                                  validators=[MinValueValidator(-180), MaxValueValidator(180)])
    # Public contact
    website = models.URLField(_("website"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    public_email = models.EmailField(_("public e-mail"), blank=True)
    public_phone = models.CharField(_("public phone"), max_length=40, blank=True)
    # Trust (public facts)
    last_contact_on = models.DateField(_("last contact by the Lima team"), null=True, blank=True)
    last_visit_on = models.DateField(_("last visit by the Lima team"), null=True, blank=True)
    ruc_number = models.CharField(_("RUC number"), max_length=11, blank=True, validators=[ruc_validator])
    apci_registered = models.BooleanField(_("registered with APCI"), default=False)
    confirmed_at = models.DateTimeField(_("entry confirmed by the structure"), null=True, blank=True)
    # When the yearly confirmation link was last sent (never public); the link is bound to this moment.
    confirmation_requested_at = models.DateTimeField(_("confirmation last requested"), null=True, blank=True,
                                                     editable=False)
    # Bookkeeping
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    objects = HostStructureQuerySet.as_manager()

    translatable_fields = [
        SynchronizedField("name"),  # overridable: a translator may adapt the name if the structure does
        SynchronizedField("acronym"),
        TranslatableField("short_description"),
        TranslatableField("presentation"),
        TranslatableField("accommodation_details"),
    ] + [SynchronizedField(name, overridable=False) for name in (
        "slug", "external_id", "logo", "is_public", "areas", "work_languages", "schemes", "networks", "status",
        "accommodation", "minimum_stay_months", "country", "region", "province", "city", "address",
        "latitude", "longitude", "website", "facebook_url", "instagram_url", "linkedin_url", "youtube_url",
        "public_email", "public_phone", "last_contact_on", "last_visit_on", "ruc_number", "apci_registered",
        "confirmed_at", "hosting_records",
    )]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("host structure")
        verbose_name_plural = _("host structures")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="directory_structure_unique_slug")]
        indexes = [models.Index(fields=["locale", "is_public", "region"], name="directory_structure_listing")]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.region_id and self.region.country_code != self.country:
            raise ValidationError({"region": _("This region is not in the chosen country.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})

    @property
    def display_name(self):
        return f"{self.name} ({self.acronym})" if self.acronym and self.acronym != self.name else self.name

    @property
    def hosting_years(self):
        return sorted({record.year for record in self.hosting_records.all()}, reverse=True)

    def get_url(self, request=None):
        """The structure's page under the live directory page of its language, or None."""
        from .pages import DirectoryIndexPage

        index_page = DirectoryIndexPage.for_locale(self.locale)
        return index_page.structure_url(self, request) if index_page else None


class HostingRecord(models.Model):
    """How many volunteers a structure hosted in a year under a scheme (e.g. Mano a Mano 2024: 4 VSI)."""

    structure = ParentalKey(HostStructure, related_name="hosting_records", on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    scheme = models.CharField(_("scheme"), max_length=20, choices=SchemeCode.choices)
    volunteers = models.PositiveSmallIntegerField(_("number of volunteers"), validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = _("hosting record")
        verbose_name_plural = _("hosting record")
        ordering = ["-year", "scheme"]
        constraints = [models.UniqueConstraint(fields=["structure", "year", "scheme"],
                                               name="directory_hosting_record_unique")]

    def __str__(self):
        return f"{self.year} {self.get_scheme_display()}: {self.volunteers}"
