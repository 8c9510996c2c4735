"""Fixed vocabularies of the directory. Their codes are stable (URLs, imports, exports use them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SchemeCode(models.TextChoices):
    VSI = "vsi", _("International solidarity volunteering (VSI)")
    VSI_SOUTH_SOUTH = "vsi-sud-sud", _("South-South VSI")
    SCI = "sci", _("International civic service (SCI)")
    RECIPROCITY = "reciprocite", _("Reciprocal civic service")
    WORK_CAMP = "chantier", _("Solidarity work camps")
    OUTSIDE_SCHEME = "hors-dispositif", _("Outside official schemes")


class Status(models.TextChoices):
    HOSTING = "hosting", _("Currently hosting volunteers")
    HOSTED = "hosted", _("Has hosted volunteers")
    PROSPECTED = "prospected", _("Potential host (prospected)")


class Accommodation(models.TextChoices):
    UNKNOWN = "", _("Not specified")
    PROVIDED = "provided", _("Accommodation provided")
    HOST_FAMILY = "host-family", _("Host family")
    HELP = "help", _("Help finding accommodation")
    NONE = "none", _("No accommodation")


class ContactKind(models.TextChoices):
    VISIT = "visit", _("Visit")
    MEETING = "meeting", _("Meeting (in person or online)")
    CALL = "call", _("Phone call")
    EMAIL = "email", _("E-mail")
    OTHER = "other", _("Other")


class IntroductionStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in-progress", _("In progress")
    DONE = "done", _("Done")
    # Spam stays stored (the team can undo a mistake) but counts nowhere.
    SPAM = "spam", _("Spam")
