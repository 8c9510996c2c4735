"""Short constructors for the demo's StreamField blocks, so that a page definition reads like the page.

Each returns a `(block type, value)` pair for `content.stream(key, [...])`; texts are `L(fr, es, en)`.
"""

from wagtail.models import Locale, Page

from home.models import ProgrammePartner, ProgrammeRelatedLink

from .content import LANGUAGES, L, resolve
from .images import get_or_create_image, landscape

CREDIT = "France Volontaires Pérou"


class Html(L):
    """Rich text that is already marked up: `rich_text` keeps it as it is instead of making it a paragraph."""


def bullets(*items):
    return Html(*("<ul>" + "".join(f"<li>{resolve(item, lang)}</li>" for item in items) + "</ul>"
                  for lang in LANGUAGES))


def rich_text(*parts):
    """Paragraphs (L or str) and `bullets(...)` lists, in order, as one rich-text value per language."""
    return L(*("".join(resolve(part, lang) if isinstance(part, Html) else f"<p>{resolve(part, lang)}</p>"
                       for part in parts) for lang in LANGUAGES))


def picture(seed, alt):
    """A generated landscape (the same one for the same seed); `alt` is its default (French) alt text."""
    return get_or_create_image(f"Démo — {seed}", landscape, resolve(alt, "fr"), seed=seed)


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(*parts):
    return ("paragraph", rich_text(*parts))


def image(seed, alt, caption="", credit=CREDIT):
    return ("image", {
        "image": {"image": picture(seed, alt).pk, "alt_text": alt, "decorative": False},
        "caption": caption,
        "credit": credit,
    })


def quote(text, attribution, role=""):
    return ("quote", {"quote": text, "attribution": attribution, "role": role})


def key_figures(title, *figures):
    """`figures`: (figure, label) pairs; a figure may be an L when its typography differs by language."""
    return ("key_figures", {"title": title, "figures": [{"figure": figure, "label": label}
                                                        for figure, label in figures]})


def call_to_action(title, text, button_label, page=None, url=""):
    return ("call_to_action", {"title": title, "text": text, "page": page.pk if page else None, "url": url,
                               "button_label": button_label})


def document(doc, title, description=""):
    return ("document", {"document": doc.pk, "title": title, "description": description})


def table(caption, rows, header="row"):
    """`rows`: lists of cells (L or str). `header`: "row", "column" or "both".

    The table value is given per language as a whole (an L) so `stream()` does not mistake its rows
    for list items."""
    data = {
        "table_header_choice": header,
        "first_row_is_table_header": header in ("row", "both"),
        "first_col_is_header": header in ("column", "both"),
        "table_caption": "",
        "cell": [],
        "mergeCells": [],
    }
    return ("table", {"caption": caption,
                      "table": L(*({**data, "data": resolve(rows, lang)} for lang in LANGUAGES))})


def phase(title, period, text):
    """A programme timeline entry."""
    return ("phase", {"title": title, "period": period, "description": rich_text(text)})


def lever(title, text):
    """A programme action lever."""
    return ("lever", {"title": title, "description": rich_text(text)})


def demo_page(path):
    """The French demo page at `path` below the French home page (made earlier in the same load)."""
    locale = Locale.objects.get(language_code="fr")
    home = Page.objects.get(depth=2, locale=locale)
    return Page.objects.get(url_path=f"{home.url_path}{path.strip('/')}/", locale=locale)


def partner_links(partners):
    """Inline partner rows for a programme; fresh instances per language so builds never share them."""
    return L(*([ProgrammePartner(partner=partner, sort_order=order) for order, partner in enumerate(partners)]
               for _lang in LANGUAGES))


def related_links(pages):
    return L(*([ProgrammeRelatedLink(related_page=page, sort_order=order) for order, page in enumerate(pages)]
               for _lang in LANGUAGES))


# French puts a space before : ; ? ! and inside « »; a non-breaking one keeps the mark off the start of a line.
_FRENCH_SPACES = [(" :", "\u00a0:"), (" ;", "\u00a0;"), (" ?", "\u00a0?"), (" !", "\u00a0!"),
                  ("« ", "«\u00a0"), (" »", "\u00a0»")]


def _french(value):
    if isinstance(value, str):
        for space, non_breaking in _FRENCH_SPACES:
            value = value.replace(space, non_breaking)
        return value
    if isinstance(value, dict):
        return {key: _french(child) for key, child in value.items()}
    if isinstance(value, list):
        return [_french(child) for child in value]
    return value


def french_typography(data):
    """The same definition with non-breaking spaces in the French side of every L."""
    if isinstance(data, L):
        return type(data)(_french(data["fr"]), data["es"], data["en"])
    if isinstance(data, dict):
        return {key: french_typography(child) for key, child in data.items()}
    if isinstance(data, list | tuple):
        return type(data)(french_typography(child) for child in data)
    return data
