"""Putting work on the task queue from a request without ever making the request wait or fail for it."""

import logging
from contextlib import contextmanager

from django.db import DatabaseError, connection, transaction
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db.backend import DatabaseBackend

logger = logging.getLogger(__name__)

# How long a best-effort enqueue may wait for a database lock before the work is dropped (seconds).
BEST_EFFORT_LOCK_SECONDS = 0.5


def with_transaction(task, *args, **kwargs):
    """Enqueue work that belongs to the caller's write. The database queue takes it in the same transaction:
    the row and its work are kept together or not at all. An external queue (Redis) gets it once the
    transaction commits, so a worker never looks for a row not yet committed; if that queue is down, the
    work is logged as lost and the caller's write stands."""
    if isinstance(task.get_backend(), (DatabaseBackend, ImmediateBackend)):
        task.enqueue(*args, **kwargs)
        return

    def enqueue():
        try:
            task.enqueue(*args, **kwargs)
        except Exception:
            logger.exception("Task %s could not be queued", task.name)

    transaction.on_commit(enqueue)


@contextmanager
def short_lock_wait(seconds):
    """Within the block, a write waits at most `seconds` for another connection's lock instead of the
    connection's usual timeout (20 s on SQLite)."""
    vendor = connection.vendor
    if vendor == "sqlite":
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout")
            previous = cursor.fetchone()[0]
            cursor.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {int(previous)}")
    elif vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = %s", [f"{int(seconds * 1000)}ms"])
            yield
    else:
        yield


def best_effort(task, *args, **kwargs):
    """Enqueue work that may be lost (a search-log line) without waiting for a locked database: True when
    queued. The caller's answer never depends on it."""
    try:
        with short_lock_wait(BEST_EFFORT_LOCK_SECONDS):
            task.enqueue(*args, **kwargs)
    except DatabaseError:
        logger.warning("Task %s dropped: the database could not take it", task.name)
        return False
    return True
