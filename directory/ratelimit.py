"""A small fixed-window rate limit on the cache, per client IP (enough against form spam)."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    # X-Forwarded-For can be forged by anyone: read it only when a trusted proxy sets it.
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[0].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def hit(request, scope, limit, window_seconds):
    """Count one attempt; True while the client stays within `limit` attempts per window."""
    ip_hash = hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{ip_hash}"
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window_seconds)
        count = 1
    return count <= limit
