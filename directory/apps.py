from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory of host structures")

    def ready(self):
        # Keep the directory search index in step with saves and deletes (directory/search/signals.py).
        from .search import signals

        signals.connect()
