"""Security headers on every response: a strict Content-Security-Policy for the public site, a looser one for
the Wagtail admin (which needs inline scripts and styles), and the headers browsers use to limit what a page may do.

Django 5.2 has no CSP of its own (it arrives in 6.0), hence this small middleware. A view that sets its own
Content-Security-Policy keeps it: Wagtail serves documents with "default-src 'none'", stricter than ours.
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext

# Public pages: no inline script at all (scripts are files under /static/, loaded with defer). Inline style
# attributes stay allowed through style-src-attr only: Wagtail's responsive embeds set padding-bottom inline.
# Video embeds (YouTube, Vimeo) are the only third-party frames.
PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# The Wagtail admin renders inline <script> throughout (page editor, choosers: tests/browser/test_journeys.py
# sees them refused under the public policy) and shows embed thumbnails from other hosts. Only logged-in
# editors reach it, so it keeps 'unsafe-inline' while still refusing plugins, foreign frames around it and
# foreign forms. Gravatar and Wagtail's release check are turned off in settings: no third-party calls.
ADMIN_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", "https:"],
    "media-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# Features no page of this site uses; denying them limits what an injected script or embed could ask for.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()" for feature in [
        "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
        "microphone", "midi", "payment", "usb",
    ]
)

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def serialize(policy):
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


PUBLIC_CSP = serialize(PUBLIC_POLICY)
ADMIN_CSP = serialize(ADMIN_POLICY)


def policy_for(path):
    return ADMIN_CSP if path.startswith(ADMIN_PREFIXES) else PUBLIC_CSP


class SecurityHeadersMiddleware:
    """Adds CSP, Permissions-Policy, nosniff and Referrer-Policy to every response that lacks them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy_for(request.path)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY or "same-origin")
        return response


def lockout_response(request, original_response=None, credentials=None):
    """Back to the login form with "too many attempts, try again later": the same for every username, known or not."""
    # Our own catalogues carry these django-axes messages: axes has no Spanish translation.
    if settings.AXES_COOLOFF_TIME:
        message = gettext("Account locked: too many login attempts. Please try again later.")
    else:
        message = gettext("Account locked: too many login attempts. Contact an admin to unlock your account.")
    messages.error(request, message)
    return redirect(request.get_full_path())
