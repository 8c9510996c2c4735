"""Generate realistic synthetic host structures for scale tests and benchmarks."""

from django.core.management.base import BaseCommand

from ...generation import Generator, delete_generated
from ..progress import ProgressBar


class Command(BaseCommand):
    help = "Generate N synthetic host structures in every language (bulk insert; external_id GEN-…)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=0, help="Same seed, same structures.")
        parser.add_argument("--batch-size", type=int, default=1000)
        parser.add_argument("--languages", default="", help="Comma-separated extra languages (default: all).")
        parser.add_argument("--clear", action="store_true", help="Delete generated structures first.")

    def handle(self, *args, count, seed, batch_size, languages, clear, **options):
        if clear:
            self.stdout.write(f"Deleted {delete_generated()} generated rows.")
        generator = Generator(seed=seed, languages=[code for code in languages.split(",") if code] or None)
        progress = ProgressBar(self.stdout, count, "Generating")
        done = 0
        while done < count:
            size = min(batch_size, count - done)
            done += generator.batch(size)
            progress.advance(size)
        self.stdout.write(self.style.SUCCESS(
            f"Generated {done} structures in {len(generator.locales)} languages. They were inserted in bulk: "
            "rebuild the search index afterwards (manage.py rebuild_directory_index)."))
