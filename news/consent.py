"""Volunteers' consent to their portrait: expired consent takes the portrait offline in every language."""

from django.utils import timezone

from .models import PortraitPage


def expired_portraits(today=None):
    """Live portraits to unpublish: every translation of a portrait whose consent has expired in any language
    (a translation not yet synchronised with its source may carry an older date; the earliest wins)."""
    keys = PortraitPage.objects.consent_expired(today or timezone.localdate()).values("translation_key")
    return PortraitPage.objects.live().filter(translation_key__in=keys).select_related("locale").order_by("path")


def unpublish_expired(today=None, dry_run=False):
    """Unpublish them; returns the pages concerned. Running it twice does nothing the second time."""
    pages = list(expired_portraits(today))
    if not dry_run:
        for page in pages:
            page.unpublish()
    return pages
