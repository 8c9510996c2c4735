"""Load the demo content from home/demo/data/ through the apps' factories. Safe to run again: nothing is duplicated."""

from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import PARTS, load
from home.locales import ensure_locales


class Command(BaseCommand):
    help = "Load the demo content (fr/es/en) built from shared/seeds/. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("parts", nargs="*", metavar="part",
                            help=f"Only these data files, in this order (default: {', '.join(PARTS)}).")

    def handle(self, *args, parts=(), **options):
        unknown = set(parts) - set(PARTS)
        if unknown:
            raise CommandError(f"Unknown part(s): {', '.join(sorted(unknown))}; choose among {', '.join(PARTS)}.")
        ensure_locales()
        # No transaction around the load: Wagtail defers some page saves to on_commit, and a long transaction
        # made them overwrite the tree's child counts. Each page is saved on its own, and a rerun completes
        # whatever an interrupted run left out.
        load(self.stdout, parts or PARTS)
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
