"""The search page and its suggestions endpoint."""

import logging

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from jobs.queue import best_effort

from .answers import answer_for, is_logged
from .engine import suggest
from .forms import SearchForm, SuggestForm
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


@never_cache
def search(request):
    form = SearchForm(request.GET or None)
    values = form.values() if request.GET else {"q": "", "all": False, "type": "", "page": 1}
    language = get_language()
    answer = answer_for(values, language, request) if values["q"] else None
    count = None
    logged = is_logged(values, answer) if answer else ""
    if logged:
        def count():
            # Best effort: with the database locked, the search was answered and this one count is lost.
            best_effort(count_search, logged, language, answer.found)
    context = {
        "form": form if request.GET else SearchForm(),
        "query": values["q"],
        "all_languages": values["all"],
        "kind": values["type"],
        "answer": answer,
        "alternate_urls": _alternate_urls(request),
    }
    return ResponseThenWork(render_to_string("search/search.html", context, request), work=count)


@never_cache
def suggestions(request):
    form = SuggestForm(request.GET)
    query = form.query()
    items = suggest(query, language=get_language(), request=request) if query else []
    return JsonResponse({"query": query, "suggestions": items})
