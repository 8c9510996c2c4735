"""Unpublish portraits whose volunteer's consent has expired, in every language. Safe to run daily from cron."""

from django.core.management.base import BaseCommand

from ...consent import unpublish_expired


class Command(BaseCommand):
    help = "Unpublish every translation of the portraits whose consent has expired (idempotent, cron-safe)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only list what would be unpublished.")

    def handle(self, *args, dry_run, **options):
        pages = unpublish_expired(dry_run=dry_run)
        for page in pages:
            self.stdout.write(f"  {page.locale.language_code} {page.url_path} (consent expired "
                              f"{page.consent_expires_on})")
        verb = "Would unpublish" if dry_run else "Unpublished"
        self.stdout.write(f"{verb} {len(pages)} portrait page(s) whose consent has expired.")
