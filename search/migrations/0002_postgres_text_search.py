"""PostgreSQL text search configurations per language (see search/backends/postgres.py).

`unaccent` needs the extension; where the database user may not create it, the configurations are
plain copies of the language ones (stemming without accent folding) and the site still works.
Nothing happens on other databases.
"""

from django.db import migrations

CONFIGS = {"fvp_fr": ("french", "french_stem"), "fvp_es": ("spanish", "spanish_stem"),
           "fvp_en": ("english", "english_stem"), "fvp_simple": ("simple", "simple")}


def create_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SAVEPOINT fvp_unaccent")
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            cursor.execute("RELEASE SAVEPOINT fvp_unaccent")
            has_unaccent = True
        except Exception:  # noqa: BLE001 - no privilege: go on without accent folding
            cursor.execute("ROLLBACK TO SAVEPOINT fvp_unaccent")
            has_unaccent = False
        for name, (source, dictionary) in CONFIGS.items():
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone():
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{source})")
            if has_unaccent:
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {name} "
                    f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
                )


def drop_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_query_log")]

    operations = [migrations.RunPython(create_configs, drop_configs)]
