"""Create or complete the editors' groups and the review workflow (also done after every migrate)."""

from django.core.management.base import BaseCommand

from editors.groups import ensure_groups


class Command(BaseCommand):
    help = "Create or complete the Administrators, Editors, Translators and Directory editors groups. Idempotent."

    def handle(self, *args, **options):
        for name, created in ensure_groups().items():
            self.stdout.write(f"{name}: {'created' if created else 'up to date'}")
