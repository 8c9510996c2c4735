"""What the site search looks through: public pages, and the public host structures of the directory.

A source answers, for one language: how many results of each kind a query has, a slice of results,
and title suggestions. Every queryset starts from what a reader may see, so drafts, private pages,
expired pages and hidden structures cannot reach results, counts, excerpts or suggestions.
"""

import html

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import capfirst
from wagtail.blocks import StreamValue
from wagtail.models import Page

from directory.models import DirectoryIndexPage, HostStructure
from home.cache import remembered
from news.models import PortraitPage

from .backends import backend_for, stems_words  # noqa: F401 - the backend of each language is chosen there
from .excerpts import highlight, make_excerpt
from .text import word_variants

DATE_ATTRIBUTES = ("date", "publication_date", "published_on", "start", "starts_at", "start_at", "start_date")


def build_query(terms, backend):
    """Plain words joined with AND; where the engine has no stemmer, each word OR its plural/singular."""
    from wagtail.search.query import And, Or, PlainText

    if stems_words(backend):
        return PlainText(" ".join(terms), operator="and")
    parts = []
    for term in terms:
        variants = [PlainText(variant) for variant in word_variants(term)]
        parts.append(variants[0] if len(variants) == 1 else Or(variants))
    return parts[0] if len(parts) == 1 else And(parts)


def _stream_text(block, raw):
    """The searchable text of a block's raw value, chosen images, documents and pages left out: reading them
    would cost a query per result."""
    from wagtail import blocks

    if raw is None:
        return []
    if isinstance(block, blocks.ChooserBlock):
        return []
    if isinstance(block, blocks.StreamBlock):
        return [text for item in raw if isinstance(item, dict) and item.get("type") in block.child_blocks
                for text in _stream_text(block.child_blocks[item["type"]], item.get("value"))]
    if isinstance(block, blocks.ListBlock):
        return [text for item in raw
                for text in _stream_text(block.child_block, item.get("value") if isinstance(item, dict)
                                         and "type" in item and "value" in item else item)]
    if isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return []
        return [text for name, child in block.child_blocks.items() for text in _stream_text(child, raw.get(name))]
    try:
        return [str(text) for text in block.get_searchable_content(block.to_python(raw))]
    except Exception:  # noqa: BLE001 - a block that cannot be read gives no excerpt, not an error
        return []


def _text_of(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_text_of(item) for item in value)
    # Rich text is HTML: keep its text, entities decoded (the excerpt escapes everything again).
    return " ".join(html.unescape(strip_tags(str(value))).split())


def searchable_text(obj, first=()):
    """The indexed text of an object (its search fields except the title), `first` fields leading."""
    from wagtail.search import index

    parts = [_text_of(getattr(obj, name, "")) for name in first]
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in ("title", *first):
            try:
                stream = getattr(obj, field.field_name, None)
                if isinstance(stream, StreamValue):
                    parts.append(_text_of(_stream_text(stream.stream_block, list(stream.raw_data))))
                    continue
                parts.append(_text_of(field.get_value(obj)))
            except Exception:  # noqa: BLE001 - a field that cannot be read gives no excerpt, not an error
                continue
    return " ".join(part for part in parts if part)


def result_date(obj):
    getter = getattr(obj, "get_search_date", None)
    if callable(getter):
        return getter()
    for name in DATE_ATTRIBUTES:
        value = getattr(obj, name, None)
        if value and hasattr(value, "year"):
            return value
    return None


def hidden_portrait_ids():
    """Portraits whose volunteer's consent has expired, until `unpublish_expired_portraits` unpublishes them."""
    return list(PortraitPage.objects.live().consent_expired().values_list("id", flat=True))


def _ending_pages():
    """([(id, expire_at)] of live pages with an expiry date, [(id, consent end)] of live portraits)."""
    expiring = list(Page.objects.live().filter(expire_at__isnull=False).values_list("id", "expire_at"))
    consents = list(PortraitPage.objects.live().filter(consent_expires_on__isnull=False)
                    .values_list("id", "consent_expires_on"))
    return expiring, consents


def hidden_page_ids():
    """Live pages a reader must not find now: past their expiry date, or portraits whose consent has ended.

    The dates are remembered until the content changes; which of them have passed is decided at each call."""
    expiring, consents = remembered("search-ending-pages", _ending_pages)
    now, today = timezone.now(), timezone.localdate()
    return ([pk for pk, expire_at in expiring if expire_at <= now]
            + [pk for pk, ends in consents if ends <= today])


class Result:
    def __init__(self, *, title, url, kind, language, date=None, text="", terms=()):
        self.url = url
        self.kind = kind
        self.language = language
        self.date = date
        self.title = highlight(title, terms)
        self.excerpt = make_excerpt(text, terms)


