"""The demo's pages below the home page, in creation order: (key, parent key or None for home, class,
definition). `load` in site.py walks PAGES and features FEATURED_PROGRAMMES on the home page.

The order is the header menu's order (about, schemes, programmes, contact), and a page may only link to
pages made before it. Definitions live in site_about, site_schemes, site_programmes and site_enlazando.
"""

from .bodies import french_typography
from .site_about import ABOUT_PAGES, CONTACT_PAGES
from .site_enlazando import ENLAZANDO_PAGES
from .site_programmes import PROGRAMME_PAGES, RUMBO_PAGES
from .site_schemes import SCHEME_PAGES


class DemoPages:
    """Builds each definition only when the loader reaches its page: a definition draws its pictures, creates
    its partners and looks up the pages it links to, so it needs the pages made before it (and importing
    this module touches no database)."""

    def __init__(self, entries):
        self.entries = entries

    def __len__(self):
        return len(self.entries)

    def __iter__(self):
        for key, parent_key, page_class, build in self.entries:
            yield key, parent_key, page_class, french_typography(build())

    def keys(self):
        return [key for key, _parent, _class, _build in self.entries]


PAGES = DemoPages(ABOUT_PAGES + SCHEME_PAGES + PROGRAMME_PAGES + ENLAZANDO_PAGES + RUMBO_PAGES + CONTACT_PAGES)

FEATURED_PROGRAMMES = ["enlazando", "rumbo-a-francia", "voluntades"]
