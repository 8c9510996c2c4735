"""Saved directory searches ("alerts") followed by e-mail, and what the alerts know of each structure's changes.

Personal data is minimal: an e-mail address, the search, the frequency, the language and timestamps. A row
lives only while the subscription does: unsubscribing deletes it, and unconfirmed rows are purged after
`ALERT_CONFIRMATION_DAYS`. Nothing here is ever shown on a public page, feed, export or API.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_PARAMS_LENGTH = 2000


class AlertFrequency(models.TextChoices):
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")


class SavedSearch(models.Model):
    # The secret the signed links carry, so that a link never outlives its row (ids can be reused).
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail"))
    # The search as its canonical query string (directory/search/urlstate.py), without page or sort.
    params = models.CharField(_("search"), max_length=MAX_PARAMS_LENGTH, blank=True)
    language = models.CharField(_("language"), max_length=10)
    frequency = models.CharField(_("frequency"), max_length=10, choices=AlertFrequency.choices,
                                 default=AlertFrequency.WEEKLY)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    # The end of the window the last digest covered: the next one starts there, so no change is told twice.
    sent_until = models.DateTimeField(_("changes sent until"), null=True, blank=True, editable=False)
    # The period ("2026-W48", "2026-11") whose digest was last handled (sent, or found empty).
    last_period = models.CharField(_("last period"), max_length=10, blank=True, editable=False)
    last_sent_at = models.DateTimeField(_("last digest sent"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("directory alert")
        verbose_name_plural = _("directory alerts")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["email", "params"], name="directory_alert_unique_search")]

    def __str__(self):
        return f"#{self.pk} {self.frequency} {self.language}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class StructureFingerprint(models.Model):
    """The last known public state of one structure row, so that saves which change nothing a reader sees
    (a contact logged, a confirmation, an internal edit) are not announced as changes."""

    structure = models.OneToOneField("directory.HostStructure", on_delete=models.CASCADE, primary_key=True,
                                     related_name="+")
    fingerprint = models.CharField(max_length=64)
    seen_updated_at = models.DateTimeField()
    changed_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("structure fingerprint")
