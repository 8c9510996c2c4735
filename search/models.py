"""What readers search for, counted without personal data: the zero-result list editors work from."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .text import looks_personal, normalise_for_log

LOGGED_QUERY_LENGTH = 100


class SearchQueryLogQuerySet(models.QuerySet):
    def zero_results(self):
        return self.filter(zero_results__gt=0).order_by("-zero_results", "-last_seen", "query")


class SearchQueryLog(models.Model):
    """One row per normalised query and language. No user, no IP, no time of day: counts and a date."""

    query = models.CharField(_("query"), max_length=LOGGED_QUERY_LENGTH)
    language = models.CharField(_("language"), max_length=8)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches without results"), default=0)
    last_seen = models.DateField(_("last searched"), default=timezone.localdate)

    objects = SearchQueryLogQuerySet.as_manager()

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [models.UniqueConstraint(fields=["query", "language"], name="search_query_log_unique")]
        indexes = [models.Index(fields=["-zero_results"], name="search_log_zero_results")]

    def __str__(self):
        return f"{self.query} ({self.language})"

    @staticmethod
    def loggable_query(raw_query):
        """The form a query is logged in, or "" for one not to keep (it looks like an e-mail or a phone
        number). Decided in the request, so nothing personal is ever queued."""
        query = normalise_for_log(raw_query)[:LOGGED_QUERY_LENGTH]
        return "" if not query or looks_personal(raw_query) else query

    @classmethod
    def record(cls, raw_query, language, found):
        """Count one search; queries that look like an e-mail or a phone number are not kept."""
        query = cls.loggable_query(raw_query)
        if query:
            cls.count(query, language, found)

    @classmethod
    def count(cls, query, language, found):
        """Count one search of an already normalised query."""
        changes = {"hits": F("hits") + 1, "last_seen": timezone.localdate()}
        if not found:
            changes["zero_results"] = F("zero_results") + 1
        if cls.objects.filter(query=query, language=language).update(**changes):
            return
        try:
            with transaction.atomic():
                cls.objects.create(query=query, language=language, hits=1, zero_results=0 if found else 1)
        except IntegrityError:  # another request created it meanwhile
            cls.objects.filter(query=query, language=language).update(**changes)
