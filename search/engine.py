"""The site search: one query over every source, in the reader's language first, paged across sources.

Results are listed language by language (the reader's first when "all languages" is chosen) and, in
each language, pages before host structures; each part is ranked by the engine's relevance.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from home.cache import remembered
from home.locales import locales_by_code

from .backends import backend_for
from .sources import sources_for
from .text import fold, query_terms

logger = logging.getLogger(__name__)
PER_PAGE = 10


@dataclass
class Kind:
    key: str
    label: str
    count: int


@dataclass
class SearchOutcome:
    query: str
    terms: list
    total: int = 0
    kinds: list = field(default_factory=list)
    page: object = None  # a Paginator page of Result
    promotions: list = field(default_factory=list)
    failed: bool = False


class _Segment:
    """One source in one language: its lazy results and their count."""

    def __init__(self, source, results, count):
        self.source = source
        self.results = results
        self.count = count if results is not None else 0
        self.head = None  # the first PER_PAGE results, once fetched, so page 1 asks the engine once


class _Chain:
    """A sequence over several segments, sliced lazily: what the Paginator pages through."""

    def __init__(self, segments, terms, request):
        self.segments = [segment for segment in segments if segment.count]
        self.terms = terms
        self.request = request

    def __len__(self):
        return sum(segment.count for segment in self.segments)

    def count(self):
        return len(self)

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        found, offset = [], 0
        for segment in self.segments:
            low, high = max(start - offset, 0), min(stop - offset, segment.count)
            if low < high:
                if segment.head is not None and (high <= len(segment.head) or len(segment.head) >= segment.count):
                    items = segment.head[low:high]
                else:
                    items = list(segment.results[low:high])
                found.extend(segment.source.to_results(items, self.terms, self.request))
            offset += segment.count
            if offset >= stop:
                break
        return found


# The first pages a reader goes through are read with the segment's head: page 2 or 3 costs no query more.
HEAD_PAGES = 3


def _title_match(segment, terms, head_size=PER_PAGE):
    """How well the segment's best result is named by the query: 2 when its title is the query (a
    structure's name, say), 1 when the title holds every word, 0 otherwise. Segments of a language are
    listed best-named first; their order is otherwise fixed (pages, then structures). The segment's first
    `head_size` results are kept for the page of results."""
    segment.head = list(segment.results[:head_size])
    best = segment.head[:1]
    if not best:
        return 0
    title_words = query_terms(fold(str(getattr(best[0], "title", None) or best[0])))
    wanted = [fold(term) for term in terms]
    if title_words == wanted:
        return 2
    return 1 if all(word in title_words for word in wanted) else 0


def languages_in_scope(language, all_languages):
    codes = [code for code, _name in settings.LANGUAGES]
    if not all_languages:
        return [language]
    return [language] + [code for code in codes if code != language]


def _locales(codes):
    by_code = locales_by_code()
    return [by_code[code] for code in codes if code in by_code]


def _on_engine(work, what):
    """`work(fallback)` on the cluster when there is one (fallback=False), on the database when the cluster cannot
    answer or rejects the query (see connection.with_fallback), and plainly on the database without a cluster."""
    from .backends import cluster_breaker, has_cluster
    from .backends.connection import with_fallback

    if not has_cluster():
        return work(False)
    return with_fallback(cluster_breaker(), lambda: work(False), lambda: work(True), what)


def run_search(query, *, language, all_languages=False, kind="", page_number=1, request=None):
    """Search `query` (already cleaned) and return a SearchOutcome with the requested page of results."""
    terms = query_terms(query)
    outcome = SearchOutcome(query=query, terms=terms)
    if not terms:
        return outcome
    try:
        kinds, outcome.page, outcome.total = _on_engine(
            lambda fallback: _search(terms, language, all_languages, kind, page_number, request, fallback),
            "site search")
    except Exception:  # noqa: BLE001 - even the database failing must not become a 500 page
        logger.exception("Site search failed for %r", query)
        outcome.failed = True
        return outcome
    outcome.kinds = sorted(kinds.values(), key=lambda item: (-item.count, str(item.label)))
    outcome.promotions = promotions_for(query, language, request)
    return outcome


def _search(terms, language, all_languages, kind, page_number, request, fallback):
    """(kinds, page, total) of one search, the page's results fetched (so an engine error surfaces here)."""
    kinds, segments = {}, []
    for locale in _locales(languages_in_scope(language, all_languages)):
        backend = backend_for(locale.language_code, fallback=fallback)
        language_segments = []
        for source in sources_for(locale, fallback):
            counts = source.counts(backend, terms)
            for key, (label, count) in counts.items():
                previous = kinds.get(key)
                kinds[key] = Kind(key, label, count + (previous.count if previous else 0))
            if kind and kind not in counts:
                continue
            count = counts[kind][1] if kind else sum(count for _label, count in counts.values())
            if count:
                language_segments.append(_Segment(source, source.search(backend, terms, kind or None), count))
        head_size = PER_PAGE * min(max(page_number, 1), HEAD_PAGES)
        segments += sorted(language_segments, key=lambda segment: -_title_match(segment, terms, head_size))
    paginator = Paginator(_Chain(segments, terms, request), PER_PAGE)
    return kinds, paginator.get_page(page_number), paginator.count


def promotions_for(query, language, request=None):
    """Editors' picks for this query (matched without case or accents), limited to the reader's language.

    Picks of pages in other languages are left out; links to other sites show in every language.
    """
    wanted = fold(" ".join(query_terms(query)))
    if not wanted:
        return []
    picks = remembered("search-promotions", lambda: list(
        SearchPromotion.objects.select_related("query", "page", "page__locale").order_by("sort_order")))
    now = timezone.now()
    visible = set(
        Page.objects.live().public().filter(locale__language_code=language).exclude(expire_at__lte=now)
        .filter(pk__in=[pick.page_id for pick in picks if pick.page_id])
        .values_list("pk", flat=True)
    ) if picks else set()
    promotions = []
    for pick in picks:
        if fold(" ".join(query_terms(pick.query.query_string))) != wanted:
            continue
        if pick.page_id:
            if pick.page_id not in visible:
                continue
            page = pick.page.specific
            promotions.append({"title": page.title, "url": page.get_url(request),
                               "description": pick.description or getattr(page, "lead", "") or page.search_description})
        elif pick.external_link_url:
            promotions.append({"title": pick.external_link_text or pick.external_link_url,
                               "url": pick.external_link_url, "description": pick.description, "external": True})
    return promotions


def suggest(text, *, language, limit=8, request=None):
    """Titles of pages and structures starting with what the reader typed, in their language."""
    terms = query_terms(text)
    if not terms or len("".join(terms)) < 2:
        return []
    locales = _locales([language])
    if not locales:
        return []

    def work(fallback):
        backend = backend_for(language, fallback=fallback)
        found = []
        for source in sources_for(locales[0], fallback):
            found.extend(source.suggestions(backend, " ".join(terms), limit, request))
        return found

    try:
        suggestions = _on_engine(work, "search suggestions")
    except Exception:  # noqa: BLE001 - suggestions are a convenience: fail quietly
        logger.exception("Search suggestions failed for %r", text)
        return []
    return suggestions[:limit]
