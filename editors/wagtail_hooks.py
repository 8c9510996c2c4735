"""Admin additions for translators: "Submit translation for review" and the dashboard panel of their drafts."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from .review import SubmitTranslationView, TranslationsPanel, submit_button


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translations/<int:page_id>/submit/", SubmitTranslationView.as_view(),
             name="editors_submit_translation"),
    ]


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    panels.append(TranslationsPanel(request.user))


def _submit_translation_buttons(page, user, view_name=None, next_url=None):
    url = submit_button(page, user)
    if url:
        yield ListingButton(_("Submit translation for review"), url, priority=65, icon_name="resubmit")


hooks.register("register_page_listing_more_buttons", _submit_translation_buttons)
hooks.register("register_page_header_buttons", _submit_translation_buttons)
