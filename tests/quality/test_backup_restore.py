"""backup → empty database and media → restore gives back the same pages, images and documents, and they render.

The site part of the demo (home, programmes, about pages, partners, images) is the content: the whole
load_demo takes minutes; the backup code has no per-app knowledge, so this round trip covers the others too.
"""

import hashlib
import io
import shutil
import tarfile

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from home.demo.loader import load
from tests.html import parse
from tests.site_builder import restore_migration_data



def _digest(field_file):
    with field_file.open("rb") as stream:
        return hashlib.sha256(stream.read()).hexdigest()


def _snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "title", "live", "locale__language_code",
                                                 "translation_key", "content_type__model")),
        "images": sorted((image.title, image.width, _digest(image.file)) for image in Image.objects.all()),
        "documents": sorted((doc.title, _digest(doc.file)) for doc in Document.objects.all()),
    }


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_round_trip(client, tmp_path):
    restore_migration_data()
    load(io.StringIO(), parts=["site"])
    before = _snapshot()
    assert len(before["pages"]) > 6 and before["images"]
    archive = tmp_path / "backup.tar.gz"

    call_command("backup", output=str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as opened:
        names = opened.getnames()
    assert {"manifest.json", "db.json"} <= set(names)
    assert any(name.startswith("media/original_images/") for name in names)

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT)
    assert not Page.objects.filter(depth__gt=1).exists() and not Image.objects.exists()

    output = io.StringIO()
    call_command("restore", str(archive), interactive=False, stdout=output)
    assert "Restored" in output.getvalue()
    assert _snapshot() == before
    for language in ("fr", "es", "en"):
        assert parse(client.get(f"/{language}/")).html["lang"] == language
    programme = Page.objects.live().filter(depth=4).first()
    assert client.get(programme.url).status_code == 200


@pytest.mark.django_db
def test_restore_refuses_what_is_not_a_backup(tmp_path, site_tree):
    pages = Page.objects.count()
    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz") as archive:
        archive.add(__file__, arcname="../../etc/evil.py")
    with pytest.raises(Exception, match="Not a backup"):
        call_command("restore", str(bogus), interactive=False)
    assert Page.objects.count() == pages  # nothing was flushed


# What the round trip into a fresh database compares, row by row: news, events, portraits, the directory,
# introduction requests and alerts, with every timestamp to the microsecond.
COMPARED = ["wagtailcore.page", "news.newspage", "news.eventpage", "news.portraitpage",
            "directory.hoststructure", "directory.introductionrequest", "directory.savedsearch"]


def _rows(dump):
    import json

    return {(row["model"], str(row["pk"])): row["fields"] for row in json.loads(dump)
            if row["model"] in COMPARED}


@pytest.mark.django_db
def test_restore_into_a_fresh_unmigrated_database_keeps_every_row_exact(tmp_path, site_tree):
    import os
    import subprocess
    import sys
    from datetime import timedelta

    from django.utils import timezone

    from directory.models import IntroductionRequest, SavedSearch
    from news.factories import (EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory,
                                PortraitIndexPageFactory, PortraitPageFactory)
    from tests.site_builder import directory_pages
    from tests.directory.factories import structure

    NewsPageFactory(parent=NewsIndexPageFactory(parent=site_tree["fr"]), title="Séminaire", slug="seminaire")
    EventPageFactory(parent=EventIndexPageFactory(parent=site_tree["fr"]), slug="journee")
    PortraitPageFactory(parent=PortraitIndexPageFactory(parent=site_tree["fr"]), slug="capucine")
    directory_pages(site_tree)
    host = structure(name="Mano a Mano", slug="mano-a-mano")
    moment = timezone.now().replace(microsecond=123456) - timedelta(days=2)
    IntroductionRequest.objects.create(structure=host, structure_name=host.name, organisation="Agir ABCD",
                                       contact_name="Jeanne", email="jeanne@example.org", message="Bonjour",
                                       consent=True, created_at=moment)
    SavedSearch.objects.create(email="suivi@example.org", params="q=cusco", language="es", frequency="weekly",
                               confirmed_at=moment + timedelta(microseconds=654321))
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    original = io.StringIO()
    call_command("dumpdata", *{label.split(".")[0] for label in COMPARED}, format="json-exact", stdout=original)

    # Another process, another database: a new SQLite file nobody migrated, as on a new server.
    fresh = tmp_path / "fresh.sqlite3"
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test",
                   "DATABASE_URL": f"sqlite:///{fresh}"}
    manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
    restored = subprocess.run([*manage, "restore", str(archive), "--noinput"], env=environment,
                              capture_output=True, text=True, timeout=900)
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout
    dumped = subprocess.run([*manage, "dumpdata", *{label.split(".")[0] for label in COMPARED},
                             "--format", "json-exact"], env=environment, capture_output=True, text=True, timeout=300)
    assert dumped.returncode == 0, dumped.stderr
    before, after = _rows(original.getvalue()), _rows(dumped.stdout)
    assert {model for model, _pk in before} == set(COMPARED)
    assert after == before
    introduction = next(fields for (model, _pk), fields in after.items() if model == "directory.introductionrequest")
    assert introduction["created_at"].endswith(".123456Z")
