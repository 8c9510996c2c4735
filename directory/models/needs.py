"""Volunteer needs ("besoins d'accueil"): what a host structure is looking for, as sending organisations read it.

A need is written on the default-language row of its structure (where every fact lives) and is shown under
every translation of it. Its texts are translated with wagtail-localize like any translatable snippet: a
translation is a row in another locale, with the same `translation_key`, attached to the structure's row in
that language. Facts (status, dates, schemes) are read from the default-language need only, so a translation
that is not synced yet never shows a stale date; public surfaces take only the texts from the translation
(`directory.needs.public`). A need leaves every listing by itself once it is filled or its closing date has
passed: `current()` filters at read time, nothing has to run at midnight.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .reference import default_locale_choices


class NeedStatus(models.TextChoices):
    OPEN = "open", _("Open")
    FILLED = "filled", _("Filled")


class LanguageLevel(models.TextChoices):
    ANY = "", _("Any level")
    BASIC = "a2", _("Basic (A2)")
    INDEPENDENT = "b1", _("Independent (B1)")
    GOOD = "b2", _("Good (B2)")
    FLUENT = "c1", _("Fluent (C1 or more)")


class VolunteerNeedQuerySet(models.QuerySet):
    def originals(self):
        """The default-language rows, where the facts of every need live (translations only hold texts)."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def current(self, today=None):
        """Open needs whose closing date (by default the start date) is today or later."""
        today = today or timezone.localdate()
        return self.originals().filter(status=NeedStatus.OPEN).alias(
            closes_on=Coalesce("open_until", "starts_on")).filter(closes_on__gte=today)

    def of_structure(self, structure):
        """The needs of every language row of `structure` (they are stored on the default-language row)."""
        return self.originals().filter(structure__translation_key=structure.translation_key)

    def listed(self):
        """Current needs of public structures, in display order."""
        return self.current().filter(structure__is_public=True).order_by("starts_on", "pk")

    def structure_keys(self):
        """Translation keys of the structures that have current needs (a subquery for the search engines)."""
        return self.current().filter(structure__is_public=True).values("structure__translation_key")


class VolunteerNeed(TranslatableMixin, models.Model):
    # A translation points to the structure's row in its own language (wagtail-localize translates the key),
    # so the admin form, not the field, limits the choice to default-language rows (needs/admin.py).
    structure = models.ForeignKey("directory.HostStructure", verbose_name=_("host structure"),
                                  on_delete=models.CASCADE, related_name="volunteer_needs",
                                  help_text=_("The entry in the default language: the need shows in every language."))
    profile = models.CharField(_("volunteer profile sought"), max_length=200,
                               help_text=_("For example: a teacher of French for teenagers; a community nurse."))
    missions = models.TextField(_("missions"), blank=True, max_length=2000)
    schemes = models.ManyToManyField("directory.Scheme", verbose_name=_("schemes"), blank=True, related_name="+")
    starts_on = models.DateField(_("start (first day of the period)"))
    duration_months = models.PositiveSmallIntegerField(
        _("duration (months)"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(36)])
    languages = models.ManyToManyField("directory.WorkLanguage", verbose_name=_("languages"), blank=True,
                                       related_name="+", limit_choices_to=default_locale_choices)
    language_level = models.CharField(_("language level"), max_length=4, choices=LanguageLevel.choices,
                                      blank=True, default=LanguageLevel.ANY)
    place = models.CharField(_("place"), max_length=100, blank=True,
                             help_text=_("Leave empty when it is the structure's city."))
    status = models.CharField(_("status"), max_length=10, choices=NeedStatus.choices, default=NeedStatus.OPEN,
                              db_index=True)
    open_until = models.DateField(_("open until"), null=True, blank=True,
                                  help_text=_("Leave empty to close the need on its start date."))
    confirmed_on = models.DateField(_("last confirmed"), default=timezone.localdate)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # When the need was last saved: the directory alerts date a change of needs by it.
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = VolunteerNeedQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("structure"),
        TranslatableField("profile"),
        TranslatableField("missions"),
        SynchronizedField("place"),  # overridable: a place name may have its own spelling in another language
    ] + [SynchronizedField(name, overridable=False) for name in (
        "starts_on", "duration_months", "language_level", "status", "open_until", "confirmed_on")]
    # Schemes and languages are left out: wagtail-localize copies only ParentalManyToManyField relations, and
    # public surfaces read them from the default-language need anyway.

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("volunteer need")
        verbose_name_plural = _("volunteer needs")
        ordering = ["starts_on", "pk"]
        indexes = [models.Index(fields=["status", "starts_on"], name="directory_need_current")]

    def __str__(self):
        return f"{self.structure}: {self.profile}"

    def clean(self):
        super().clean()
        if self.open_until and self.open_until > self.starts_on.replace(year=self.starts_on.year + 1):
            raise ValidationError({"open_until": _("A need stays open at most a year after its start.")})

    def get_default_locale(self):
        """A new need is written in the language of the structure row it is attached to."""
        return self.structure.locale if self.structure_id else super().get_default_locale()

    @property
    def closes_on(self):
        return self.open_until or self.starts_on

    def is_current(self, today=None):
        return self.status == NeedStatus.OPEN and self.closes_on >= (today or timezone.localdate())


def open_needs_condition():
    """Q on a model with `translation_key` (structures, search entries): the structure has current needs."""
    return Q(translation_key__in=VolunteerNeed.objects.structure_keys())
