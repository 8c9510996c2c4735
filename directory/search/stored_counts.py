"""The stored counts of the whole directory (SearchSummary): PostgreSQL engine only.

An unfiltered listing (the landing page, and each of its pages) needs every facet's counts over every row: the
costliest statement of the engine. Those counts change only when the index is written, so they are kept in
the database — shared by every process, surviving cache flushes — and recounted after the next write. The
"confirmed within 12 months" label ages with the calendar: it alone is recounted at each read (an index
lookup on confirmed_at).
"""

import json

from django.db import connection

from directory.trust import CONFIRMED, confirmation_cutoff

from .models import SearchSummary, StructureSearchEntry

UNFILTERED = "unfiltered"


def _table():
    return connection.ops.quote_name(SearchSummary._meta.db_table)


def read():
    """(generation, rows, total, confirmed) where rows/total are None until counted since the last write;
    generation None when no summary row exists yet."""
    entries = connection.ops.quote_name(StructureSearchEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT generation, data, (SELECT COUNT(*) FROM {entries} WHERE confirmed_at >= %s) "
                       f"FROM {_table()} WHERE name = %s", [confirmation_cutoff(), UNFILTERED])
        row = cursor.fetchone()
    if row is None:
        return None, None, None, 0
    generation, data, confirmed = row
    if isinstance(data, str):  # raw SQL: json comes back parsed or as text, depending on the adapter
        data = json.loads(data)
    if not data:
        return generation, None, None, confirmed
    return generation, data["rows"], data["total"], confirmed


def store(generation, rows, total):
    """Keep `rows` and `total` if no index write happened since `generation` was read."""
    data = {"rows": rows, "total": total}
    if generation is None:
        SearchSummary.objects.bulk_create([SearchSummary(name=UNFILTERED, data=data)], ignore_conflicts=True)
    else:
        SearchSummary.objects.filter(name=UNFILTERED, generation=generation).update(data=data)


def with_confirmed(counts, confirmed):
    """`counts` with today's "confirmed" count instead of the stored one."""
    labels = dict(counts.get("label", {}))
    labels.pop(CONFIRMED, None)
    if confirmed:
        labels[CONFIRMED] = confirmed
    return {**counts, "label": labels}


def invalidate():
    """After any write to the index (inside its transaction): stored counts are stale."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        # Upsert: a search that found no row may be inserting one right now; this waits for it and wins.
        cursor.execute(f"INSERT INTO {_table()} AS s (name, generation, data) VALUES (%s, 1, NULL) "
                       f"ON CONFLICT (name) DO UPDATE SET generation = s.generation + 1, data = NULL",
                       [UNFILTERED])
