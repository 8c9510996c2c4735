"""Keeping the indexes in step with the directory: the database index always, Elasticsearch when configured.

Changes are collected per transaction and indexed once it commits, when a structure's many-to-many fields and
hosting records (saved after the structure row itself) are in the database too.
"""

import logging
import threading
from contextlib import contextmanager

from django.db import connection, transaction

from . import database_index, structure_records
from .caching import content_changed
from search.backends.connection import cluster_errors

from .elasticsearch import elasticsearch_enabled

logger = logging.getLogger(__name__)
_state = threading.local()


def _pending():
    if not hasattr(_state, "keys"):
        _state.keys, _state.suspended = set(), 0
    return _state.keys


def sync(translation_keys):
    """Re-index these structures now, in every index (gone or private ones are removed)."""
    keys = [str(key) for key in translation_keys]
    if not keys:
        return
    records = structure_records.records_for(keys)
    present = [record for record in records.values() if record is not None]
    gone = [key for key, record in records.items() if record is None]
    database_index.write(present)
    database_index.delete(gone)
    content_changed()  # cached facet counts and pages computed from the old index are now stale
    if elasticsearch_enabled():
        from . import documents

        try:
            documents.write(present)
            documents.delete(gone)
        except cluster_errors() as error:
            # The database index is current; `rebuild_directory_index` catches Elasticsearch up later.
            logger.warning("Elasticsearch index not updated for %s structure(s): %s", len(keys), error)


def sync_all(stdout=None):
    """Rebuild the database index from scratch (tests, `rebuild_directory_index --database`)."""
    from .rebuild import rebuild_database

    rebuild_database(stdout)


def _flush():
    keys = _pending()
    if not keys:
        return
    batch = list(keys)
    keys.clear()
    sync(batch)


def schedule(translation_key):
    """Index this structure once the current transaction commits (now, outside a transaction)."""
    keys = _pending()
    if _state.suspended or translation_key is None:
        return
    keys.add(str(translation_key))
    if connection.in_atomic_block:
        # One callback per change: the first to run indexes every pending key, the others find nothing left.
        # (Remembering "already registered" would go wrong when a savepoint rolls its callback back.)
        transaction.on_commit(_flush)
    else:
        _flush()


@contextmanager
def suspended():
    """No indexing inside (bulk generation); rebuild afterwards."""
    _pending()
    _state.suspended += 1
    try:
        yield
    finally:
        _state.suspended -= 1
