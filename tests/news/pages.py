"""Reading rendered pages the way a reader (or a crawler) does."""

import html as html_lib
import json
import re


def card_titles(html):
    """Titles of the cards of a listing, in order."""
    return [html_lib.unescape(title)
            for _level, title in re.findall(r'<h([23]) class="card__title"><a href="[^"]+">([^<]+)</a></h\1>', html)]


def jsonld(html, type_=None):
    """The page's JSON-LD objects (parsed), optionally only those of a schema.org type."""
    blocks = [json.loads(block) for block in
              re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return [block for block in blocks if type_ is None or block.get("@type") == type_]
