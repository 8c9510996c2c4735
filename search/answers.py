"""A search's answer (everything the page shows below the form), rendered once per content version.

Readers repeat searches (the same words, the next page, a type): the answer is the same until the content
changes, so its HTML is kept in the site's per-process memo (home.cache.remembered) keyed by the content
version, the minute (an expired page or consent leaves the results within a minute, as on every page), the
language, the host (result URLs) and the normalised parameters. A search served from there costs no query.
An answer the engine could not give (`failed`) is never kept: the next reader asks the engine again.

Only answers of the database engine are kept: it reads the rows the content version describes. A search cluster
makes a published page findable about a second after the save that changed the version: an answer kept in that
second would miss the page until the next change, so with a cluster every search asks it.
"""

from dataclasses import dataclass

from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from home.cache import remembered

from .backends import has_cluster
from .engine import run_search
from .models import SearchQueryLog


@dataclass
class Answer:
    html: str
    found: bool  # results or editors' picks: what the query log counts
    failed: bool = False


def answer_for(values, language, request):
    """The Answer to validated search parameters (`SearchForm.values()`, with a query)."""
    def compute():
        return _answer(values, language, request)

    if has_cluster():  # see above
        return compute()
    key = ("search-answer", language, request.get_host(), values["q"], bool(values["all"]),
           values["type"], values["page"])
    return remembered(key, compute, keep=lambda answer: not answer.failed, per_minute=True)


def _answer(values, language, request):
    query, all_languages, kind = values["q"], values["all"], values["type"]
    outcome = run_search(query, language=language, all_languages=all_languages, kind=kind,
                         page_number=values["page"], request=request)
    context = {
        "LANGUAGE_CODE": language,
        "query": query,
        "all_languages": all_languages,
        "outcome": outcome,
        "kind_links": kind_links(outcome, query, all_languages, kind),
        "page_links": page_links(outcome, query, all_languages, kind),
    }
    html = render_to_string("search/includes/answer.html", context)
    return Answer(html=mark_safe(html), found=bool(outcome.total or outcome.promotions), failed=outcome.failed)


def is_logged(values, answer):
    """The normalised query to count in the log, or "" (later pages, a type chosen, a failed search and
    queries that look personal are not counted)."""
    if answer.failed or values["page"] != 1 or values["type"]:
        return ""
    return SearchQueryLog.loggable_query(values["q"])


def _url(query, all_languages, kind="", page=1):
    params = QueryDict(mutable=True)
    params["q"] = query
    if all_languages:
        params["all"] = "1"
    if kind:
        params["type"] = kind
    if page > 1:
        params["page"] = str(page)
    return f"?{params.urlencode()}"


def kind_links(outcome, query, all_languages, kind):
    if not outcome or not outcome.kinds:
        return []
    links = [{"label": gettext("All types"), "url": _url(query, all_languages), "current": not kind}]
    for item in outcome.kinds:
        links.append({"label": item.label, "count": item.count, "url": _url(query, all_languages, item.key),
                      "current": item.key == kind})
    return links


def page_links(outcome, query, all_languages, kind, window=2):
    page = outcome.page if outcome else None
    if page is None or not page.has_other_pages():
        return None
    last = page.paginator.num_pages
    numbers = sorted({1, last, *range(max(1, page.number - window), min(last, page.number + window) + 1)})
    return {
        "previous": _url(query, all_languages, kind, page.previous_page_number()) if page.has_previous() else None,
        "next": _url(query, all_languages, kind, page.next_page_number()) if page.has_next() else None,
        "pages": [{"number": n, "url": _url(query, all_languages, kind, n), "current": n == page.number}
                  for n in numbers],
    }
