"""Admin help where editors are: the French editor's guide inside the admin, and Wagtail's Help menu pointing to it."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .editors_guide.views import EditorsGuideView, screenshot

GUIDE_MENU_NAME = "editors-guide"


@hooks.register("register_admin_urls")
def editors_guide_urls():
    return [
        path("guide/", EditorsGuideView.as_view(), name="editors_guide"),
        path("guide/screenshots/<str:name>", screenshot, name="editors_guide_screenshot"),
    ]


@hooks.register("register_admin_menu_item")
def editors_guide_menu_item():
    return MenuItem(_("Editor's guide"), reverse("editors_guide"), name=GUIDE_MENU_NAME, icon_name="help",
                    order=10900)


@hooks.register("register_help_menu_item")
def editors_guide_help_item():
    return MenuItem(_("Editor's guide"), reverse("editors_guide"), name=f"{GUIDE_MENU_NAME}-help",
                    icon_name="help", order=1050)


@hooks.register("construct_help_menu")
def replace_wagtail_editor_guide(request, menu_items):
    # Wagtail's own guide is in English and about Wagtail in general; ours is in French and about this site.
    menu_items[:] = [item for item in menu_items if item.name != "editor-guide"]


@hooks.register("insert_global_admin_css")
def editors_guide_css():
    return format_html('<link rel="stylesheet" href="{}">', static("home/admin/editors-guide.css"))


@hooks.register("after_create_page")
def tell_about_abandoned_draft(request, page):
    """The page form gave a new page the next free slug because an abandoned draft held the one typed:
    say so, and link to that draft so the editor can resume or delete it."""
    from django.contrib import messages

    from .page_editing.forms import abandoned_drafts

    typed = request.POST.get("slug", "")
    if not typed or typed == page.slug:
        return
    draft = abandoned_drafts(page.get_parent(), typed).first()
    if draft is not None:
        messages.warning(request, format_html(
            _("An unfinished draft, “{title}”, already used the address “{slug}”; this page got “{new_slug}”. "
              "<a href=\"{url}\">Open the old draft</a> to finish or delete it."),
            title=draft.title, slug=typed, new_slug=page.slug,
            url=reverse("wagtailadmin_pages:edit", args=[draft.pk])))
