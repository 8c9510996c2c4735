from django.http import Http404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail import hooks


@hooks.register("before_serve_page")
def refuse_expired_page(page, request, serve_args, serve_kwargs):
    """A page whose expiry date has passed is gone at that moment, not when `publish_scheduled` next runs
    and unpublishes it (the API, sitemaps and site search already leave it out)."""
    if page.expire_at is not None and page.expire_at <= timezone.now():
        raise Http404


@hooks.register("on_serve_page")
def keep_expiring_pages_out_of_caches(next_serve_page):
    """A stored copy would outlive the expiry date (the page cache keeps pages for minutes, whatever their
    expiry): a page that will expire is served fresh each time; so few pages have an expiry date that the
    cost does not show."""

    def serve(page, request, serve_args, serve_kwargs):
        response = next_serve_page(page, request, serve_args, serve_kwargs)
        if page.expire_at is not None:
            patch_cache_control(response, no_cache=True)
        return response

    return serve
