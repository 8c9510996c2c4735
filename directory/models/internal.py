"""What only the Lima team sees: internal notes and the contact history of each structure.

Kept out of HostStructure on purpose: these models are not part of the structure's cluster (so
wagtail-localize never copies them into translation sources), not indexed, not serialized by any
public view. Rows point to a structure row of any language; `for_structure` gathers all of them.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import ContactKind


class InternalRecordQuerySet(models.QuerySet):
    def for_structure(self, structure):
        return self.filter(structure__translation_key=structure.translation_key)


class StructureInternalNote(models.Model):
    structure = models.ForeignKey("directory.HostStructure", verbose_name=_("host structure"),
                                  on_delete=models.CASCADE, related_name="internal_notes")
    text = models.TextField(_("note"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+", editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = InternalRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.structure}: {self.text[:60]}"


class ContactLogEntry(models.Model):
    structure = models.ForeignKey("directory.HostStructure", verbose_name=_("host structure"),
                                  on_delete=models.CASCADE, related_name="contact_log")
    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(_("kind"), max_length=20, choices=ContactKind.choices, default=ContactKind.MEETING)
    contact_person = models.CharField(_("contact person"), max_length=120, blank=True)
    summary = models.TextField(_("summary"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+", editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = InternalRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact log entry")
        verbose_name_plural = _("contact history")
        ordering = ["-date", "-created_at"]

    def __str__(self):
        return f"{self.structure} — {self.date} ({self.get_kind_display()})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.update_public_dates()

    def update_public_dates(self):
        """The structure's public "last contact" / "last visit" dates (every language) follow the log."""
        from .structures import HostStructure

        rows = HostStructure.objects.filter(translation_key=self.structure.translation_key)
        changes = {"last_contact_on": self.date} if self.kind != ContactKind.VISIT else {
            "last_contact_on": self.date, "last_visit_on": self.date}
        for field, date in changes.items():
            rows.filter(models.Q(**{f"{field}__lt": date}) | models.Q(**{f"{field}__isnull": True})) \
                .update(**{field: date, "updated_at": timezone.now()})
