"""What tests/quality/test_fuzz.py throws arbitrary input at. Extend the three lists below; nothing else.

- QUERY_PARAMETERS: parameter names public views read. Every URL is fuzzed with random combinations of them
  (and of random names), so a new filter only needs its name here.
- TARGETS: a URL (or a function finding it in the fuzz content) with the parameters it takes and what values
  they expect; for POSTed forms give method="POST" and the field names.
- CONTENT: functions that create the content the targets need (called once per test, in order).
Every URL pattern of the project outside /admin/ is also fuzzed automatically in fr, es and en, path
converters included, and so is every live page of the fuzz content. The public forms (FORMS) get hostile
bodies under every content type.
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
    from tests.site_builder import build_site

    build_site()


def news_content():
    """News, events and portraits in fr/es, each with its index."""
    from wagtail.models import Page

    from news.factories import (EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory,
                                PortraitIndexPageFactory, PortraitPageFactory)
    from tests.factories import translate_page

    home = Page.objects.get(depth=2, locale__language_code="fr")
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home, slug="actualites"), slug="seminaire")
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home, slug="agenda"), slug="journee")
    portrait = PortraitPageFactory(parent=PortraitIndexPageFactory(parent=home, slug="portraits"), slug="capucine")
    for page in (news.get_parent().specific, news, event.get_parent().specific, event,
                 portrait.get_parent().specific, portrait):
        translate_page(page, "es")


def directory_content():
    """The directory page in three languages, two structures, a confirmed alert and an edition."""
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from directory.models import DirectoryEdition, SavedSearch
    from tests.site_builder import directory_pages
    from tests.directory.factories import structure

    homes = {code: Page.objects.get(depth=2, locale__language_code=code) for code in ("fr", "es", "en")}
    directory_pages(homes)
    structure(name="Mano a Mano", slug="mano-a-mano", schemes=["vsi"], city="Cusco", province="Cusco",
              short_description="Une association de Cusco.")
    structure(name="Casa Verde", slug="casa-verde", schemes=["sci"], city="Lima", province="Lima")
    SavedSearch.objects.create(email="suivi@example.org", params="region=PE-CUS", language="es",
                               frequency="weekly", confirmed_at=timezone.now())
    DirectoryEdition.objects.create(locale=Locale.objects.get(language_code="fr"), year=2026, structure_count=2)


CONTENT = [home_content, news_content, directory_content]


# --- The public forms: every field name, hostile values, hostile bodies and content types.

def _introduction_url():
    return "/fr/annuaire/mano-a-mano/introduction/"


def _confirmation_url():
    from django.urls import reverse
    from django.utils import timezone, translation

    from directory.confirmation import workflow
    from directory.models import HostStructure

    structure = HostStructure.objects.get(slug="mano-a-mano", locale__language_code="fr")
    asked = timezone.now().replace(microsecond=0)
    HostStructure.objects.filter(pk=structure.pk).update(confirmation_requested_at=asked)
    structure.confirmation_requested_at = asked
    with translation.override("es"):
        return reverse("directory_confirmation", args=[workflow.make_token(structure, asked)])


@dataclass
class Form:
    name: str
    path: object
    fields: list
    valid: dict  # a valid submission, so that mutations of it reach the logic after validation

    def url(self):
        return self.path() if callable(self.path) else self.path


FORMS = [
    Form("introduction", _introduction_url,
         ["organisation", "contact_name", "email", "schemes", "period", "message", "consent", "website"],
         {"organisation": "Agir", "contact_name": "Jeanne", "email": "jeanne@example.org", "message": "Bonjour",
          "consent": "on"}),
    Form("follow a search", "/es/directorio/alerts/follow/", ["email", "search", "frequency", "website"],
         {"email": "suivi@example.org", "search": "region=PE-CUS", "frequency": "weekly"}),
    Form("self-confirmation", _confirmation_url,
         ["action", "short_description", "presentation", "city", "province", "public_email", "website",
          "minimum_stay_months", "schemes", "message", "nickname", "accommodation"],
         {"action": "propose", "city": "Cusco", "short_description": "Nueva descripción"}),
]

CONTENT_TYPES = st.sampled_from([
    "application/x-www-form-urlencoded", "multipart/form-data; boundary=BoUnDaRy", "multipart/form-data",
    "application/json", "text/plain", "application/xml", "", "application/x-www-form-urlencoded; charset=utf-16",
    "application/x-www-form-urlencoded; charset=nope", "multipart/form-data; boundary=" + "x" * 200,
])
RAW_BODIES = st.one_of(
    st.binary(max_size=2000),
    st.sampled_from([b"--BoUnDaRy\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx\r\n--BoUnDaRy--",
                     b"--BoUnDaRy\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../x\"\r\n\r\n",
                     b'{"email": ["a"], "consent": true}', b"email=%ff%fe&consent=on&message=%00",
                     b"a=" + b"b" * 100_000, b"&&&==&=", b"schemes=vsi&schemes=nope&schemes=" + b"x" * 300]),
)
