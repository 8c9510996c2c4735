"""Documents for the demo, drawn locally as one-page PDFs with Pillow (nothing is downloaded)."""

import hashlib
import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model

from .images import PALETTE, _font, demo_collection

A4_AT_100_DPI = (827, 1169)


def fact_sheet(name, subtitle, facts, footer):
    """A4 page: a coloured band with the name, then one line per (figure, label), then a footer line."""
    width, height = A4_AT_100_DPI
    page = PILImage.new("RGB", (width, height), PALETTE["sand"])
    draw = ImageDraw.Draw(page)
    draw.rectangle([0, 0, width, 230], fill=PALETTE["blue"])
    draw.rectangle([0, 230, width, 242], fill=PALETTE["sun"])
    draw.text((60, 80), name, font=_font(44), fill=PALETTE["sand"])
    draw.text((60, 150), subtitle, font=_font(24), fill=PALETTE["sky"])
    y = 300
    for figure, label in facts:
        draw.text((60, y), figure, font=_font(48), fill=PALETTE["coral"])
        draw.text((300, y + 14), label, font=_font(22), fill=PALETTE["deep"])
        y += 96
    draw.text((60, height - 90), footer, font=_font(18), fill=PALETTE["teal"])
    return page


def get_or_create_document(title, draw, **kwargs):
    """A Wagtail document titled `title`, drawn once as a PDF; later calls return the same document."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document
    buffer = io.BytesIO()
    draw(**kwargs).save(buffer, format="PDF", resolution=100)
    filename = hashlib.sha1(title.encode()).hexdigest()[:16] + ".pdf"
    document = Document(title=title, collection=demo_collection())
    document.file = ContentFile(buffer.getvalue(), name=filename)
    document._set_document_file_metadata()
    document.save()
    return document
