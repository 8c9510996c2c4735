"""Changes a structure's contact proposed from its confirmation link, waiting for a directory editor.

Nothing here is public: the proposed values reach the entry only when an editor approves them
(directory/confirmation/workflow.py applies them).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChangeRequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ChangeRequestOrigin(models.TextChoices):
    CONTACT = "contact", _("The structure (confirmation link)")
    READER = "reader", _("A reader (suggested correction)")


class StructureChangeRequest(models.Model):
    # Always the default-language row: facts live there and sync to the translations.
    structure = models.ForeignKey("directory.HostStructure", verbose_name=_("host structure"),
                                  on_delete=models.CASCADE, related_name="change_requests")
    language = models.CharField(_("language of the proposed texts"), max_length=10)
    proposed = models.JSONField(_("proposed values"), default=dict,
                                help_text=_("Only the fields the contact changed, with their new value."))
    message = models.TextField(_("message from the structure"), blank=True)
    # A reader's suggestion is a lead for the editors, not the structure's word: approving it does not
    # count as the structure confirming its entry.
    origin = models.CharField(_("origin"), max_length=10, choices=ChangeRequestOrigin.choices,
                              default=ChangeRequestOrigin.CONTACT, db_index=True)
    reporter_email = models.EmailField(_("e-mail of the reader"), blank=True,
                                       help_text=_("Given by the reader to be told of the outcome (optional)."))
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=ChangeRequestStatus.choices,
                              default=ChangeRequestStatus.PENDING, db_index=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), null=True,
                                    blank=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("change request")
        verbose_name_plural = _("change requests")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.structure} ({self.submitted_at:%Y-%m-%d})"

    @property
    def is_pending(self):
        return self.status == ChangeRequestStatus.PENDING
