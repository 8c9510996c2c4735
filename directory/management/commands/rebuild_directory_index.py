from django.core.management.base import BaseCommand, CommandError

from directory.search.elasticsearch import elasticsearch_enabled
from search.backends.connection import cluster_errors
from directory.search.rebuild import rebuild_database, rebuild_elasticsearch


class Command(BaseCommand):
    help = ("Rebuild the directory search indexes from the structures: the database index, and the "
            "Elasticsearch index when ELASTICSEARCH_URL is set (new index filled in bulk, alias swapped).")

    def add_arguments(self, parser):
        parser.add_argument("--database-only", action="store_true", help="Skip Elasticsearch.")
        parser.add_argument("--elasticsearch-only", action="store_true", help="Skip the database index.")

    def handle(self, *args, database_only=False, elasticsearch_only=False, **options):
        if database_only and elasticsearch_only:
            raise CommandError("Choose at most one of --database-only and --elasticsearch-only.")
        if not elasticsearch_only:
            total = rebuild_database(self.stdout)
            self.stdout.write(self.style.SUCCESS(f"Database index: {total} structures."))
        if database_only:
            return
        if not elasticsearch_enabled():
            if elasticsearch_only:
                raise CommandError("ELASTICSEARCH_URL is not set.")
            self.stdout.write("Elasticsearch: not configured (ELASTICSEARCH_URL is empty), skipped.")
            return
        try:
            name, replaced = rebuild_elasticsearch(self.stdout)
        except cluster_errors() as error:
            raise CommandError(f"Elasticsearch index not rebuilt (the previous one is still in use): {error}")
        self.stdout.write(self.style.SUCCESS(
            f"Elasticsearch: alias now points to {name}" + (f" (replaced {', '.join(replaced)})" if replaced else "")))
