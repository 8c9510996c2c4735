"""Host structures: Peruvian (and other) organisations that can host volunteers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin


class HostStructure(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("host structure")
        verbose_name_plural = _("host structures")
        ordering = ["name"]

    def __str__(self):
        return self.name
