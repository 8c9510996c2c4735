"""Admin additions: the zero-result searches report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import ZeroResultQueriesView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/searches-without-results/", ZeroResultQueriesView.as_view(), name="search_zero_results"),
        path("reports/searches-without-results/results/", ZeroResultQueriesView.as_view(results_only=True),
             name="search_zero_results_results"),
    ]


class ZeroResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchquerylog")


@hooks.register("register_reports_menu_item")
def register_zero_results_menu_item():
    return ZeroResultsMenuItem(_("Searches without results"), reverse("search_zero_results"),
                               name="searches-without-results", icon_name="search", order=1100)
