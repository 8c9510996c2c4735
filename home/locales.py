from django.conf import settings
from wagtail.models import Locale


def ensure_locales():
    """One Wagtail locale per site language (fr, es, en)."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
