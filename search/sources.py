"""What the site search looks through: public pages, and host structures when the directory app has them.

A source answers, for one language: how many results of each kind a query has, a slice of results,
and title suggestions. Every queryset starts from what a reader may see, so drafts, private pages,
expired pages and hidden structures cannot reach results, counts, excerpts or suggestions.
"""

import html

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import capfirst
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .excerpts import highlight, make_excerpt
from .text import word_variants

DATE_ATTRIBUTES = ("date", "publication_date", "published_on", "start", "starts_at", "start_at", "start_date")


def backend_for(language):
    """The default search backend, told the language when it can use it (PostgreSQL's configurations)."""
    backend = get_search_backend()
    if hasattr(backend, "with_config"):
        from .backends.postgres import config_for_language

        backend = backend.with_config(config_for_language(language))
    return backend


def stems_words(backend):
    """Whether the backend matches word forms itself (PostgreSQL, Elasticsearch with our analysis)."""
    from .backends.elasticsearch import LanguageElasticsearchBackend

    return hasattr(backend, "with_config") or isinstance(backend, LanguageElasticsearchBackend)


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
    if not apps.is_installed("news"):
        return []
    from news.models import PortraitPage

    return list(PortraitPage.objects.live().consent_expired().values_list("id", flat=True))


def _ending_pages():
    """([(id, expire_at)] of live pages with an expiry date, [(id, consent end)] of live portraits)."""
    expiring = list(Page.objects.live().filter(expire_at__isnull=False).values_list("id", "expire_at"))
    consents = []
    if apps.is_installed("news"):
        from news.models import PortraitPage

        consents = list(PortraitPage.objects.live().filter(consent_expires_on__isnull=False)
                        .values_list("id", "consent_expires_on"))
    return expiring, consents


def hidden_page_ids():
    """Live pages a reader must not find now: past their expiry date, or portraits whose consent has ended.

    The dates are remembered until the content changes; which of them have passed is decided at each call."""
    from home.lookups import remembered

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


def _from_live_revision(page, content):
    """The page as its own class, built from its published revision's content: no query. Tree, language and
    publication fields come from the live row, as Wagtail's own `with_content_json` does."""
    model = page.specific_class
    specific = model.from_serializable_data(content, check_fks=False, strict_fks=False)
    if specific is None:
        return None
    for field in ("id", "path", "depth", "numchild", "url_path", "content_type_id", "live", "locale_id",
                  "translation_key", "first_published_at", "last_published_at", "live_revision_id",
                  "latest_revision_id", "alias_of_id", "expire_at", "go_live_at"):
        setattr(specific, field, getattr(page, field))
    specific._state.adding, specific._state.db = False, page._state.db
    return specific


def specific_pages(pages):
    """{page id: specific page} for a page of results, in a bounded number of queries whatever the number of
    page types on it: one query reads the published revisions of every result. Page types whose public fields
    also change outside revisions (`fields_outside_revisions`, e.g. a portrait's consent, copied to every
    translation at once) and pages without a published revision are read from their own tables instead."""
    from wagtail.models import Revision

    from_revision, from_rows = {}, {}
    for page in pages:
        model = page.specific_class
        if model is None:
            continue
        if page.live_revision_id and not getattr(model, "fields_outside_revisions", ()):
            from_revision[page.live_revision_id] = page
        else:
            from_rows.setdefault(model, []).append(page.pk)
    specific = {}
    for revision_id, content in Revision.objects.filter(pk__in=from_revision).values_list("pk", "content"):
        page = from_revision[revision_id]
        try:
            built = _from_live_revision(page, content)
        except Exception:  # noqa: BLE001 - a revision of an older schema: read the row instead
            built = None
        if built is None:
            from_rows.setdefault(page.specific_class, []).append(page.pk)
        else:
            specific[page.pk] = built
    for page in from_revision.values():
        if page.pk not in specific and page.pk not in from_rows.get(page.specific_class, []):
            from_rows.setdefault(page.specific_class, []).append(page.pk)  # revision gone
    for model, ids in from_rows.items():
        specific.update((page.pk, page) for page in model._default_manager.filter(pk__in=ids))
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
    """Public host structures of one language, when the directory app defines them and its page is public."""

    key = "structures"
    kind = "directory.hoststructure"

    def __init__(self, locale):
        self.locale = locale
        self.model = self._model()

    @staticmethod
    def _model():
        try:
            model = apps.get_model("directory", "HostStructure")
        except LookupError:
            return None
        return model if hasattr(model, "search_fields") and hasattr(model, "get_url") else None

    @staticmethod
    def _directory_pages():
        """The live directory pages (remembered plain pages), in tree order."""
        from home.lookups import live_pages

        try:
            content_type = ContentType.objects.get_by_natural_key("directory", "directoryindexpage")
        except ContentType.DoesNotExist:
            return []
        return [page for page in live_pages().by_path.values() if page.content_type_id == content_type.pk]

    def available(self):
        if self.model is None:
            return False
        from home.lookups import is_public

        return any(page.locale_id == self.locale.pk and is_public(page) for page in self._directory_pages())

    def _url_getter(self, request):
        """structure -> URL, the language's directory page found once rather than once per structure."""
        from home.lookups import light_specific

        index = next((page for page in self._directory_pages() if page.locale_id == self.locale.pk), None)
        index = light_specific(index) if index is not None else None
        if index is None or not hasattr(index, "structure_url"):
            return lambda structure: structure.get_url(request)
        return lambda structure: index.structure_url(structure, request)

    def base_queryset(self):
        queryset = self.model.objects.filter(locale=self.locale)
        if any(field.name == "is_public" for field in self.model._meta.fields):
            queryset = queryset.filter(is_public=True)
        return queryset

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
