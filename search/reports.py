"""Admin report: the queries readers searched most often without finding anything."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import SearchQueryLog


class ZeroResultsFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All"))

    class Meta:
        model = SearchQueryLog
        fields = ["language"]


class ZeroResultQueriesView(ReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    model = SearchQueryLog
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    filterset_class = ZeroResultsFilterSet
    permission_required = "view"
    columns = [
        Column("query", label=_("Query")),
        Column("language", label=_("Language")),
        Column("zero_results", label=_("Searches without results")),
        Column("hits", label=_("All searches")),
        DateColumn("last_seen", label=_("Last searched")),
    ]
    list_export = ["query", "language", "zero_results", "hits", "last_seen"]
    export_headings = {"zero_results": _("Searches without results"), "hits": _("All searches"),
                       "last_seen": _("Last searched")}

    def get_filename(self):
        return "searches-without-results"

    def get_queryset(self):
        return SearchQueryLog.objects.zero_results()
