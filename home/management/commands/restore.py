"""Bring back an archive made by `manage.py backup`: the database is replaced, the media files are put back.

An empty or older database is migrated first (a new server needs nothing else); the archive must come from
the same code version or an older one.
"""

import json
import tarfile
import tempfile
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection, transaction

from home.cache import bump_content_version

from .backup import DATABASE, FORMAT, MANIFEST, MEDIA_PREFIX


def _read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile(MANIFEST))
    except (KeyError, ValueError, TypeError) as error:
        raise CommandError(f"Not a backup made by `manage.py backup` (no readable {MANIFEST}).") from error
    if manifest.get("format") != FORMAT:
        raise CommandError(f"Unsupported backup format {manifest.get('format')!r} (this code reads {FORMAT}).")
    return manifest


class Command(BaseCommand):
    help = "Restore a backup archive: REPLACES every row of the database, then puts the media files back."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz written by `manage.py backup`.")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="Do not ask for confirmation.")

    def handle(self, *args, **options):
        path = Path(options["archive"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            archive = tarfile.open(path, "r:gz")
        except tarfile.TarError as error:
            raise CommandError(f"{path} is not a .tar.gz archive: {error}") from error
        with archive, tempfile.TemporaryDirectory() as workdir:
            manifest = _read_manifest(archive)
            if options["interactive"]:
                answer = input(
                    f"This replaces ALL data in the database '{connection.settings_dict['NAME']}' with the backup "
                    f"of {manifest['created']} ({manifest['objects']} objects). Type 'yes' to continue: "
                )
                if answer.strip().lower() != "yes":
                    raise CommandError("Restore cancelled.")
            # Only regular files, only where they belong: the "data" filter refuses links, devices and paths
            # escaping the folder, whatever the archive contains.
            members = [m for m in archive.getmembers() if m.isfile() and
                       (m.name == DATABASE or m.name.startswith(MEDIA_PREFIX))]
            archive.extractall(workdir, members=members, filter="data")
            # Tables must exist before they are emptied and filled: a fresh database gets them here.
            call_command("migrate", interactive=False, verbosity=0)
            self._restore_database(Path(workdir) / DATABASE)
            restored_files = self._restore_media(Path(workdir) / MEDIA_PREFIX)
        call_command("update_index", verbosity=0)
        bump_content_version()
        self.stdout.write(self.style.SUCCESS(
            f"Restored {manifest['objects']} database objects and {restored_files} media files from {path}."
        ))

    def _restore_database(self, dump):
        if not dump.is_file():
            raise CommandError(f"The archive has no {DATABASE}.")
        with transaction.atomic():
            # Empty every table without recreating content types and permissions: the dump brings them back
            # with their original ids, which every other row refers to.
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            ContentType.objects.clear_cache()
            call_command("loaddata", str(dump), verbosity=0)
            ContentType.objects.clear_cache()
            # Models added to the code since the backup get their content types and permissions now.
            emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)

    def _restore_media(self, folder):
        count = 0
        for source in sorted(p for p in folder.rglob("*") if p.is_file()):
            name = source.relative_to(folder).as_posix()
            if default_storage.exists(name):
                default_storage.delete(name)
            with source.open("rb") as stream:
                default_storage.save(name, File(stream, name=name))
            count += 1
        return count
