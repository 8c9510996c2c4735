"""What tests/quality/test_fuzz.py throws arbitrary input at. Extend the three lists below; nothing else.

- QUERY_PARAMETERS: parameter names public views read. Every URL is fuzzed with random combinations of them
  (and of random names), so a new filter only needs its name here.
- TARGETS: a URL (or a function finding it in the fuzz content) with the parameters it takes and what values
  they expect; for POSTed forms give method="POST" and the field names.
- CONTENT: functions that create the content the targets need (called once per test, in order).
Every URL pattern of the project outside /admin/ is also fuzzed automatically, path converters included.
"""

from dataclasses import dataclass, field

from hypothesis import strategies as st

QUERY_PARAMETERS = [
    "q", "page", "sort", "order", "region", "area", "areas", "scheme", "schemes", "language", "languages",
    "status", "accommodation", "network", "year", "month", "category", "tag", "type", "format", "fmt",
    "lat", "lon", "lng", "radius", "near", "compare", "ids", "limit", "offset", "fields", "search",
    "child_of", "locale", "per_page", "next", "from", "to", "date", "past",
    "city", "lang",  # directory search (delta)
]

# Values that broke real sites: huge and negative numbers, floats where ints are expected, SQL and HTML
# fragments, NUL bytes, path traversal, right-to-left and astral characters, very long strings.
NASTY_VALUES = [
    "", " ", "0", "-1", "1.5", "1e309", "NaN", "Infinity", "99999999999999999999999999", "-99999999999999999999",
    "' OR '1'='1", "1; DROP TABLE wagtailcore_page", "<script>alert(1)</script>", "\x00", "%00", "../../etc/passwd",
    "\u202eevil", "🙂", "é" * 50, "a" * 5000, "[]", "{}", "null", "true", "PE-CUS", "vsi", "fr", "2024-02-30",
]

text_values = st.one_of(
    st.sampled_from(NASTY_VALUES),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
)
parameter_names = st.one_of(st.sampled_from(QUERY_PARAMETERS), st.text(min_size=1, max_size=20))
# Several values per name, as a real query string can carry (?area=a&area=b).
queries = st.dictionaries(parameter_names, st.lists(text_values, min_size=1, max_size=3), max_size=6)

accept_languages = st.one_of(
    st.sampled_from(["", "*", "es-PE,es;q=0.9", "en;q=abc", "x" * 500, "fr-FR;q=1.0, zz;q=", "de,,;;q=0"]),
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=200),
)


@dataclass
class Target:
    name: str
    path: object  # a URL, or a callable returning one from the fuzz content
    query: object = None  # a strategy of {name: [values]} for GET parameters
    headers: dict = field(default_factory=dict)  # {"HTTP_…": strategy}
    method: str = "GET"
    form: object = None  # a strategy of {name: value} for POST bodies

    def url(self):
        return self.path() if callable(self.path) else self.path


def _live(model_path):
    """A callable giving the URL of the first live page of a model ("app.Model"), for targets."""
    def find():
        from django.apps import apps

        return apps.get_model(model_path).objects.live().first().url
    return find


TARGETS = [
    Target("root language redirect", "/", headers={"HTTP_ACCEPT_LANGUAGE": accept_languages}),
    Target("home page", "/fr/", query=queries),
    Target("programme index", _live("home.ProgrammeIndexPage"), query=queries),
    Target("programme page", _live("home.ProgrammePage"), query=queries),
    Target("content page", _live("home.ContentPage"), query=queries),
]


def home_content():
    from tests.quality.site_content import build_site

    build_site()


CONTENT = [home_content]
