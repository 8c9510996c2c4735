"""PostgreSQL side of the directory search index; nothing happens on SQLite.

- `unaccent` and `pg_trgm` extensions (trusted extensions: a database owner may create them);
- text search configurations directory_fr/es/en: the language's snowball stemmer behind `unaccent`;
- GIN indexes on the per-language vectors, and a trigram index on the vocabulary ("did you mean").
Where an extension cannot be created the search still works: texts are unaccented in Python before they
reach PostgreSQL, and "did you mean" falls back to Python's difflib.
"""

from django.db import migrations

CONFIGS = {"directory_fr": ("french", "french_stem"), "directory_es": ("spanish", "spanish_stem"),
           "directory_en": ("english", "english_stem")}
TEXT_TABLE = "directory_structuresearchtext"
TERM_TABLE = "directory_searchterm"


def _try(cursor, sql):
    cursor.execute("SAVEPOINT directory_search")
    try:
        cursor.execute(sql)
    except Exception:  # noqa: BLE001 - missing privilege or extension: carry on without it
        cursor.execute("ROLLBACK TO SAVEPOINT directory_search")
        return False
    cursor.execute("RELEASE SAVEPOINT directory_search")
    return True


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        has_unaccent = _try(cursor, "CREATE EXTENSION IF NOT EXISTS unaccent")
        has_trigram = _try(cursor, "CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, (source, stemmer) in CONFIGS.items():
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if not cursor.fetchone():
                cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{source})")
                if has_unaccent:
                    cursor.execute(f"ALTER TEXT SEARCH CONFIGURATION {name} "
                                   f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}")
        for language in ("fr", "es", "en"):
            cursor.execute(f"CREATE INDEX IF NOT EXISTS directory_search_vector_{language} "
                           f"ON {TEXT_TABLE} USING gin (vector_{language})")
        if has_trigram:
            cursor.execute(f"CREATE INDEX IF NOT EXISTS directory_search_term_trgm "
                           f"ON {TERM_TABLE} USING gin (term gin_trgm_ops)")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS directory_search_term_trgm")
        for language in ("fr", "es", "en"):
            cursor.execute(f"DROP INDEX IF EXISTS directory_search_vector_{language}")
        for name in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("directory", "0004_search_index")]

    operations = [migrations.RunPython(forwards, backwards)]
