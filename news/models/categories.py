from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class NewsCategory(TranslatableMixin, index.Indexed, models.Model):
    """A news category (Programmes, Réciprocité, …): one row per language, linked by translation_key.

    The slug is translated too, so filter URLs read naturally in each language (?category=reciprocidad).
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in filter URLs, in this language."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_category_unique_slug_per_locale"),
        ]

    def __str__(self):
        return self.name
