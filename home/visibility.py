"""Which pages any reader may see: Wagtail's `.public()`, with the restricted pages read once per content change.

`PageQuerySet.public()` reads every view restriction each time it is called, so a page listing five kinds of
pages asked for them five times per render. The restricted pages change only when an editor changes a
restriction (a content change): they are remembered with the content version, and excluded with Wagtail's own
`not_descendant_of`, which is what `.public()` does with them.
"""

from wagtail.models import Page

from .cache import remembered


def restricted_pages():
    """Pages with a view restriction (password, login, groups): they and their descendants are private."""
    return remembered("restricted-pages", lambda: list(
        Page.objects.filter(view_restrictions__isnull=False).distinct().only("path", "depth")))


def public(queryset):
    """`queryset.public()` without a query of its own once the content version is known."""
    for page in restricted_pages():
        queryset = queryset.not_descendant_of(page, inclusive=True)
    return queryset
