"""Images uploaded through the admin: decompression bombs, SVG (which can carry scripts) and oversized files
are refused with a message, and nothing is stored."""

import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from tests.html import parse, texts

pytestmark = pytest.mark.django_db

SVG_WITH_SCRIPT = (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                   b'<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>')


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "a long password"))
    return client


def _png(width, height, mode="RGB", padding=0):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue() + b"\0" * padding


def _upload(client, name, content, content_type="image/png"):
    return client.post("/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, content, content_type)})


def _errors(response):
    """The field errors the admin shows (in French, the admin's default language)."""
    return " ".join(texts(parse(response, status=None), "p.error-message"))


def test_a_normal_image_is_accepted(admin_client):
    response = _upload(admin_client, "andes.png", _png(40, 30))
    assert response.status_code == 302
    assert Image.objects.get(title="andes.png").width == 40


def test_a_decompression_bomb_is_refused(admin_client):
    # 8000 × 8000 one-bit pixels: a few kilobytes on disk, 64 million pixels once decoded.
    bomb = _png(8000, 8000, mode="1")
    assert len(bomb) < 100_000 and 8000 * 8000 > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    response = _upload(admin_client, "bomb.png", bomb)
    assert "trop grand nombre de pixels (64000000)" in _errors(response)
    assert not Image.objects.exists()


@pytest.mark.parametrize("name, message", [
    ("logo.svg", "Format d'image non supporté"),
    ("logo.png", "L'extension de fichier ne correspond pas au format du fichier (svg)"),
])
def test_svg_is_refused_whatever_its_name(admin_client, name, message):
    response = _upload(admin_client, name, SVG_WITH_SCRIPT, content_type="image/svg+xml")
    assert message in _errors(response)
    assert not Image.objects.exists()


def test_an_oversized_file_is_refused(admin_client):
    too_big = _png(20, 20, padding=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    response = _upload(admin_client, "huge.png", too_big)
    assert "Ce fichier est trop gros" in _errors(response)
    assert not Image.objects.exists()
