"""Send the weekly and monthly digests of followed directory searches. Safe to run as often as you like
(daily from cron is right): a period is sent once, a failed send is retried on the next run."""

from django.core.management.base import BaseCommand

from directory.alerts.digests import send_digests


class Command(BaseCommand):
    help = ("Send each confirmed directory alert the structures new or changed in its search during the last "
            "week or month, and purge unconfirmed subscriptions. Run it daily.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Say what would be sent; send, record and delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        report = send_digests(dry_run=dry_run)
        for line in report.lines:
            self.stdout.write(line)
        summary = (f"{report.subscriptions} confirmed alert(s): {report.sent} digest(s) "
                   f"{'to send' if dry_run else 'sent'}, {report.empty} without changes, {report.not_due} not due, "
                   f"{report.failed} failed (retried next run), {report.invalid} with an invalid search; "
                   f"{report.purged} unconfirmed subscription(s) {'to purge' if dry_run else 'purged'}; "
                   f"{report.changes_found} public change(s) recorded.")
        self.stdout.write(self.style.SUCCESS(summary) if not report.failed else self.style.WARNING(summary))
