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
    def names_in(cls, locale=None):
        """{slug: name in that locale, falling back to the canonical name} — one query for a whole page."""
        from home.cache import remembered

        locale = locale or Locale.get_active()

        def names_by_locale():
            """{locale id: {slug: name}}, canonical names under None: every language in one query."""
            by_locale = {}
            for locale_id, language, slug, name in cls.objects.values_list(
                    "locale_id", "locale__language_code", "slug", "name"):
                by_locale.setdefault(locale_id, {})[slug] = name
                if language == settings.LANGUAGE_CODE:
                    by_locale.setdefault(None, {})[slug] = name
            return by_locale

        # Reference data changes a few times a year: remembered until the next content change.
        by_locale = remembered(("vocabulary-names", cls._meta.label), names_by_locale)
        return {**by_locale.get(None, {}), **by_locale.get(locale.pk, {})}


def _names_by_kind_and_locale():
    """{(kind, locale id): {slug: name}} of areas and languages of work, canonical names under locale None:
    both vocabularies, every language, in one query."""
    def rows(model, kind):
        return model.objects.order_by().annotate(kind=models.Value(kind)).values_list(
            "kind", "locale_id", "locale__language_code", "slug", "name")

    names = {}
    for kind, locale_id, language, slug, name in rows(AreaOfWork, "area").union(
            rows(WorkLanguage, "language"), all=True):
        names.setdefault((kind, locale_id), {})[slug] = name
        if language == settings.LANGUAGE_CODE:
            names.setdefault((kind, None), {})[slug] = name
    return names


def vocabulary_names(locale):
    """({slug: area name}, {slug: language name}) in `locale`, canonical names where a translation is missing
    (what `names_in` gives for each), remembered until the next content change."""
    from home.cache import remembered

    names = remembered("vocabulary-names-of-areas-and-languages", _names_by_kind_and_locale)
    return tuple({**names.get((kind, None), {}), **names.get((kind, locale.pk), {})} for kind in ("area", "language"))


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
