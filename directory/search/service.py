"""One search, from request parameters to displayable results: what the page, the API and exports share."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import get_engine
from .contract import SearchQuery, SearchResults
from .database import DatabaseEngine
from .forms import SearchForm
from .facet_names import Vocabulary
from .hit_structures import load_structures


@dataclass
class SearchState:
    form: SearchForm
    results: SearchResults
    messages: list = field(default_factory=list)

    @property
    def query(self):
        return self.results.query

    @property
    def valid(self):
        return not self.form.errors


def parse(params, language):
    """The bound, validated form for `params` (its errors say what was wrong)."""
    form = SearchForm(params, language=language, vocabulary=Vocabulary(language))
    form.is_valid()
    return form


def run_search(params, language, engine=None, load=True, form=None, full=False):
    """Validate `params`, search with what is valid, load the structures of the page's hits."""
    form = form or parse(params, language)
    requested_page = form.cleaned_data.get("page") or 1
    results = (engine or get_engine()).search(form.to_query(), form.vocabulary)
    if load:
        results.hits = load_structures(results.hits, full)
    messages = form.messages()
    if results.page_clamped:
        messages.append(_("There is no page %(requested)s of these results; here is the last page, %(page)s.")
                        % {"requested": requested_page, "page": results.page})
    return SearchState(form=form, results=results, messages=messages)


class TextSearch:
    """Public structures whose text matches `text` and which have a row of their own in `language`, ranked by
    relevance and read by windows: what the site search lists beside pages (its counts, a page of results,
    title suggestions). `on_cluster=False` asks the database engine only (the site search's own fallback)."""

    def __init__(self, text, language, on_cluster=True):
        self.query = SearchQuery(language=language, text=text, own_row_only=True)
        self.engine = get_engine() if on_cluster else DatabaseEngine()

    def count(self):
        return self.engine.count(self.query)

    def structures(self, start, stop, queryset=None):
        """The structures ranked `start` to `stop`, read from `queryset` (see load_structures)."""
        hits = self.engine.all_hits(self.query, max(0, stop - start), start)
        return [hit.structure for hit in load_structures(hits, queryset=queryset)]

    def named(self, limit, queryset=None):
        """Up to `limit` structures whose name has a word starting with each word of the text, by name."""
        return [hit.structure for hit in load_structures(self.engine.names(self.query, limit), queryset=queryset)]
