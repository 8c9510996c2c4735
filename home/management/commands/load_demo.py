"""Load the demo content of every app, in dependency order. Safe to run again: nothing is duplicated."""

import importlib

from django.core.management.base import BaseCommand

from home.locales import ensure_locales

# Apps whose demo content others link to come first: portraits point at host structures.
DEMO_MODULES = ["home.demo.site", "directory.demo", "news.demo", "search.demo"]


class Command(BaseCommand):
    help = "Load the demo content (fr/es/en) built from shared/seeds/. Idempotent."

    def handle(self, *args, **options):
        ensure_locales()
        for module_name in DEMO_MODULES:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as error:
                if error.name == module_name:
                    continue
                raise
            # No transaction around a whole app: Wagtail defers some page saves to on_commit, and a
            # long transaction made them overwrite the tree's child counts. Each page is saved on its
            # own, and a rerun completes whatever an interrupted run left out.
            module.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
