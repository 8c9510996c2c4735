"""Translators hand their work to an administrator: "Submit translation for review".

wagtail-localize's editor saves each translated string as it is typed but only offers "Publish", which
translators may not do. This view writes the translated strings into a draft revision of the page
(`save_target(publish=False)`) and starts the page's workflow, so an administrator approves (and
thereby publishes) the translation like any other change. A dashboard panel lists the translations a
user can still submit.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

PANEL_LIMIT = 20


def translation_of(page):
    """The enabled wagtail-localize translation whose target is `page`, or None."""
    from wagtail_localize.models import Translation

    return (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id,
                                   enabled=True)
        .select_related("source", "target_locale").first()
    )


def can_submit(page, user):
    perms = page.permissions_for_user(user)
    return perms.can_edit() and page.get_workflow() is not None and not page.workflow_in_progress


def progress(translation):
    total, done = translation.get_progress()
    return {"total": total, "done": done, "percent": round(100 * done / total) if total else 100}


def submit_for_review(page, translation, user):
    """Draft revision from the translated strings (untranslated ones keep the source text), then the workflow."""
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    page.get_workflow().start(page, user)
    return page


class SubmitTranslationView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editors/admin/submit_translation.html"
    page_title = gettext_lazy("Submit translation for review")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        self.translation = translation_of(self.page)
        if self.translation is None or self.page.locale.language_code == settings.LANGUAGE_CODE:
            raise PermissionDenied
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page=self.page, progress=progress(self.translation),
                       in_progress=self.page.workflow_in_progress,
                       edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        return context

    def post(self, request, page_id):
        if not can_submit(self.page, request.user):
            messages.error(request, _("This translation is already waiting for review."))
        else:
            submit_for_review(self.page, self.translation, request.user)
            messages.success(request, _("“%(title)s” was submitted for review.") % {"title": self.page.title})
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)


def translations_to_submit(user, limit=PANEL_LIMIT):
    """Drafts of translated pages this user can edit and submit, oldest change first."""
    from wagtail_localize.models import Translation

    targets = Translation.objects.filter(enabled=True).exclude(target_locale__language_code=settings.LANGUAGE_CODE)
    pages = (
        Page.objects.filter(has_unpublished_changes=True)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .filter(translation_key__in=targets.values("source__object_id"))
        .select_related("locale").order_by("latest_revision_created_at")[: limit * 2]
    )
    items = []
    for page in pages:
        translation = translation_of(page)
        if translation is None or not can_submit(page, user):
            continue
        items.append({"page": page, "progress": progress(translation),
                      "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                      "submit_url": reverse("editors_submit_translation", args=[page.pk])})
        if len(items) == limit:
            break
    return items


class TranslationsPanel(Component):
    name = "translations_to_submit"
    template_name = "editors/admin/translations_panel.html"
    order = 150

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"items": translations_to_submit(self.user)}


def submit_button(page, user):
    """For the page explorer: shown on translated drafts the user may submit."""
    if page.locale.language_code == settings.LANGUAGE_CODE or not page.has_unpublished_changes:
        return None
    if translation_of(page) is None or not can_submit(page, user):
        return None
    return reverse("editors_submit_translation", args=[page.pk])
