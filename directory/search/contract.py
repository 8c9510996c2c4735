"""The search contract: one query in, one result out, whatever the engine (database or Elasticsearch).

Engines receive a validated `SearchQuery` (see forms.py) and return `SearchResults`; they never see raw
request parameters, so nothing a reader types can reach an engine as syntax.
"""

from dataclasses import dataclass, field, replace
from typing import Protocol

PER_PAGE = 20
SORT_RELEVANCE = "relevance"
SORT_NAME = "name"
SORT_RECENT = "recent"
SORT_DISTANCE = "distance"
SORTS = (SORT_RELEVANCE, SORT_NAME, SORT_RECENT, SORT_DISTANCE)
DEFAULT_RADIUS_KM = 50
MAX_RADIUS_KM = 2000


@dataclass(frozen=True)
class GeoFilter:
    latitude: float
    longitude: float
    radius_km: float = DEFAULT_RADIUS_KM
    # The city the point comes from, when the reader chose one rather than coordinates.
    city: str = ""


@dataclass(frozen=True)
class SearchQuery:
    language: str = "fr"
    text: str = ""
    # facet name -> selected values (OR within a facet, AND across facets); see facets.FACETS.
    filters: tuple = ()
    geo: GeoFilter | None = None
    sort: str = SORT_RELEVANCE
    page: int = 1
    per_page: int = PER_PAGE
    # Only structures with a row of their own in `language` (the site search links to the reader's directory,
    # where a structure without that translation has no page); otherwise the source row stands in.
    own_row_only: bool = False

    @classmethod
    def build(cls, filters=None, **kwargs):
        """A query from a plain dict of filters ({"region": ["cusco"], …}); empty selections are dropped."""
        normalised = tuple(sorted((name, tuple(sorted(set(values)))) for name, values in (filters or {}).items()
                                  if values))
        return cls(filters=normalised, **kwargs)

    @property
    def filter_map(self):
        return dict(self.filters)

    def selected(self, facet_name):
        return self.filter_map.get(facet_name, ())

    @property
    def effective_sort(self):
        """Relevance needs words and distance needs a point; otherwise fall back to a sort that means something."""
        if self.sort == SORT_DISTANCE and self.geo is None:
            return SORT_NAME if not self.text else SORT_RELEVANCE
        if self.sort == SORT_RELEVANCE and not self.text:
            return SORT_DISTANCE if self.geo is not None else SORT_NAME
        return self.sort

    @property
    def offset(self):
        return (self.page - 1) * self.per_page

    def with_page(self, page):
        return replace(self, page=page)

    def with_text(self, text):
        return replace(self, text=text, page=1)


@dataclass
class Hit:
    translation_key: str
    # The structure row to show in the query's language (its translation, or the source when none exists).
    structure_id: int
    score: float | None = None
    distance_km: float | None = None
    # Filled by hit_structures.load_structures for display; engines leave it empty.
    structure: object = None


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    values: list


@dataclass
class SearchResults:
    query: SearchQuery
    hits: list
    total: int
    facets: list = field(default_factory=list)
    did_you_mean: str = ""
    engine: str = ""
    # Set when the requested page was beyond the last one and the last page is shown instead.
    page_clamped: bool = False

    @property
    def page(self):
        return self.query.page

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.query.per_page))

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def start_index(self):
        return self.query.offset + 1 if self.total else 0

    @property
    def end_index(self):
        return self.query.offset + len(self.hits)

    def facet(self, name):
        return next((facet for facet in self.facets if facet.name == name), None)


def clamp_page(query, total):
    """The query moved to the last existing page when it asks beyond; (query, clamped?)."""
    last = max(1, -(-total // query.per_page))
    if query.page > last:
        return query.with_page(last), True
    return query, False


class SearchEngine(Protocol):
    name: str

    def search(self, query: SearchQuery, vocabulary=None) -> SearchResults: ...

    def all_hits(self, query: SearchQuery, limit: int, offset: int = 0) -> list: ...

    def count(self, query: SearchQuery) -> int: ...

    def names(self, query: SearchQuery, limit: int) -> list:
        """Hits whose name has a word starting with each query word, by name (suggestions as one types)."""
