"""The site's own link-preview image, one per language: what a shared link shows when its page has no picture.

Drawn with Pillow at the Open Graph size from the same shapes as the site's illustrations (the Andes, the sun,
the coast), so a preview of any page looks like this site and no image file has to be kept in step with the
wording. Drawn once per language and kept in the cache; browsers and proxies keep it a day."""

from io import BytesIO

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
# Bump when the drawing changes, so cached cards of the old drawing are not served.
DRAWING_VERSION = 1

NIGHT = (20, 36, 82)
PRIMARY = (31, 60, 136)
SUN = (244, 182, 63)
ACCENT = (200, 40, 62)
TEAL = (19, 107, 95)
SNOW = (251, 248, 243)


def social_card_url(language):
    return reverse("social_card", kwargs={"language": language})


def social_card_alt():
    """The card's alternative text in the active language: what the picture shows."""
    return gettext("France Volontaires Pérou: the Andes, the coast and the Amazon under a rising sun")


def tagline():
    return gettext("International volunteering between France and Peru")


# Debian's DejaVu (installed with Chromium) has every accent of the three languages; Pillow's own font, the
# fallback, lacks some.
FONT_FILES = {"bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
              "regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"}


def _font(size, weight="regular"):
    try:
        return ImageFont.truetype(FONT_FILES[weight], size)
    except OSError:
        return ImageFont.load_default(size=size)


def _wrapped(draw, text, font, width):
    """The text cut into lines no wider than width pixels."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def draw_social_card(language):
    """PNG bytes of the card in the given language."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PRIMARY)
    draw = ImageDraw.Draw(image)
    draw.ellipse((930, 60, 1130, 260), fill=SUN)
    # Three bands, back to front: snowy Andes, green Amazon foothills, the Pacific coast.
    draw.polygon([(560, 470), (720, 250), (790, 330), (900, 180), (1010, 320), (1080, 260), (1200, 400),
                  (1200, 630), (560, 630)], fill=NIGHT)
    draw.polygon([(858, 240), (900, 180), (942, 240), (920, 230), (900, 250), (880, 232)], fill=SNOW)
    draw.polygon([(0, 520), (260, 440), (520, 500), (820, 420), (1200, 480), (1200, 630), (0, 630)], fill=TEAL)
    draw.polygon([(0, 580), (400, 550), (800, 590), (1200, 560), (1200, 630), (0, 630)], fill=SUN)
    # Two volunteers suggested by shapes: a head and a shoulder line each, side by side on the coast.
    for x, colour in ((140, ACCENT), (210, SNOW)):
        draw.ellipse((x - 22, 388, x + 22, 432), fill=colour)
        draw.pieslice((x - 45, 440, x + 45, 530), 180, 360, fill=colour)
    with translation.override(language):
        lines = _wrapped(draw, tagline(), _font(34), 640)
    draw.rectangle((80, 80, 92, 190 + 46 * (len(lines) - 1)), fill=ACCENT)
    draw.text((120, 70), "France Volontaires", font=_font(60, "bold"), fill=SNOW)
    draw.text((120, 140), "Pérou", font=_font(40, "bold"), fill=SUN)
    for number, line in enumerate(lines):
        draw.text((120, 200 + 46 * number), line, font=_font(34), fill=SNOW)
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


@require_safe
@cache_control(public=True, max_age=86400)
def social_card(request, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404
    key = f"social-card:{DRAWING_VERSION}:{language}"
    content = cache.get(key)
    if content is None:
        content = draw_social_card(language)
        cache.set(key, content, None)
    return HttpResponse(content, content_type="image/png")
