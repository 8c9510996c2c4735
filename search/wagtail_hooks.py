"""Admin additions: the zero-result searches report and the translators' "submit for review"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from .editorial import SubmitTranslationView, TranslationsPanel, submit_button
from .reports import ZeroResultQueriesView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/searches-without-results/", ZeroResultQueriesView.as_view(), name="search_zero_results"),
        path("reports/searches-without-results/results/", ZeroResultQueriesView.as_view(results_only=True),
             name="search_zero_results_results"),
        path("translations/<int:page_id>/submit/", SubmitTranslationView.as_view(),
             name="search_submit_translation"),
    ]


class ZeroResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchquerylog")


@hooks.register("register_reports_menu_item")
def register_zero_results_menu_item():
    return ZeroResultsMenuItem(_("Searches without results"), reverse("search_zero_results"),
                               name="searches-without-results", icon_name="search", order=1100)


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    panels.append(TranslationsPanel(request.user))


def _submit_translation_buttons(page, user, view_name=None, next_url=None):
    url = submit_button(page, user)
    if url:
        yield ListingButton(_("Submit translation for review"), url, priority=65, icon_name="resubmit")


hooks.register("register_page_listing_more_buttons", _submit_translation_buttons)
hooks.register("register_page_header_buttons", _submit_translation_buttons)
