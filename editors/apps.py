from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def setup_groups_after_migrate(sender, app_config=None, using="default", verbosity=1, **kwargs):
    """Every `migrate` (so `make run` and each test database) ends with the editors' groups in place.

    `flush` sends post_migrate too (without a migration plan): tests that flush the database build
    their own data, so nothing is done then.
    """
    if "plan" not in kwargs:
        return
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    # post_migrate is sent app by app: make sure the later apps' permissions exist before using them.
    for config in apps.get_app_configs():
        create_contenttypes(config, verbosity=0, using=using)
        create_permissions(config, verbosity=0, using=using)
    from .groups import ensure_groups

    ensure_groups()


class EditorsConfig(AppConfig):
    """The Lima team's groups, the review workflow and the translators' "submit for review"."""

    name = "editors"
    verbose_name = _("Editors")

    def ready(self):
        post_migrate.connect(setup_groups_after_migrate, sender=self, dispatch_uid="editors_setup_groups")
