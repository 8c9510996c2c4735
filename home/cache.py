"""Whole-page cache for anonymous readers, correct by construction rather than by clever invalidation.

Every cache key contains a site-wide "content version". Any change to content (a page published, unpublished,
moved or deleted, a snippet, image, setting or directory record saved) replaces that version, so everything
cached before the change is simply never looked up again and expires on its own. Editors publish a few
times a day; readers far more often: throwing the whole cache away on each change costs little.

Cached: GET/HEAD of a language-prefixed URL without a query string (tracking parameters aside), by a reader
who sends no cookie that could change the page, answered 200 text/html without setting a cookie and without
Cache-Control private/no-cache/no-store. Rendering a form uses the CSRF token, which sets the CSRF cookie:
pages with forms are therefore never stored. Searches and filtered lists carry a query string: never cached.

Where the version lives: in the cache itself when the cache is shared by every process (Redis); in a small
file beside the media when it is a per-process local-memory cache, so that a publication handled by one
gunicorn worker also invalidates the pages cached by the others.
"""

import logging
import os
import secrets
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

logger = logging.getLogger(__name__)

VERSION_KEY = "page-cache:version"
VERSION_FILE_NAME = ".page-cache-version"
HEADER = "X-Page-Cache"

# Query parameters that only tell analytics where a reader came from: the page is the same without them.
TRACKING_PARAMETERS = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid",
                       "mc_cid", "mc_eid"}
# Cookies that do not change what an anonymous page shows (the URL carries the language).
HARMLESS_COOKIES = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
# Vary headers whose variants the key already separates: the language is in the URL, readers sending
# cookies and script fetches (X-Requested-With) are never served from the cache, the body is never compressed.
SHARED_VARY = {"cookie", "accept-language", "accept-encoding", "x-requested-with"}
NEVER_CACHED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/static/", "/media/")

# Rows written while serving or editing, which change nothing a reader sees. Saving them must not empty the
# cache: renditions and embeds are created while a page renders, search statistics while a search runs.
# A model that an app writes while serving public GET requests belongs here.
BOOKKEEPING_MODELS = {
    "sessions.session", "admin.logentry", "contenttypes.contenttype", "auth.permission",
    "wagtailimages.rendition", "wagtailembeds.embed",
    "wagtailcore.revision", "wagtailcore.referenceindex", "wagtailcore.pagelogentry", "wagtailcore.modellogentry",
    "wagtailcore.workflowstate", "wagtailcore.taskstate", "wagtailcore.pagesubscription", "wagtailcore.comment",
    "wagtailcore.commentreply", "wagtailcore.uploadedfile", "wagtailadmin.editingsession", "wagtailadmin.admin",
    "wagtailusers.userprofile", "wagtailsearchpromotions.query", "wagtailsearchpromotions.querydailyhits",
    "search.searchquerylog",
    "directory.savedsearch", "directory.structurefingerprint",  # directory alerts: private rows, not content
}
BOOKKEEPING_APPS = {"axes", "wagtailsearch"}


def cache_seconds():
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 600))


def _is_shared_cache():
    return not isinstance(caches["default"], LocMemCache)


def _version_file():
    return Path(settings.MEDIA_ROOT) / VERSION_FILE_NAME


def _write_version_file(token):
    path = _version_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write then rename: a reader in another process sees the old token or the new one, never half a file.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".page-cache-")
    with os.fdopen(handle, "w") as stream:
        stream.write(token)
    os.replace(temporary, path)


def content_version():
    """The current content version, or None when it cannot be known (then nothing is cached)."""
    try:
        if _is_shared_cache():
            version = cache.get(VERSION_KEY)
            if version is None:
                # First use, or Redis was flushed/unreachable: start a new version (never reuse an old one).
                version = secrets.token_hex(8)
                if not cache.add(VERSION_KEY, version, timeout=None):
                    version = cache.get(VERSION_KEY)
            return version
        path = _version_file()
        try:
            return path.read_text() or None
        except FileNotFoundError:
            bump_content_version()
            return path.read_text() or None
    except Exception:  # a broken cache or unwritable media folder means "no page cache", never an error page
        logger.warning("page cache disabled: content version unavailable", exc_info=True)
        return None


def bump_content_version():
    """Make every cached page stale. Called on any content change; cheap and safe to call often."""
    token = secrets.token_hex(8)
    try:
        if _is_shared_cache():
            cache.set(VERSION_KEY, token, timeout=None)
        else:
            _write_version_file(token)
    except Exception:
        logger.warning("could not bump the page cache version", exc_info=True)


def _language_of(path):
    prefix = path.split("/", 2)[1] if path.count("/") >= 2 else ""
    return prefix if prefix in {code for code, _name in settings.LANGUAGES} else None


def _is_cacheable_request(request):
    if request.method not in {"GET", "HEAD"} or cache_seconds() <= 0:
        return False
    if request.path.startswith(NEVER_CACHED_PREFIXES) or _language_of(request.path) is None:
        return False
    if any(name not in TRACKING_PARAMETERS for name in request.GET):
        return False
    if "HTTP_X_REQUESTED_WITH" in request.META:  # script fetches may get a fragment of the page at the same URL
        return False
    return all(name in HARMLESS_COOKIES for name in request.COOKIES)


def _is_cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "").lower()
    return (
        request.method == "GET"
        and not request.GET  # a tracking parameter may be echoed in the page: store only the plain URL
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        # A response that depends on another request header (X-Requested-With…) cannot be shared by URL.
        and not set(name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()) - SHARED_VARY
    )


def _cache_key(request, version):
    return f"page-cache:{version}:{request.scheme}:{request.get_host()}:{_language_of(request.path)}:{request.path}"


class PageCacheMiddleware:
    """Serves stored pages before sessions, CSRF and the view run; stores the final response on a miss.

    Sits right after WhiteNoise, outside the session, CSRF and message middleware, so that it sees the cookies
    they set and never stores a page that carries one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)
        version = content_version()
        if version is None:
            return self.get_response(request)
        key = _cache_key(request, version)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            headers = {name: value for name, value in response.items() if name.lower() != HEADER.lower()}
            cache.set(key, (response.content, headers), timeout=cache_seconds())
            response[HEADER] = "miss"
        return response


def _on_content_change(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label in BOOKKEEPING_APPS or meta.label_lower in BOOKKEEPING_MODELS:
        return
    if meta.label_lower == "auth.user" and kwargs.get("update_fields") == frozenset({"last_login"}):
        return
    if kwargs.get("created") and issubclass(sender, (BaseGenericSetting, BaseSiteSetting)):
        # Settings rows are created with their defaults the first time a page reads them, while it renders:
        # nothing changes for readers until an editor saves them.
        return
    bump_content_version()
    # Also after the commit: a reader may have cached the old page between the save and the commit.
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump_content_version)


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_content_change, dispatch_uid=f"page-cache-{signal!r}")
