"""Pictures and documents for the demo, drawn locally with Pillow in the site's palette (nothing is downloaded).

Each kind has its own composition (Andean landscapes for pages and news, portrait silhouettes,
monogram logos); a seed picks the variation so the same title always gives the same picture.
"""

import hashlib
import io
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

PALETTE = {
    "blue": (31, 60, 136),
    "deep": (20, 36, 82),
    "coral": (226, 72, 90),
    "sun": (244, 182, 63),
    "teal": (27, 138, 122),
    "sand": (250, 243, 230),
    "sky": (160, 196, 232),
    "clay": (196, 112, 74),
}
SCENES = [
    ("sky", "sun", "teal", "deep"),
    ("sand", "coral", "clay", "blue"),
    ("sky", "sand", "blue", "deep"),
    ("sun", "coral", "clay", "deep"),
    ("sand", "teal", "teal", "blue"),
]


def _rng(seed):
    return random.Random(int(hashlib.sha1(seed.encode()).hexdigest()[:12], 16))


def _font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _gradient(size, top, bottom):
    width, height = size
    image = PILImage.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(height - 1, 1)
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    return image


def landscape(seed, size=(1600, 900)):
    """Layered mountain ridges under a sun: the Andes, in the site's colours."""
    rng = _rng(seed)
    sky, sun, near, far = (PALETTE[name] for name in rng.choice(SCENES))
    width, height = size
    image = _gradient(size, PALETTE["sand"] if sky != "sand" else PALETTE["sky"], sky)
    draw = ImageDraw.Draw(image)
    radius = rng.randint(height // 10, height // 6)
    cx, cy = rng.randint(width // 5, width * 4 // 5), rng.randint(height // 6, height // 3)
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=sun)
    layers = 4
    for layer in range(layers):
        t = layer / (layers - 1)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(far, near))
        base = int(height * (0.45 + 0.15 * layer))
        points = [(0, height)]
        x = 0
        while x <= width:
            points.append((x, base - rng.randint(0, int(height * (0.25 - 0.04 * layer)))))
            x += rng.randint(width // 12, width // 6)
        points += [(width, base), (width, height)]
        draw.polygon(points, fill=colour)
    return image.filter(ImageFilter.SMOOTH)


def portrait(seed, initials, size=(900, 1100)):
    """A silhouette on a coloured ground with the volunteer's initials: clearly a placeholder, never a fake face."""
    rng = _rng(seed)
    ground, accent = rng.sample(["blue", "teal", "coral", "clay", "deep"], 2)
    width, height = size
    image = _gradient(size, PALETTE[ground], PALETTE["deep"])
    draw = ImageDraw.Draw(image)
    head = width // 5
    draw.ellipse([width // 2 - head, height // 3 - head, width // 2 + head, height // 3 + head], fill=PALETTE["sand"])
    draw.rounded_rectangle([width // 5, height // 2 + 20, width * 4 // 5, height + 200], radius=width // 4,
                           fill=PALETTE["sand"])
    font = _font(width // 6)
    draw.text((width // 2, int(height * 0.62)), initials, font=font, fill=PALETTE[accent], anchor="mm")
    return image


def logo(seed, text, size=(600, 600)):
    """A monogram on a rounded square, for organisations without a logo of their own."""
    rng = _rng(seed)
    colour = PALETTE[rng.choice(["blue", "teal", "coral", "clay", "deep"])]
    image = PILImage.new("RGB", size, PALETTE["sand"])
    draw = ImageDraw.Draw(image)
    margin = size[0] // 10
    draw.rounded_rectangle([margin, margin, size[0] - margin, size[1] - margin], radius=size[0] // 6, fill=colour)
    letters = "".join(word[0] for word in text.replace("-", " ").split() if word[:1].isalnum())[:3].upper() or "?"
    draw.text((size[0] // 2, size[1] // 2), letters, font=_font(size[0] // (3 + len(letters) // 2)), fill=PALETTE["sand"],
              anchor="mm")
    return image


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Démo").first()
    return existing or root.add_child(name="Démo")


def get_or_create_image(title, draw, alt_text, **kwargs):
    """A Wagtail image titled `title`, drawn once; later calls return the same image."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image
    picture = draw(**kwargs)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    filename = hashlib.sha1(title.encode()).hexdigest()[:16] + ".jpg"
    image = Image(title=title, description=alt_text[:255], collection=demo_collection())
    image.file = ImageFile(buffer, name=filename)
    image.save()
    return image


DRAWINGS = {"landscape": landscape, "portrait": portrait, "logo": logo}
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