def specific_pages(pages):
    """{page id: specific page} for a page of results: Wagtail's `specific()`, one query per page type."""
    return {page.pk: page for page in Page.objects.filter(pk__in=[page.pk for page in pages]).specific()}


class PageSource:
    """Every live, public, unexpired page of one language tree (the language roots included)."""

    key = "pages"

    def __init__(self, locale):
        self.locale = locale
        self._base = None

    def base_queryset(self):
        # counts() and search() both start here: the excluded ids are asked for once.
        if self._base is None:
            self._base = self._base_queryset()
        return self._base.all()

    def _base_queryset(self):
        queryset = Page.objects.live().public().filter(locale=self.locale, depth__gt=1)
        # Pages past their expiry date stay live until `publish_scheduled` runs; never show them meanwhile.
        expired = hidden_page_ids()
        if expired:
            queryset = queryset.exclude(id__in=expired)
        return queryset

    @staticmethod
    def kind_of(content_type):
        model = content_type.model_class()
        label = capfirst(model._meta.verbose_name) if model else content_type.model
        return f"{content_type.app_label}.{content_type.model}", label

    def counts(self, backend, query):
        """{kind key: (label, count)} for this query."""
        facets = backend.search(query, self.base_queryset()).facet("content_type_id")
        content_types = {ct_id: ContentType.objects.get_for_id(ct_id) for ct_id in facets}
        counts = {}
        for content_type_id, count in facets.items():
            content_type = content_types.get(content_type_id)
            if content_type is None or not count:
                continue
            key, label = self.kind_of(content_type)
            counts[key] = (label, count)
        return counts

    def search(self, backend, query, kind=None):
        queryset = self.base_queryset()
        if kind:
            app_label, _, model = kind.partition(".")
            content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
            if content_type is None:
                return None
            queryset = queryset.filter(content_type=content_type)
        return backend.search(query, queryset)

    def to_results(self, pages, terms, request):
        specific = specific_pages(pages)
        results = []
        for page in pages:
            page = specific.get(page.pk)
            if page is None:
                continue
            _key, label = self.kind_of(ContentType.objects.get_for_id(page.content_type_id))
            results.append(Result(
                title=page.title, url=page.get_url(request), kind=label, language=self.locale.language_code,
                date=result_date(page), text=searchable_text(page, first=("search_description",)), terms=terms,
            ))
        return results

    def suggestions(self, backend, text, limit, request):
        pages = backend.autocomplete(text, self.base_queryset(), operator="and")[:limit]
        label_cache = {}
        suggestions = []
        for page in pages:
            if page.content_type_id not in label_cache:
                label_cache[page.content_type_id] = self.kind_of(ContentType.objects.get_for_id(page.content_type_id))[1]
            url = page.get_url(request)
            if url:
                suggestions.append({"title": page.title, "url": url, "kind": str(label_cache[page.content_type_id])})
        return suggestions


class StructureSource:
    """Public host structures of one language, when that language's directory page is live and public."""

    key = "structures"
    kind = "directory.hoststructure"
    model = HostStructure

    def __init__(self, locale):
        self.locale = locale
        self.directory_page = DirectoryIndexPage.objects.live().public().filter(locale=locale).first()

    def available(self):
        return self.directory_page is not None

    def _url_getter(self, request):
        """structure -> URL under the language's directory page, found once rather than once per structure."""
        return lambda structure: self.directory_page.structure_url(structure, request)

    def base_queryset(self):
        return self.model.objects.filter(locale=self.locale, is_public=True)

    def label(self):
        return capfirst(self.model._meta.verbose_name)

    def counts(self, backend, query):
        count = backend.search(query, self.base_queryset()).count()
        return {self.kind: (self.label(), count)} if count else {}

    def search(self, backend, query, kind=None):
        return backend.search(query, self.base_queryset())

    def to_results(self, structures, terms, request):
        label = capfirst(self.model._meta.verbose_name)
        url_of = self._url_getter(request)
        results = []
        for structure in structures:
            url = url_of(structure)
            if not url:
                continue
            results.append(Result(
                title=str(structure), url=url, kind=label, language=self.locale.language_code,
                date=result_date(structure), text=searchable_text(structure, first=("short_description",)),
                terms=terms,
            ))
        return results

    def suggestions(self, backend, text, limit, request):
        label = str(capfirst(self.model._meta.verbose_name))
        suggestions = []
        url_of = self._url_getter(request)
        for structure in backend.autocomplete(text, self.base_queryset(), operator="and")[:limit]:
            url = url_of(structure)
            if url:
                suggestions.append({"title": str(structure), "url": url, "kind": label})
        return suggestions


def sources_for(locale):
    sources = [PageSource(locale)]
    structures = StructureSource(locale)
    if structures.available():
        sources.append(structures)
    return sources
