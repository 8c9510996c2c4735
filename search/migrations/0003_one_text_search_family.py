"""One family of PostgreSQL text-search configurations for both searches: `fvp_fr`, `fvp_es`, `fvp_en`
(search/text.py PG_CONFIGS), and the directory's former `directory_fr/es/en` dropped.

Each language's words now meet its stop words first, accents still on (a `simple` dictionary that only
rejects stop words), then `unaccent`, then the snowball stemmer: "à", "él", "été" are dropped, as in
search/text.py. Without the unaccent extension (no privilege), the stop words and the stemmer still apply.
After this migration, rebuild the directory index once (`manage.py rebuild_directory_index`).
Nothing happens on other databases.
"""

from django.db import migrations

LANGUAGES = {"fvp_fr": ("french", "french_stem"), "fvp_es": ("spanish", "spanish_stem"),
             "fvp_en": ("english", "english_stem")}
OLD_DIRECTORY_CONFIGS = {"directory_fr": ("french", "french_stem"), "directory_es": ("spanish", "spanish_stem"),
                         "directory_en": ("english", "english_stem")}
TOKENS = "hword, hword_part, word, asciiword, asciihword, hword_asciipart"


def _has_unaccent(cursor):
    cursor.execute("SELECT 1 FROM pg_ts_dict WHERE dictname = 'unaccent'")
    return cursor.fetchone() is not None


def _exists(cursor, catalogue, column, name):
    cursor.execute(f"SELECT 1 FROM {catalogue} WHERE {column} = %s", [name])
    return cursor.fetchone() is not None


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        unaccent = "unaccent, " if _has_unaccent(cursor) else ""
        for name, (language, stemmer) in LANGUAGES.items():
            stop = f"{name}_stop"
            if not _exists(cursor, "pg_ts_dict", "dictname", stop):
                # ACCEPT = false: a word that is not a stop word goes on to the next dictionary.
                cursor.execute(f"CREATE TEXT SEARCH DICTIONARY {stop} "
                               f"(TEMPLATE = pg_catalog.simple, STOPWORDS = {language}, ACCEPT = false)")
            if not _exists(cursor, "pg_ts_config", "cfgname", name):
                cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})")
            cursor.execute(f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {TOKENS} "
                           f"WITH {stop}, {unaccent}{stemmer}")
        for name in OLD_DIRECTORY_CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        has_unaccent = _has_unaccent(cursor)
        unaccent = "unaccent, " if has_unaccent else ""
        for name, (language, stemmer) in LANGUAGES.items():
            cursor.execute(f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {TOKENS} WITH {stemmer}")
            if has_unaccent:
                cursor.execute(f"ALTER TEXT SEARCH CONFIGURATION {name} "
                               f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}")
            cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {name}_stop")
        for name, (language, stemmer) in OLD_DIRECTORY_CONFIGS.items():
            if not _exists(cursor, "pg_ts_config", "cfgname", name):
                cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})")
                if has_unaccent:
                    cursor.execute(f"ALTER TEXT SEARCH CONFIGURATION {name} "
                                   f"ALTER MAPPING FOR hword, hword_part, word WITH {unaccent}{stemmer}")


class Migration(migrations.Migration):
    # After the directory's 0005, so its old configurations exist to be dropped (and are not created again).
    dependencies = [("search", "0002_postgres_text_search"), ("directory", "0005_search_postgres")]

    operations = [migrations.RunPython(forwards, backwards)]
