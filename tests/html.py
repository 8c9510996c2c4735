"""Read pages the way a reader (or an editor in the admin) sees them: the parsed document, its visible text, its
links, metadata and structured data. Tests assert on these, never on substrings of markup, so that a change of
attribute order, quoting or whitespace cannot break them and a text hidden in an attribute cannot pass for shown.

Parsing uses lxml (through BeautifulSoup, for its CSS selectors and `find_parent`)."""

import copy
import json
from xml.etree import ElementTree

from bs4 import BeautifulSoup, Tag

# Never shown to a reader: code, styles, and inert templates that JavaScript may clone later.
INVISIBLE = ["script", "style", "template"]


def _refuse_text_membership(contains):
    """`"word" in element` asks BeautifulSoup whether the word is one of the element's children, which is never
    true: an assertion written that way could not fail. Raise instead, pointing at the helpers that read text."""
    def __contains__(self, item):
        if isinstance(item, str):
            raise TypeError("`str in element` never matches: use visible_text(), text_of() or anywhere()")
        return contains(self, item)
    return __contains__


class Element(Tag):
    __contains__ = _refuse_text_membership(Tag.__contains__)


class Document(BeautifulSoup):
    __contains__ = _refuse_text_membership(BeautifulSoup.__contains__)


def parse(page, status=200):
    """The document of a response (whose status must be `status`; None: any), or of a string of markup."""
    if not isinstance(page, (str, bytes)):
        assert status is None or page.status_code == status, page.status_code
        page = page.content
    return Document(page, "lxml", element_classes={Tag: Element})


def squeeze(text):
    return " ".join(text.split())


def text_of(element, selector=None):
    """Whitespace-normalised text of `element` (of its first descendant matching the CSS `selector`, if given);
    "" when there is no such element."""
    if element is not None and selector is not None:
        element = element.select_one(selector)
    if element is None:
        return ""
    return squeeze(element.get_text(" "))


def texts(element, selector):
    """Texts of every element matching `selector`, in document order."""
    return [text_of(match) for match in element.select(selector)]


def visible_text(element):
    """The text a reader sees: everything but scripts, styles and templates, whitespace-normalised."""
    element = copy.copy(element)
    for hidden in element.find_all(INVISIBLE):
        hidden.decompose()
    return squeeze(element.get_text(" "))


def attribute_values(element):
    """Every attribute value of `element` and its descendants (hrefs, alts, data-*, contents of metas...)."""
    values = []
    for tag in [element, *element.find_all(True)]:
        for value in getattr(tag, "attrs", {}).values():
            values.extend(value if isinstance(value, list) else [value])
    return values


def everything(element):
    """All a client receives of `element` but markup and comments: its text, scripts (JSON-LD, data for scripts)
    included, then every attribute value. What a leak test searches."""
    return "\n".join([squeeze(element.get_text(" ")), *attribute_values(element)])


def anywhere(element, text):
    """Whether `text` reaches the client in any form: in the text, in a script (JSON-LD) or in an attribute
    (a mailto: link, an alt text, a meta description, a data attribute read by a script)."""
    return text in everything(element)


EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def inline_scripts(element):
    """Scripts written into the page that a browser would run (not data blocks such as JSON-LD): where markup typed
    by a reader would end up if a template failed to escape it."""
    return [script for script in element.select("script:not([src])")
            if script.get("type", "").strip().lower() in EXECUTABLE_SCRIPT_TYPES]


def links(element, selector="a"):
    """{visible text: href} of the links matching `selector`."""
    return {text_of(link): link.get("href") for link in element.select(selector)}


def hrefs(element, selector="a[href]"):
    """The hrefs of the elements matching `selector`, in document order."""
    return [link["href"] for link in element.select(selector)]


def meta(element, key):
    """The content of <meta property=key> or <meta name=key>; None when the page has none."""
    tag = element.find("meta", attrs={"property": key}) or element.find("meta", attrs={"name": key})
    return tag.get("content") if tag is not None else None


def json_ld(element, type_=None):
    """The objects of the page's JSON-LD blocks (a block holding a list gives each of its items), optionally only
    those of a schema.org `type_`."""
    found = []
    for script in _document(element).select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        found.extend(data if isinstance(data, list) else [data])
    return [item for item in found if type_ is None or item.get("@type") == type_]


def card_titles(element):
    """Titles of the cards of a listing (components/card.html), in order."""
    return texts(_document(element), ".card__title")


def _document(element):
    return element if isinstance(element, Tag) else parse(element)


def sitemap_urls(response):
    """The <loc> of every entry of a sitemap, read as XML."""
    assert response.status_code == 200, response.status_code
    root = ElementTree.fromstring(response.content)
    return [loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
