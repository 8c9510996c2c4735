"""Reference data of the directory. Regions and schemes every environment needs: migration 0003 creates them;
`flush` (transactional tests, restores) empties them, so they are recreated after every migrate/flush
(post_migrate, see apps.py). The thesaurus of the vocabularies is a data file read as it is."""

import importlib
import json
from functools import lru_cache
from pathlib import Path

from django.db import DatabaseError


def ensure_reference_data(apps=None, **kwargs):
    from django.apps import apps as global_apps

    # One source for the rows: the data migration's own function (idempotent: update_or_create).
    migration = importlib.import_module("directory.migrations.0003_reference_data")
    registry = apps or global_apps
    try:
        Region = registry.get_model("directory", "Region")
        Scheme = registry.get_model("directory", "Scheme")
        if Region.objects.exists() and Scheme.objects.exists():
            return
    except (LookupError, DatabaseError):  # migrating backwards: the tables are not there
        return
    migration.create(registry, None)


THESAURUS = Path(__file__).with_name("thesaurus.json")


@lru_cache(maxsize=1)
def thesaurus():
    """[{"facet", "value", "fr": [...], "es": [...], "en": [...]}]: words readers use for each vocabulary
    value, beside the vocabularies' own names (directory/thesaurus.json; read by directory/search/thesaurus.py)."""
    return json.loads(THESAURUS.read_text(encoding="utf-8"))["concepts"]
