from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and programmes")

    def ready(self):
        # Any content change invalidates the page cache, whatever process made it (admin, import command, cron).
        from .cache import connect_signals

        connect_signals()

        from django.db.models.signals import post_migrate

        from .locales import ensure_base_tree

        post_migrate.connect(ensure_base_tree, sender=self, dispatch_uid="home_ensure_base_tree")
