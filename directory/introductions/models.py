"""Introduction requests ("mises en relation") from sending structures, triaged by the Lima team.

Personal data: never public, purged after INTRODUCTION_RETENTION_DAYS (`manage.py purge_introductions`).
The triage timestamps give the team's response time (issue 9 statistics).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import IntroductionStatus


# The states in which the team has looked at a request: only these count in public statistics.
TAKEN_IN_HAND = (IntroductionStatus.IN_PROGRESS, IntroductionStatus.DONE)


class IntroductionRequestQuerySet(models.QuerySet):
    def taken_in_hand(self):
        """Requests the team has taken in hand and not marked as spam: what public figures may count."""
        return self.filter(status__in=TAKEN_IN_HAND, in_progress_at__isnull=False)

    def waiting(self):
        return self.filter(status=IntroductionStatus.NEW)


class IntroductionRequest(models.Model):
    structure = models.ForeignKey("directory.HostStructure", verbose_name=_("host structure"), null=True,
                                  on_delete=models.SET_NULL, related_name="introduction_requests")
    structure_name = models.CharField(_("structure name"), max_length=200,
                                      help_text=_("Kept in case the structure is deleted."))
    organisation = models.CharField(_("organisation"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("e-mail"))
    schemes = models.JSONField(_("schemes"), default=list, blank=True)
    period = models.CharField(_("period"), max_length=120, blank=True)
    message = models.TextField(_("message"))
    consent = models.BooleanField(_("consent to the data use"), default=False)
    language = models.CharField(_("language"), max_length=10, default="fr")
    status = models.CharField(_("status"), max_length=20, choices=IntroductionStatus.choices,
                              default=IntroductionStatus.NEW, db_index=True)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("handled by"), null=True,
                                   blank=True, on_delete=models.SET_NULL, related_name="+")
    team_notes = models.TextField(_("team notes"), blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False, db_index=True)
    in_progress_at = models.DateTimeField(_("taken in hand"), null=True, blank=True, editable=False)
    done_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    team_notified_at = models.DateTimeField(_("team notified"), null=True, blank=True, editable=False)
    sender_notified_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True, editable=False)

    objects = IntroductionRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("introduction request")
        verbose_name_plural = _("introduction requests")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation} → {self.structure_name}"

    def save(self, *args, **kwargs):
        # Triage timestamps are set once, the first time a request reaches each state.
        now = timezone.now()
        if self.status in TAKEN_IN_HAND and self.in_progress_at is None:
            self.in_progress_at = now
        if self.status == IntroductionStatus.DONE and self.done_at is None:
            self.done_at = now
        super().save(*args, **kwargs)

    @property
    def response_time(self):
        """Time until the team first took the request in hand (None while it is new)."""
        return self.in_progress_at - self.created_at if self.in_progress_at else None
