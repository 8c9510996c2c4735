from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory of host structures")

    def ready(self):
        # Keep the directory search index in step with saves and deletes (directory/search/signals.py).
        from .search import signals

        signals.connect()
        # Regions and schemes come back after a flush (transactional tests) like Wagtail's base tree.
        from django.db.models.signals import post_migrate

        from .reference_data import ensure_reference_data

        post_migrate.connect(ensure_reference_data, sender=self, dispatch_uid="directory_reference_data")
