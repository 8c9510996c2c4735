"""Import host structures from a CSV or XLSX file (see docs/directory-import.md)."""

from django.core.management.base import BaseCommand, CommandError

from ...importing.readers import UnreadableFile
from ...importing.structures import validate, write
from ..progress import ProgressBar


class Command(BaseCommand):
    help = ("Create or update host structures from a CSV or XLSX file, matched on external_id (or slug). "
            "A file with errors changes nothing unless --skip-invalid is given.")

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv or .xlsx file whose first row holds the column names.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; write nothing.")
        parser.add_argument("--skip-invalid", action="store_true",
                            help="Write the valid rows even when other rows have errors.")

    def handle(self, *args, file, dry_run, skip_invalid, **options):
        try:
            report = validate(file)
        except UnreadableFile as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        if report.ignored_columns:
            self.stdout.write(self.style.WARNING(f"Ignored columns: {', '.join(report.ignored_columns)}"))
        for number, column, reason in report.error_lines():
            where = f"row {number}" if number else "file"
            self.stdout.write(self.style.ERROR(f"{where}, column {column}: {reason}"))
        summary = (f"{len(report.rows)} rows: {report.count('create')} to create, {report.count('update')} to "
                   f"update, {len(report.invalid_rows)} invalid.")
        self.stdout.write(summary)
        if report.file_errors:
            raise CommandError("Nothing imported: the file itself has errors.")
        if dry_run:
            self.stdout.write(self.style.SUCCESS("Dry run: nothing written."))
            return
        if report.invalid_rows and not skip_invalid:
            raise CommandError("Nothing imported: fix the rows above, or use --skip-invalid to import the others.")
        written = write(report, skip_invalid=skip_invalid,
                        progress=ProgressBar(self.stdout, len(report.valid_rows), "Importing"))
        self.stdout.write(self.style.SUCCESS(f"Imported {written} structures."))
