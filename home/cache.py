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

A request reads the version once (with the stored page, in one round trip): template fragments, the
per-process memo and the directory search caches reuse that reading. When the shared cache fails, the
request stops asking it (`FailOpenRedisCache`) and is served uncached. docs/architecture.md draws the path.
"""

import hashlib
import logging
import operator
import os
import secrets
import tempfile
from contextvars import ContextVar
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

logger = logging.getLogger(__name__)

VERSION_KEY = "page-cache:version"
# Local-memory cache shared by template fragments, image renditions and `remembered` (settings CACHES).
LOCAL_CACHE = "template_fragments"
# Fragments and memo entries carry the content version in their keys: they can live long, a change makes
# them unreachable and the local cache's culling drops them.
LOCAL_SECONDS = 3600
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
# Rows that public forms create: a stranger's post must not empty everyone's cache, but an editor's later
# change to them (taking a request in hand, which the public count reflects) does.
PUBLIC_SUBMISSION_MODELS = {"directory.introductionrequest", "directory.structurechangerequest"}
BOOKKEEPING_APPS = {"axes", "wagtailsearch", "django_tasks_database"}


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


class RequestCacheState:
    """What one request learnt about the shared cache: the content version, and whether the cache failed."""

    UNREAD = object()

    def __init__(self):
        self.version = self.UNREAD
        self.failed = False


_request_state = ContextVar("page_cache_request_state", default=None)


def current_state():
    return _request_state.get()


def _read_version(stored_page_key=None):
    """(version, stored page or None), in one round trip to a shared cache; (None, None) when unknown."""
    state = current_state()
    if _is_shared_cache():
        keys = [VERSION_KEY] + ([stored_page_key] if stored_page_key else [])
        values = cache.get_many(keys)
        version = values.get(VERSION_KEY)
        if state is not None and state.failed:
            return None, None
        if version is None:
            # First use, or Redis was flushed: start a new version (never reuse an old one).
            version = secrets.token_hex(8)
            if not cache.add(VERSION_KEY, version, timeout=None):
                version = cache.get(VERSION_KEY)
            if state is not None and state.failed:
                return None, None
            return version, None
        return version, values.get(stored_page_key) if stored_page_key else None
    path = _version_file()
    try:
        version = path.read_text() or None
    except FileNotFoundError:
        bump_content_version()
        version = path.read_text() or None
    return version, cache.get(stored_page_key) if stored_page_key and version else None


def content_version(stored_page_key=None):
    """The current content version, or None when it cannot be known (then nothing is cached).

    Read once per request: later calls in the same request reuse the first answer."""
    state = current_state()
    if state is not None and state.version is not RequestCacheState.UNREAD and stored_page_key is None:
        return state.version
    try:
        version, stored = _read_version(stored_page_key)
    except Exception:  # a broken cache or unwritable media folder means "no page cache", never an error page
        logger.warning("page cache disabled: content version unavailable", exc_info=True)
        version, stored = None, None
    if state is not None:
        state.version = version
    return (version, stored) if stored_page_key else version


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
        return
    state = current_state()
    if state is not None and not state.failed:
        state.version = token  # what this request renders after its own change is keyed by the new version


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


def _cache_key(request):
    # The version is stored with the page rather than in its key: one round trip reads both, and a newer
    # rendering replaces the stale one instead of leaving it to expire.
    return f"page-cache:{request.scheme}:{request.get_host()}:{_language_of(request.path)}:{request.path}"


def shared_cache_seconds():
    """s-maxage for a CDN or reverse proxy in front: published pages are purged (frontend_cache); the others
    (lists, menus showing the change) catch up within this delay."""
    return int(getattr(settings, "FRONTEND_CACHE_SECONDS", 60))


class PageCacheMiddleware:
    """Serves stored pages before sessions, CSRF and the view run; stores the final response on a miss.

    Sits right after WhiteNoise, outside the session, CSRF and message middleware, so that it sees the cookies
    they set and never stores a page that carries one. It also opens the request's cache state: the content
    version read once, and whether the shared cache failed (then nothing asks it again).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_state.set(RequestCacheState())
        try:
            return self._respond(request)
        finally:
            _request_state.reset(token)

    def _respond(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)
        key = _cache_key(request)
        version, stored = content_version(stored_page_key=key)
        if version is None:
            return self.get_response(request)
        if stored is not None and stored[0] == version:
            _version, content, headers = stored
            response = HttpResponse(content, headers=headers)
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=shared_cache_seconds())
            headers = {name: value for name, value in response.items() if name.lower() != HEADER.lower()}
            if not current_state().failed:
                cache.set(key, (version, response.content, headers), timeout=cache_seconds())
                response[HEADER] = "miss"
        return response


