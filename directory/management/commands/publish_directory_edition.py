"""Publish the yearly printable edition of the directory: a PDF per language kept in the archive, with the
structures added, updated and withdrawn since the previous edition of that language."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ...editions.archive import EditionExists, publish_edition
from ...models import DirectoryIndexPage


class Command(BaseCommand):
    help = "Publish this year's (or --year's) PDF edition of the directory in every language (or --language)."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, default=None, help="Year of the edition (default: this year).")
        parser.add_argument("--language", default=None, help="Only this language (fr, es, en).")
        parser.add_argument("--replace", action="store_true",
                            help="Make the edition again if it was already published for that year.")

    def handle(self, *args, year, language, replace, **options):
        year = year or timezone.localdate().year
        pages = DirectoryIndexPage.objects.live().select_related("locale").order_by("locale__language_code")
        if language:
            pages = pages.filter(locale__language_code=language)
        pages = list(pages)
        if not pages:
            raise CommandError(f"No live directory page{f' in {language}' if language else ''}.")
        for number, page in enumerate(pages, start=1):
            code = page.locale.language_code
            self.stdout.write(f"[{number}/{len(pages)}] {code}: rendering the {year} edition…")
            try:
                edition = publish_edition(page, year, replace=replace)
            except EditionExists as error:
                self.stdout.write(self.style.WARNING(f"[{number}/{len(pages)}] {code}: {error}"))
                continue
            compared = f"since {edition.previous_year}: {len(edition.added)} added, {len(edition.updated)} " \
                       f"updated, {len(edition.withdrawn)} withdrawn" if edition.previous_year else "first edition"
            self.stdout.write(self.style.SUCCESS(
                f"[{number}/{len(pages)}] {code}: {edition.structure_count} structures ({compared})."))
