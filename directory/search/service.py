"""One search, from request parameters to displayable results: what the page, the API and exports share."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import get_engine
from .contract import SearchResults
from .forms import SearchForm
from .labels import Vocabulary
from .loaders import load_structures


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
