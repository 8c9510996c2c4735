"""Volunteer needs ("besoins d'accueil"): what a host structure is looking for, as sending organisations read it.

A need belongs to the default-language row of its structure (where every fact lives) and is shown under
every translation of it. A need leaves every listing by itself once it is filled or its closing date has
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
    def current(self, today=None):
        """Open needs whose closing date (by default the start date) is today or later."""
        today = today or timezone.localdate()
        return self.filter(status=NeedStatus.OPEN).alias(
            closes_on=Coalesce("open_until", "starts_on")).filter(closes_on__gte=today)

    def of_structure(self, structure):
        """The needs of every language row of `structure` (they are stored on the default-language row)."""
        return self.filter(structure__translation_key=structure.translation_key,
                           structure__locale__language_code=settings.LANGUAGE_CODE)

    def listed(self):
        """Current needs of public structures, in display order."""
        return self.current().filter(structure__is_public=True).order_by("starts_on", "pk")

    def structure_keys(self):
        """Translation keys of the structures that have current needs (a subquery for the search engines)."""
        return self.current().filter(structure__is_public=True).values("structure__translation_key")


class VolunteerNeed(models.Model):
    structure = models.ForeignKey("directory.HostStructure", verbose_name=_("host structure"),
                                  on_delete=models.CASCADE, related_name="volunteer_needs",
                                  limit_choices_to=default_locale_choices,
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

    objects = VolunteerNeedQuerySet.as_manager()

    class Meta:
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

    @property
    def closes_on(self):
        return self.open_until or self.starts_on

    def is_current(self, today=None):
        return self.status == NeedStatus.OPEN and self.closes_on >= (today or timezone.localdate())


def open_needs_condition():
    """Q on a model with `translation_key` (structures, search entries): the structure has current needs."""
    return Q(translation_key__in=VolunteerNeed.objects.structure_keys())
