from wagtail.admin.forms import WagtailAdminPageForm


def abandoned_drafts(parent_page, slug):
    """Children of `parent_page` holding `slug` that were never published (autosaved or abandoned drafts)."""
    return parent_page.get_children().filter(slug=slug, live=False, first_published_at__isnull=True)


def free_slug(parent_page, slug):
    taken = set(parent_page.get_children().filter(slug__startswith=slug).values_list("slug", flat=True))
    number = 2
    while f"{slug}-{number}" in taken:
        number += 1
    return f"{slug}-{number}"


class SitePageForm(WagtailAdminPageForm):
    """Wagtail's autosave stores a draft as soon as an editor types in a new page; if they leave and start the
    page again, its slug is already taken by that draft. When only never-published drafts hold the slug, the new
    page gets the next free one (`slug-2`) instead of an error; the editor is told and offered the old draft
    (home/wagtail_hooks.py)."""

    def clean(self):
        slug = self.cleaned_data.get("slug")
        if slug and self.parent_page is not None and self.instance.pk is None:
            holders = self.parent_page.get_children().filter(slug=slug)
            if holders.exists() and holders.count() == abandoned_drafts(self.parent_page, slug).count():
                self.cleaned_data["slug"] = free_slug(self.parent_page, slug)
        return super().clean()
