"""Rebuilding the indexes from the directory, in bulk, without readers ever seeing a half-built index.

Database: one transaction (readers keep the previous index until it commits). Elasticsearch: a new index,
then the alias swapped atomically.
"""

from django.db import connection, transaction

from . import database_index, structure_records
from .caching import content_changed
from .models import SearchTerm, StructureSearchEntry, StructureSearchText
from .registry import BitRegistry

BATCH = 500


class _Silent:
    def advance(self, steps=1):
        pass


def _progress(stdout, total, label):
    from directory.management.progress import ProgressBar  # the directory commands' shared bar

    return ProgressBar(stdout, total, label) if stdout is not None else _Silent()


def rebuild_database(stdout=None):
    total = structure_records.count_structures()
    progress = _progress(stdout, total, "Database index")
    registry = BitRegistry.load(fresh=True)
    vocabulary = set()
    with transaction.atomic():
        database_index.clear()
        for records in structure_records.iter_records(BATCH):
            database_index.write(records, registry, vocabulary=False)
            vocabulary |= database_index._vocabulary(records)
            progress.advance(len(records))
        database_index.add_vocabulary(vocabulary)
    content_changed()
    if connection.vendor == "postgresql":
        # Fresh statistics, or the planner guesses the new tables are empty.
        # VACUUM too when allowed (not inside a transaction): it marks the rewritten pages all-visible, which the
        # covering indexes' index-only scans need.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for model in (StructureSearchEntry, StructureSearchText, SearchTerm):
                cursor.execute(f"{command} {model._meta.db_table}")
    return total


def rebuild_elasticsearch(stdout=None):
    from . import documents

    total = structure_records.count_structures()
    progress = _progress(stdout, total, "Elasticsearch index")
    name = documents.create_index()
    try:
        documents.fill_index(name, structure_records.iter_records(BATCH), progress)
    except Exception:
        from .elasticsearch import client

        client(maintenance=True).indices.delete(index=name, ignore_unavailable=True)
        raise
    replaced = documents.swap_alias(name)
    return name, replaced
