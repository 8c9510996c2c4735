"""Faster PostgreSQL search: one tsvector per entry, in the entry row (instead of three in the side table),
covering indexes (facet counts and searches around a point read them instead of the wider rows), a stored
summary of the unfiltered counts, and an index on confirmed_at (the one label recounted at each read).

On PostgreSQL the new vector is filled from the three old ones (ts_filter keeps each weight letter), so the
search keeps working before the next `rebuild_directory_index`; SQLite has no vectors.
"""

import directory.search.fields
from django.db import migrations, models

ENTRY_TABLE = "directory_structuresearchentry"
TEXT_TABLE = "directory_structuresearchtext"
FACET_COLUMNS = "region, city, status, accommodation, areas, schemes, languages, years, labels, confirmed_at"
# Narrow copies of the table (everything but the vector), so these reads are index-only scans: facet counts,
# filtered or not; and searches around a point (every column a search reads).
COVERING = {
    "directory_search_facets": ("region, status", FACET_COLUMNS.replace("region, ", "").replace("status, ", "")),
    "directory_search_place": ("latitude, longitude", "id, translation_key, structure_fr, structure_es, structure_en, "
                                                      f"sort_name, last_hosted_year, {FACET_COLUMNS}"),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        # Old vectors: the name as A (under the reader's stemmer), the reader's language as B, the others as D.
        # New: the name under every stemmer as A, French as B, Spanish as C, English as D.
        cursor.execute(
            f"UPDATE {ENTRY_TABLE} AS e SET vector = "
            f"ts_filter(t.vector_fr, '{{a}}') || ts_filter(t.vector_es, '{{a}}') || ts_filter(t.vector_en, '{{a}}') "
            f"|| ts_filter(t.vector_fr, '{{b}}') || setweight(ts_filter(t.vector_es, '{{b}}'), 'C') "
            f"|| setweight(ts_filter(t.vector_en, '{{b}}'), 'D') "
            f"FROM {TEXT_TABLE} AS t WHERE t.entry_id = e.id AND t.vector_fr IS NOT NULL")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS directory_search_vector ON {ENTRY_TABLE} USING gin (vector)")
        for name, (keys, included) in COVERING.items():
            cursor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {ENTRY_TABLE} ({keys}) INCLUDE ({included})")


def backwards(apps, schema_editor):
    # The three old vectors come back empty: run `rebuild_directory_index` after going back.
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in ("directory_search_vector", *COVERING):
            cursor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("directory", "0009_edition_archive")]

    operations = [
        migrations.AlterField(
            model_name="structuresearchentry",
            name="confirmed_at",
            field=models.DateTimeField(db_index=True, null=True),
        ),
        migrations.AddField(
            model_name="structuresearchentry",
            name="vector",
            field=directory.search.fields.TSVectorField(null=True),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField(model_name="structuresearchtext", name="vector_fr"),
        migrations.RemoveField(model_name="structuresearchtext", name="vector_es"),
        migrations.RemoveField(model_name="structuresearchtext", name="vector_en"),
        migrations.CreateModel(
            name="SearchSummary",
            fields=[
                ("name", models.CharField(max_length=32, primary_key=True, serialize=False)),
                ("generation", models.PositiveBigIntegerField(default=0)),
                ("data", models.JSONField(null=True)),
            ],
        ),
    ]
