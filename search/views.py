"""The search page and its suggestions endpoint."""

import logging

from django.conf import settings
from django.http import HttpResponse, JsonResponse, QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache

from .engine import run_search, suggest
from .forms import SearchForm, SuggestForm
from jobs.queue import best_effort

from .models import SearchQueryLog
from .tasks import count_search


logger = logging.getLogger(__name__)


class ResponseThenWork(HttpResponse):
    """A response that does some work once it has been sent: the WSGI server closes a response after writing
    it to the reader, and the work (the search log's count) runs then, so the database is never written
    while a reader waits for results."""

    def __init__(self, *args, work=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.work = work

    def close(self):
        work, self.work = self.work, None
        if work is not None:
            try:
                work()
            except Exception:  # noqa: BLE001 - the reader has the answer; a lost count is only logged
                logger.exception("Work after the search response failed")
        super().close()


def _alternate_urls(request):
    """The search page in each language, with the same query."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("search")
        urls[code] = f"{url}?{request.GET.urlencode()}" if request.GET else url
    return urls


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


@never_cache
def search(request):
    form = SearchForm(request.GET or None)
    values = form.values() if request.GET else {"q": "", "all": False, "type": "", "page": 1}
    language = get_language()
    outcome = None
    count = None
    if values["q"]:
        outcome = run_search(values["q"], language=language, all_languages=values["all"], kind=values["type"],
                             page_number=values["page"], request=request)
        logged = SearchQueryLog.loggable_query(values["q"])
        if logged and values["page"] == 1 and not values["type"] and not outcome.failed:
            found = bool(outcome.total or outcome.promotions)

            def count():
                # Best effort: with the database locked, the search was answered and this one count is lost.
                best_effort(count_search, logged, language, found)
    context = {
        "form": form if request.GET else SearchForm(),
        "query": values["q"],
        "all_languages": values["all"],
        "kind": values["type"],
        "outcome": outcome,
        "kind_links": kind_links(outcome, values["q"], values["all"], values["type"]),
        "page_links": page_links(outcome, values["q"], values["all"], values["type"]),
        "alternate_urls": _alternate_urls(request),
    }
    return ResponseThenWork(render_to_string("search/search.html", context, request), work=count)


@never_cache
def suggestions(request):
    form = SuggestForm(request.GET)
    query = form.query()
    items = suggest(query, language=get_language(), request=request) if query else []
    return JsonResponse({"query": query, "suggestions": items})
