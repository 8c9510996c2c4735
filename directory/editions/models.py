"""The archive of the yearly printable editions: each PDF kept with a snapshot of the structures it lists,
so that every edition can say which structures were added, updated or withdrawn since the previous one."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models.structures import year_validators


class DirectoryEdition(models.Model):
    locale = models.ForeignKey("wagtailcore.Locale", verbose_name=_("language"), on_delete=models.PROTECT,
                               related_name="+")
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("PDF"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    structure_count = models.PositiveIntegerField(_("structures"), default=0)
    # {slug: {"name": ..., "fields": {field: digest}}}: what the edition listed, enough to compare editions.
    snapshot = models.JSONField(_("snapshot"), default=dict, blank=True, editable=False)
    # Computed once from the snapshots when the edition is published: [{"slug", "name", "fields"?}].
    added = models.JSONField(_("added"), default=list, blank=True, editable=False)
    updated = models.JSONField(_("updated"), default=list, blank=True, editable=False)
    withdrawn = models.JSONField(_("withdrawn"), default=list, blank=True, editable=False)
    previous_year = models.PositiveSmallIntegerField(_("compared with"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("directory edition")
        verbose_name_plural = _("directory editions")
        ordering = ["-year", "locale__language_code"]
        constraints = [models.UniqueConstraint(fields=["locale", "year"], name="directory_edition_unique_year")]

    def __str__(self):
        return f"{self.year} ({self.locale.language_code})"

    @property
    def change_count(self):
        return len(self.added) + len(self.updated) + len(self.withdrawn)
