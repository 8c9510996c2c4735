"""A small fixed-window rate limit per client IP (enough against form spam), in a store every worker shares
(settings.CACHES["ratelimit"]: Redis, or a database table). Only accepted submissions are counted, and a
failing store never blocks a post: it lets it through and logs a warning."""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)


def client_ip(request):
    # X-Forwarded-For can be forged by anyone: read it only when a trusted proxy sets it.
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[0].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def _key(request, scope):
    return f"ratelimit:{scope}:{hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]}"


def _store():
    return caches["ratelimit"]


def exceeded(request, scope, limit):
    """True when the client already used its `limit` accepted submissions of the current window."""
    try:
        count = _store().get(_key(request, scope)) or 0
    except Exception:  # the store is down: let the post through rather than lose it
        logger.warning("Rate limit %s: store unavailable, not checked", scope, exc_info=True)
        return False
    return count >= limit


def count(request, scope, window_seconds):
    """Count one accepted submission in the client's window (the window starts with the first one)."""
    store, key = _store(), _key(request, scope)
    try:
        if not store.add(key, 1, window_seconds):
            try:
                store.incr(key)
            except ValueError:  # expired between add and incr
                store.set(key, 1, window_seconds)
    except Exception:
        logger.warning("Rate limit %s: store unavailable, not counted", scope, exc_info=True)
