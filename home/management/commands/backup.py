"""Write the database and the uploaded media to one .tar.gz that `manage.py restore` brings back.

The database goes in as Django's JSON (dumpdata, times kept to the microsecond), which loads on SQLite and PostgreSQL alike, with every
primary key kept, content types and permissions included. Natural keys are not used: Wagtail gives pages and
collections natural keys that its audit log cannot follow (log entries keep the id of a deleted page), and
restore replaces the whole database anyway, so the original ids are the simplest exact copy.
Left out: what rebuilds itself (sessions, image renditions, the search index, login-lockout records).
"""

import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "db.json"
# Django's JSON, times to the microsecond (home/management/backup_format.py); loads as plain "json".
DATABASE_FORMAT = "json-exact"
MEDIA_PREFIX = "media/"

EXCLUDED_MODELS = ["sessions", "axes", "wagtailsearch", "wagtailimages.rendition", "wagtailadmin.editingsession"]
# Media that is derived from the originals (renditions) or is the page cache's bookkeeping.
EXCLUDED_MEDIA_PREFIXES = ("images/", ".page-cache")


def dump_order():
    """Every app, content types and permissions first: rows loaded before them may create their own."""
    first = ["contenttypes", "auth"]
    return first + [config.label for config in apps.get_app_configs() if config.label not in first]


def media_files(folder=""):
    """Every stored file name under the media storage, recursively, derived files excepted."""
    try:
        directories, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        path = f"{folder}{name}"
        if not path.startswith(EXCLUDED_MEDIA_PREFIXES):
            yield path
    for directory in sorted(directories):
        path = f"{folder}{directory}/"
        if not path.startswith(EXCLUDED_MEDIA_PREFIXES):
            yield from media_files(path)


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


class Command(BaseCommand):
    help = "Back up the database and media to one .tar.gz archive (restore it with `manage.py restore`)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="Archive path (default: var/backups/backup-<date>.tar.gz).")

    def handle(self, *args, **options):
        output = Path(options["output"] or settings.BASE_DIR / "var" / "backups" /
                      f"backup-{timezone.now():%Y%m%d-%H%M%S}.tar.gz")
        output.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as workdir:
            dump = Path(workdir) / DATABASE
            call_command("dumpdata", *dump_order(), exclude=EXCLUDED_MODELS, output=str(dump),
                         format=DATABASE_FORMAT, indent=None, verbosity=0)
            objects = len(json.loads(dump.read_text()))
            files = list(media_files())
            manifest = {
                "format": FORMAT,
                "created": timezone.now().isoformat(),
                "database_vendor": connection.vendor,
                "objects": objects,
                "media_files": len(files),
            }
            # Written next to the destination then renamed: an interrupted backup never looks complete.
            partial = output.with_name(output.name + ".partial")
            with tarfile.open(partial, "w:gz") as archive:
                _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
                archive.add(dump, arcname=DATABASE)
                for name in files:
                    info = tarfile.TarInfo(MEDIA_PREFIX + name)
                    info.size = default_storage.size(name)
                    info.mtime = int(default_storage.get_modified_time(name).timestamp())
                    with default_storage.open(name, "rb") as stream:
                        archive.addfile(info, stream)
            partial.replace(output)
        self.stdout.write(self.style.SUCCESS(
            f"Backup written to {output}: {objects} database objects, {len(files)} media files."
        ))
