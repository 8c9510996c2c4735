"""Reference data the structures point to.

Regions, schemes and networks are proper names or fixed codes: one row each, not translated.
Areas of work and languages of work are translatable snippets; structures always link to the rows of
the default locale (the canonical ones), and pages show their translation in the reader's language.
Every vocabulary has a stable code/slug, used in URLs (`?region=PE-CUS&area=education`) and files.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..choices import SchemeCode

country_code_validator = RegexValidator(r"^[A-Z]{2}$", _("Use a two-letter ISO country code, e.g. PE."))


def default_locale_choices():
    """Choosers list only the canonical (default-language) rows of a translatable vocabulary."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class Region(models.Model):
    """A first-level administrative division (Peru: 24 departments and the Constitutional Province of Callao)."""

    code = models.CharField(_("code"), max_length=10, unique=True, help_text=_("ISO 3166-2 code, e.g. PE-CUS."))
    name = models.CharField(_("name"), max_length=100)
    country_code = models.CharField(_("country"), max_length=2, default="PE", validators=[country_code_validator])
    svg_id = models.CharField(_("map id"), max_length=40, blank=True,
                              help_text=_("Id of the region's shape in the country's SVG map."))
    latitude = models.FloatField(_("latitude"), null=True, blank=True,
                                 validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.FloatField(_("longitude"), null=True, blank=True,
                                  validators=[MinValueValidator(-180), MaxValueValidator(180)])

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("country_code"), FieldPanel("svg_id"),
              FieldPanel("latitude"), FieldPanel("longitude")]

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["country_code", "name"]

    def __str__(self):
        return self.name


class Scheme(models.Model):
    """A volunteering scheme a structure hosts or can host; its label comes from the code's translation."""

    code = models.CharField(_("code"), max_length=20, unique=True, choices=SchemeCode.choices)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("scheme")
        verbose_name_plural = _("schemes")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return str(self.get_code_display())

    @property
    def name(self):
        return self.get_code_display()


class Network(models.Model):
    """A volunteering network structures belong to (Soy Voluntari@, PROA, …)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("website")]

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name"]

    def __str__(self):
        return self.name


class LocalizedVocabulary(TranslatableMixin, models.Model):
    """Translatable taxonomy term: the name is translated, the slug and order are shared by all languages."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @classmethod
    def canonical(cls):
        return cls.objects.filter(**default_locale_choices())

    @classmethod
    def rows(cls):
        """[(language code, slug, name)] of every row, every language, in the canonical order (sort order, name).

        Both vocabularies are read in one query and remembered until the next content change: reference data
        changes a few times a year, and every directory page and site search reads it."""
        from home.cache import remembered

        return remembered("vocabulary-rows", _vocabulary_rows).get(cls._meta.label, [])

    @classmethod
    def names_in(cls, locale=None):
        """{slug: name in that locale, falling back to the canonical name}, canonical slugs first in their order."""
        language = (locale or Locale.get_active()).language_code
        rows = cls.rows()
        canonical = {slug: name for row_language, slug, name in rows if row_language == settings.LANGUAGE_CODE}
        return {**canonical, **{slug: name for row_language, slug, name in rows if row_language == language}}


def _vocabulary_rows():
    """{model label: [(language code, slug, name)]} of areas and languages of work, in the canonical order."""
    def rows(model):
        return model.objects.order_by().annotate(label=models.Value(model._meta.label)).values_list(
            "label", "sort_order", "name", "locale__language_code", "slug")

    by_model = {}
    for label, _order, name, language, slug in rows(AreaOfWork).union(rows(WorkLanguage), all=True).order_by(
            "label", "sort_order", "name"):
        by_model.setdefault(label, []).append((language, slug, name))
    return by_model


class AreaOfWork(LocalizedVocabulary):
    class Meta(LocalizedVocabulary.Meta):
        verbose_name = _("area of work")
        verbose_name_plural = _("areas of work")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="directory_area_unique_slug")]


class WorkLanguage(LocalizedVocabulary):
    """A language a structure works in; the slug is its ISO 639 code (spa, fra, eng, que, aym…)."""

    class Meta(LocalizedVocabulary.Meta):
        verbose_name = _("language of work")
        verbose_name_plural = _("languages of work")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="directory_language_unique_slug")]
