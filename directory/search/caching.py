"""Short-lived caches for what every search recomputes: vocabularies, facet bits, facet counts.

Keys carry the site's content version (`home.cache`: replaced on every content change, shared by all
processes through Redis or a file), so a cached value can never outlive the data it was computed from;
the index bumps it too after each write. DIRECTORY_SEARCH_CACHE_SECONDS = 0 turns caching off.

The values live in each process's bounded local memory (home.cache.LOCAL_CACHE), not in Redis: a search
page would otherwise cost a round trip per value (facets, counts, hits) on top of the page's own.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

from home.cache import LOCAL_CACHE, bump_content_version, content_version, remembered

DEFAULT_SECONDS = 300


def cache_seconds():
    return int(getattr(settings, "DIRECTORY_SEARCH_CACHE_SECONDS", DEFAULT_SECONDS))


def cached(name, parts, compute):
    """compute(), or its value stored for the same `name`, `parts` and content version."""
    seconds = cache_seconds()
    version = content_version() if seconds > 0 else None
    if version is None:
        return compute()
    key = "directory-search:" + hashlib.sha1(repr((name, version, parts)).encode()).hexdigest()
    local = caches[LOCAL_CACHE]
    value = local.get(key)
    if value is None:
        value = compute()
        local.set(key, value, seconds)
    return value


def cached_in_process(name, parts, compute):
    """compute(), or its value computed in this process for the same content version — whatever
    DIRECTORY_SEARCH_CACHE_SECONDS says: for reference data every search reads (facet names, city lookups),
    which changes only with the content and costs a round trip per query otherwise. Kept in the site's one
    bounded per-process memo (home.cache.remembered)."""
    return remembered(("directory-search", name, parts), compute)


def content_changed():
    """After the index changed: make every cached search value stale."""
    bump_content_version()
