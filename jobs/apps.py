from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_cache_tables(sender, using="default", **kwargs):
    """Every `migrate` leaves the database cache tables in place (the rate limits' shared store), so a fresh
    database, a restore or a new deployment needs no extra command."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = _("Background tasks")

    def ready(self):
        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="jobs_create_cache_tables")
