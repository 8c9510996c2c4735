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

from home.demo import site
from tests.quality.site_content import restore_migration_data



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
    site.load(io.StringIO())
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
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.content.decode()
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
