"""What the site search looks through: public pages, and the public host structures of the directory.

A source answers, for one language and the reader's words: how many results of each kind they find, a slice of
results, and title suggestions. Pages are searched through Wagtail's backend; structures through the directory's
own search, whose index holds them (they are not in Wagtail's). Every queryset starts from what a reader may
see, so drafts, private pages, expired pages and hidden structures cannot reach results, counts, excerpts or
suggestions.
"""

import html

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import capfirst
from wagtail.blocks import StreamValue
from wagtail.models import Page

from directory.models import DirectoryIndexPage, HostStructure
from directory.search.service import TextSearch
from home.cache import remembered
from home.visibility import public
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
                    # Blocks give plain text already (rich text unescaped by Wagtail): stripping tags again would
                    # drop typed markup ("&lt;b&gt;" shown as "<b>") that a reader sees as text.
                    parts.append(" ".join(" ".join(_stream_text(stream.stream_block, list(stream.raw_data))).split()))
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
    """([(id, expire_at)] of live pages with an expiry date, [(id, consent end)] of live portraits), in one
    query (the portrait's consent joined to its page)."""
    rows = list(Page.objects.live()
                .filter(Q(expire_at__isnull=False) | Q(portraitpage__consent_expires_on__isnull=False))
                .values_list("id", "expire_at", "portraitpage__consent_expires_on"))
    return ([(pk, expire_at) for pk, expire_at, _ends in rows if expire_at is not None],
            [(pk, ends) for pk, _expire_at, ends in rows if ends is not None])


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
    """{page id: specific page} for a page of results, one query per page type (what Wagtail's `specific()`
    does, without its first query: the results already say which type each page is)."""
    by_type = {}
    for page in pages:
        by_type.setdefault(page.content_type_id, []).append(page)
    specific = {}
    for content_type_id, of_type in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, Page) or model is Page:
            specific.update((page.pk, page) for page in of_type)  # a type whose code is gone: the page as it is
            continue
        specific.update(model.objects.filter(pk__in=[page.pk for page in of_type]).in_bulk())
    return specific


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
        queryset = public(Page.objects.live().filter(locale=self.locale, depth__gt=1))
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

    def counts(self, backend, terms):
        """{kind key: (label, count)} for these words."""
        facets = backend.search(build_query(terms, backend), self.base_queryset()).facet("content_type_id")
        content_types = {ct_id: ContentType.objects.get_for_id(ct_id) for ct_id in facets}
        counts = {}
        for content_type_id, count in facets.items():
            content_type = content_types.get(content_type_id)
            if content_type is None or not count:
                continue
            key, label = self.kind_of(content_type)
            counts[key] = (label, count)
        return counts

    def search(self, backend, terms, kind=None):
        queryset = self.base_queryset()
        if kind:
            app_label, _, model = kind.partition(".")
            content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
            if content_type is None:
                return None
            queryset = queryset.filter(content_type=content_type)
        return backend.search(build_query(terms, backend), queryset)

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
    """Public host structures with a row in this language, when its directory page is live and public, found by
    the directory's own search (directory.search.service.TextSearch: the index the directory page searches)."""

    key = "structures"
    kind = "directory.hoststructure"
    # What a result's excerpt reads, in this order (the name is also the result's title).
    TEXT_FIELDS = ("short_description", "name", "acronym", "presentation", "city", "province")

    def __init__(self, locale, fallback=False):
        self.locale = locale
        self.on_cluster = not fallback
        self.directory_page = public(DirectoryIndexPage.objects.live().filter(locale=locale)).first()

    def available(self):
        return self.directory_page is not None

    def _search(self, text):
        return TextSearch(text, self.locale.language_code, on_cluster=self.on_cluster)

    def _rows(self):
        """The rows a result is read from: this language's, with only what a result shows."""
        return HostStructure.objects.listed(self.locale).only("slug", *self.TEXT_FIELDS)

    def label(self):
        return capfirst(HostStructure._meta.verbose_name)

    def counts(self, backend, terms):
        count = self._search(" ".join(terms)).count()
        return {self.kind: (self.label(), count)} if count else {}

    def search(self, backend, terms, kind=None):
        return _RankedStructures(self._search(" ".join(terms)), self._rows())

    def to_results(self, structures, terms, request):
        label = self.label()
        results = []
        for structure in structures:
            url = self.directory_page.structure_url(structure, request)
            results.append(Result(
                title=str(structure), url=url, kind=label, language=self.locale.language_code,
                text=" ".join(filter(None, (_text_of(getattr(structure, name)) for name in self.TEXT_FIELDS))),
                terms=terms,
            ))
        return results

    def suggestions(self, backend, text, limit, request):
        label = str(self.label())
        return [{"title": str(structure), "url": self.directory_page.structure_url(structure, request), "kind": label}
                for structure in self._search(text).named(limit, self._rows())]


class _RankedStructures:
    """The structures of a directory TextSearch, read a window at a time as the site search pages through them."""

    def __init__(self, search, rows):
        self.search, self.rows = search, rows

    def __getitem__(self, window):
        return self.search.structures(window.start or 0, window.stop, self.rows)


def sources_for(locale, fallback=False):
    """The sources of one language; `fallback`: on the database, the cluster having failed."""
    sources = [PageSource(locale)]
    structures = StructureSource(locale, fallback)
    if structures.available():
        sources.append(structures)
    return sources