def fragment_cache(request):
    """Template context for `{% cache fragment_cache_seconds "name" LANGUAGE_CODE content_version ... %}`.

    The fragments live in the local-memory cache (`template_fragments`), keyed by the content version; when
    the version is unknown (shared cache down) they are neither read nor kept (0 seconds), nor in a preview
    (a draft is not the content the version names). `content_minute` goes into the keys of fragments that
    also depend on the clock (upcoming events, a portrait's consent expiring): they are redrawn each minute."""
    version = None if getattr(request, "is_preview", False) else content_version()
    return {"content_version": version or "", "fragment_cache_seconds": LOCAL_SECONDS if version else 0,
            "content_minute": content_minute()}


def content_minute():
    """The current minute: fragments showing what the clock changes (an event ends, a consent expires) are
    redrawn at most a minute late, as pages are by the page cache (PAGE_CACHE_SECONDS)."""
    return int(timezone.now().timestamp()) // 60


def rendered_lazily(names, build, *args):
    """{name: lazy value} for a template that shows them inside a fragment cache: build(*args) (which returns
    a dict holding `names`) runs once, when the template first reads one of them. A fragment served from the
    cache therefore costs none of the queries that would have filled it."""
    values = SimpleLazyObject(lambda: build(*args))
    return {name: SimpleLazyObject(partial(operator.getitem, values, name)) for name in names}


def remembered(key, compute, keep=None, per_minute=False):
    """compute(), or its value computed in this process since the last content change.

    The site's one per-process memo, in the bounded local-memory cache; for small reference data every page
    reads (partners, categories, vocabularies). Nothing is remembered while the version is unknown, nor a value
    `keep(value)` refuses (an answer the search engine could not give). `per_minute`: computed again each
    minute too, for what time alone changes (a page past its expiry date, an event over), as fragments are."""
    if per_minute:
        key = (key, content_minute())
    version = content_version()
    if version is None:
        return compute()
    local = caches[LOCAL_CACHE]
    memo_key = "remembered:" + hashlib.sha1(f"{version}:{key!r}".encode()).hexdigest()
    value = local.get(memo_key)
    if value is None:
        value = compute()
        if keep is None or keep(value):
            local.set(memo_key, value, timeout=LOCAL_SECONDS)
    return value


def remembered_response(key, build):
    """build()'s response, or the body and headers it gave in this process since the last content change or
    minute (an article dated today, an event over, a page past its expiry date).

    For what neither the page cache nor a template fragment keeps because it is not HTML (feeds, calendars,
    sitemaps): `key` names the URL (host included: their links are absolute). Only a plain 200 is kept."""
    built = []

    def stored():
        response = build()
        built.append(response)
        if hasattr(response, "render"):
            response.render()  # a TemplateResponse (sitemaps): its body is what is kept
        if response.status_code != 200 or response.streaming or response.cookies:
            return None
        return response.content, dict(response.items())

    value = remembered(("response", key), stored, per_minute=True)
    if built:
        return built[0]
    content, headers = value
    return HttpResponse(content, headers=headers)


class FailOpenRedisCache(RedisCache):
    """django-redis that a request stops asking after one failure (a Redis down or hanging): every later call
    in that request answers "nothing cached" at once instead of waiting for its own timeout.

    Requires OPTIONS IGNORE_EXCEPTIONS (django-redis then turns ConnectionInterrupted into a miss)."""

    @property
    def client(self):
        return _FailOpenClient(super().client)


class _FailOpenClient:
    def __init__(self, client):
        self._client = client

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            state = current_state()
            if state is not None and state.failed:
                raise ConnectionInterrupted(connection=None) from ConnectionError("cache failed earlier")
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted:
                if state is not None:
                    state.failed = True
                logger.warning("shared cache unavailable: this request is served uncached")
                raise

        return call


def _on_content_change(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label in BOOKKEEPING_APPS or meta.label_lower in BOOKKEEPING_MODELS:
        return
    if meta.label_lower == "auth.user" and kwargs.get("update_fields") == frozenset({"last_login"}):
        return
    if kwargs.get("created") and meta.label_lower in PUBLIC_SUBMISSION_MODELS:
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
