"""The Elasticsearch index of the directory: one document per structure, one text field per language.

Readers search through an alias (`<prefix>_directory`); `rebuild_directory_index` fills a new index in bulk
and swaps the alias in one atomic call, so searches never see a half-built index.
"""

import logging
import time

from django.conf import settings
from elasticsearch_dsl import (
    Date, Document, GeoPoint, Integer, Keyword, Long, MetaField, Text, analyzer, normalizer, token_filter,
)

from search.backends.analysis import ANALYZER_NAMES, FILTERS, FOLDED_ANALYZER, FOLDED_CHAIN, LANGUAGE_CHAINS

from .elasticsearch import client, cluster_config
from .facets import FACETS

logger = logging.getLogger(__name__)
MAX_RESULT_WINDOW = 200_000  # deep pages of a 50,000-structure directory stay reachable


def _analyzer(name, chain):
    return analyzer(name, tokenizer="standard", filter=[
        token_filter(step, **FILTERS[step]) if step in FILTERS else step for step in chain])


# The site search's analyzers (search/backends/analysis.py), so both searches read words the same way.
LANGUAGE_ANALYZERS = {language: _analyzer(ANALYZER_NAMES[language], chain)
                      for language, chain in LANGUAGE_CHAINS.items()}
folded = _analyzer(FOLDED_ANALYZER, FOLDED_CHAIN)
sort_normalizer = normalizer("directory_sort", filter=["lowercase", "asciifolding"])


class StructureDocument(Document):
    translation_key = Keyword()
    structure_fr = Long()
    structure_es = Long()
    structure_en = Long()
    own_rows = Keyword()  # languages with a row of their own (SearchQuery.own_row_only)
    name = Text(analyzer=folded, copy_to="suggest", fields={
        "sort": Keyword(normalizer=sort_normalizer),
        **{language: Text(analyzer=built) for language, built in LANGUAGE_ANALYZERS.items()}})
    acronym = Text(analyzer=folded, copy_to="suggest")
    text_fr = Text(analyzer=LANGUAGE_ANALYZERS["fr"], copy_to="suggest")
    text_es = Text(analyzer=LANGUAGE_ANALYZERS["es"], copy_to="suggest")
    text_en = Text(analyzer=LANGUAGE_ANALYZERS["en"], copy_to="suggest")
    # Words as written (folded, unstemmed): the vocabulary of "did you mean".
    suggest = Text(analyzer=folded)
    region = Keyword()
    city = Keyword()
    areas = Keyword()
    schemes = Keyword()
    languages = Keyword()
    status = Keyword()
    accommodation = Keyword()
    years = Keyword()
    labels = Keyword()
    confirmed_at = Date()
    needs_open_until = Date()  # closing dates of open volunteer needs (filter "needs=open", compared with today)
    last_hosted_year = Integer()
    location = GeoPoint()

    class Meta:
        # A field the mapping does not declare is refused, never guessed (a typo would silently add a field).
        dynamic = MetaField("strict")

    class Index:
        name = "directory-unbound"  # every call names the alias or the new index explicitly
        settings = {"number_of_shards": 1, "number_of_replicas": 0, "max_result_window": MAX_RESULT_WINDOW}

    @classmethod
    def from_record(cls, record):
        document = cls(
            meta={"id": record.translation_key},
            translation_key=record.translation_key,
            name=record.name,
            acronym=record.acronym,
            last_hosted_year=record.last_hosted_year,
            confirmed_at=record.confirmed_at,
            needs_open_until=record.needs_open_until,
            **{f"structure_{language}": record.structure_id(language) for language in LANGUAGE_ANALYZERS},
            own_rows=[language for language in LANGUAGE_ANALYZERS if record.has_own_row(language)],
            **{f"text_{language}": record.text(language) for language in LANGUAGE_ANALYZERS},
            **{spec.column: record.facet_values(spec) for spec in FACETS},
        )
        if record.latitude is not None and record.longitude is not None:
            document.location = {"lat": record.latitude, "lon": record.longitude}
        return document


def alias_name():
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}_directory"


def index_body():
    """Settings and mappings of a directory index, as sent to Elasticsearch (checked by unit tests)."""
    return StructureDocument._index.clone(name=alias_name()).to_dict()


def _actions(records, index):
    for record in records:
        yield StructureDocument.from_record(record).to_dict(include_meta=True) | {"_index": index}


def _body(response):
    return getattr(response, "body", response)  # the Elasticsearch client wraps answers, OpenSearch's does not


def _bulk_to_alias(actions):
    """Send `actions` to the alias only: before the first rebuild there is no alias, and a write must not create
    an index with guessed (dynamic) mappings in its place. Returns the number of documents not written."""
    bulk, _streaming = cluster_config().bulk_helpers()
    _done, errors = bulk(client(maintenance=True), actions, raise_on_error=False, require_alias=True, refresh="wait_for")
    missing = [error for error in errors if next(iter(error.values())).get("status") == 404]
    if missing and any("index_not_found" in str(error) for error in missing):
        logger.warning("The directory index %s does not exist yet: run `manage.py rebuild_directory_index`",
                       alias_name())
    return len(errors)


def write(records, index=None):
    if not records:
        return 0
    if index:
        bulk, _streaming = cluster_config().bulk_helpers()
        bulk(client(maintenance=True), _actions(records, index), refresh="wait_for")
        return 0
    return _bulk_to_alias(_actions(records, alias_name()))


def delete(translation_keys):
    actions = [{"_op_type": "delete", "_index": alias_name(), "_id": str(key)} for key in translation_keys]
    return _bulk_to_alias(actions) if actions else 0


def create_index():
    """A new, empty index named after the alias and the time; returns its name."""
    name = f"{alias_name()}_{time.strftime('%Y%m%d%H%M%S')}_{time.time_ns() % 1_000_000:06d}"
    body = index_body()
    client(maintenance=True).indices.create(index=name, body={"settings": body.get("settings"), "mappings": body.get("mappings")})
    return name


def fill_index(name, batches, progress=None):
    """Bulk-load batches of records into index `name`, advancing `progress` per document."""
    _bulk, streaming_bulk = cluster_config().bulk_helpers()

    def actions():
        for batch in batches:
            yield from _actions(batch, name)

    for _ok, _item in streaming_bulk(client(maintenance=True), actions(), chunk_size=500, raise_on_error=True):
        if progress is not None:
            progress.advance()
    client(maintenance=True).indices.refresh(index=name)


def swap_alias(new_index):
    """Point the alias at `new_index` in one atomic call, then drop the indexes it pointed to before."""
    alias, es = alias_name(), client(maintenance=True)
    old = list(_body(es.indices.get_alias(name=alias)).keys()) if es.indices.exists_alias(name=alias) else []
    if es.indices.exists(index=alias) and not old:
        es.indices.delete(index=alias)  # a plain index squatting the alias's name (first run of an old setup)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": new_index, "alias": alias}})
    es.indices.update_aliases(body={"actions": actions})
    for index in old:
        if index != new_index:
            es.indices.delete(index=index)
    return old
