"""Pictures and documents of the demo, from the site's own illustrations (nothing is downloaded).

Pages, news and events show the illustrations of static/img/illustrations/ (the Andes, the coast, the Amazon, Lima,
a gathering, a journey, a celebration), drawn once as WebP in pictures/ (see pictures/rasterise.py); portraits and
structures get none, so the templates show their drawn silhouette and building rather than a fake photo or logo.
The fact sheet is a PDF drawn with Pillow.
"""

import hashlib
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

PICTURES = Path(__file__).parent / "pictures"
# Title in the media library and alternative text (the image's description) of each illustration.
ILLUSTRATIONS = {
    "andes": ("Illustration — les Andes",
              "Dessin : deux silhouettes au pied des sommets enneigés des Andes, sous le soleil"),
    "coast": ("Illustration — la côte",
              "Dessin : une silhouette sur une dune de la côte pacifique, au-dessus des vagues"),
    "amazon": ("Illustration — l'Amazonie",
               "Dessin : une silhouette dans les collines de la forêt amazonienne, au bord d'un fleuve"),
    "lima": ("Illustration — Lima", "Dessin : une silhouette devant les immeubles de Lima"),
    "gathering": ("Illustration — une rencontre",
                  "Dessin : une silhouette présente un tableau à trois personnes assises à une table"),
    "journey": ("Illustration — un voyage",
                "Dessin : un avion relie les Andes à une ville lointaine ; deux silhouettes, l'une avec sa valise"),
    "celebration": ("Illustration — une fête",
                    "Dessin : cinq silhouettes lèvent les bras sous une guirlande de fanions"),
}
PALETTE = {"blue": (31, 60, 136), "coral": (226, 72, 90), "teal": (27, 138, 122), "sand": (250, 243, 230),
           "sky": (160, 196, 232), "sun": (244, 182, 63), "deep": (20, 36, 82)}


def _font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Démo").first()
    return existing or root.add_child(name="Démo")


def illustration(name):
    """The Wagtail image of one of the site's illustrations, created the first time."""
    title, alt_text = ILLUSTRATIONS[name]
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, description=alt_text, collection=demo_collection())
        with open(PICTURES / f"{name}.webp", "rb") as picture:
            image.file = ImageFile(io.BytesIO(picture.read()), name=f"illustration-{name}.webp")
            image.save()
    return image


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
