"""Once a year, ask each public structure to confirm or correct its entry (signed link by e-mail; cron-safe).

A structure confirmed or asked within the last 12 months is skipped, so running it daily sends each
structure one e-mail a year; a mail that fails is not recorded and is retried on the next run.
"""

from django.core.management.base import BaseCommand

from ...confirmation import workflow


class Command(BaseCommand):
    help = "E-mail the yearly confirmation link to every public structure with a public e-mail that is due."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="List who would receive a link; send and write nothing.")
        parser.add_argument("--structure", metavar="SLUG", help="Only this structure (if it is due).")

    def handle(self, *args, dry_run, structure, **options):
        due = list(workflow.due_structures(slug=structure))
        if structure and not due:
            self.stdout.write(f"“{structure}” is not due: unknown, not public, without a public e-mail, "
                              f"or confirmed or asked within the last 12 months.")
            return
        sent = failed = 0
        for number, entry in enumerate(due, start=1):
            language = workflow.contact_language(entry)
            prefix = f"[{number}/{len(due)}] {entry.name} <{entry.public_email}> ({language})"
            if dry_run:
                self.stdout.write(f"{prefix}: would send")
                continue
            try:
                workflow.send_request(entry)
            except Exception as error:  # one bad address or a mail server hiccup must not stop the others
                failed += 1
                self.stderr.write(f"{prefix}: NOT sent ({type(error).__name__}: {error})")
                continue
            sent += 1
            self.stdout.write(f"{prefix}: sent")
        if dry_run:
            self.stdout.write(f"Dry run: {len(due)} structure(s) would receive a confirmation link; nothing sent.")
        else:
            self.stdout.write(f"{sent} confirmation link(s) sent, {failed} failed (retried next run).")
