"""Images: an alternative text is required unless the editor says the image is decorative, in the single and
multiple uploaders; a credit typed with its own "©" is printed with one."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.blocks import CaptionedImageBlock
from tests.html import parse, text_of

pytestmark = pytest.mark.django_db


def png(name="photo.png"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def add(admin_client, **fields):
    data = {"title": "Atelier à Cusco", "file": png(), "collection": Collection.get_first_root_node().pk,
            "description": "", "tags": "", **fields}
    return admin_client.post(reverse("wagtailimages:add"), data)


def field_errors(response, name):
    soup = parse(response, status=response.status_code)
    field = soup.select_one(f"[data-field-wrapper] #id_{name}") or soup.select_one(f"#id_{name}")
    wrapper = field.find_parent(attrs={"data-field-wrapper": True})
    return [text_of(error) for error in wrapper.select(".error-message")]


def test_upload_without_alternative_text_is_refused(admin_client):
    response = add(admin_client)
    assert response.status_code == 200
    assert field_errors(response, "description") == [
        "Décrivez l'image pour les personnes qui ne la voient pas, ou cochez « Image décorative »."]
    assert not get_image_model().objects.exists()


def test_alternative_text_or_an_explicit_decorative_choice(admin_client):
    assert add(admin_client, description="Des volontaires peignent une fresque").status_code == 302
    assert add(admin_client, title="Frise", decorative="on", description="ignored").status_code == 302
    images = dict(get_image_model().objects.values_list("title", "description"))
    assert images == {"Atelier à Cusco": "Des volontaires peignent une fresque", "Frise": ""}


def test_multiple_upload_asks_for_the_alternative_text_of_each_image(admin_client):
    upload = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": png()})
    assert upload.json()["success"] is True  # the file alone goes up; the text comes with the next step
    image = get_image_model().objects.get()
    edit_url = reverse("wagtailimages:edit_multiple", args=[image.pk])
    prefix = f"image-{image.pk}"
    common = {f"{prefix}-title": "Photo", f"{prefix}-collection": image.collection_id, f"{prefix}-tags": ""}
    refused = admin_client.post(edit_url, {**common, f"{prefix}-description": ""}).json()
    assert refused["success"] is False
    accepted = admin_client.post(edit_url, {**common, f"{prefix}-description": "Une réunion"}).json()
    assert accepted["success"] is True
    image.refresh_from_db()
    assert image.description == "Une réunion"


def test_credit_typed_with_its_own_copyright_sign_shows_one():
    image = get_image_model().objects.create(title="Fresque", file=png(), description="Une fresque")
    block = CaptionedImageBlock()
    for typed in ["© Léonie Malleville", "(c) Léonie Malleville", "Léonie Malleville"]:
        value = block.to_python({"image": {"image": image.pk, "alt_text": "Une fresque", "decorative": False},
                                 "caption": "", "credit": typed})
        credit = parse(block.render(value)).select_one(".figure__credit")
        assert text_of(credit) == "© Léonie Malleville"


def test_decorative_image_is_rendered_with_an_empty_alternative_text(admin_client):
    from django.template.loader import render_to_string
    from lxml import html as lxml_html

    add(admin_client, decorative="on")
    add(admin_client, title="Atelier à Lima", description="Des volontaires peignent une fresque")
    decorative, described = get_image_model().objects.order_by("pk")
    for image, expected in ((decorative, ""), (described, "Des volontaires peignent une fresque")):
        markup = lxml_html.fromstring(render_to_string("components/picture.html", {"image": image}))
        assert [img.get("alt") for img in markup.iter("img")] == [expected]
