"""Delete introduction requests older than the retention period (personal data is not kept forever)."""

from django.core.management.base import BaseCommand

from ...introductions.requests import purge, retention_days


class Command(BaseCommand):
    help = "Delete introduction requests received more than INTRODUCTION_RETENTION_DAYS days ago (cron-safe)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None,
                            help="Override the retention period (default: settings.INTRODUCTION_RETENTION_DAYS).")
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, days, dry_run, **options):
        days = retention_days() if days is None else days
        count = purge(days=days, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {count} introduction requests older than {days} days.")
