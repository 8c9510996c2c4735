"""The Elasticsearch index of the directory: one document per structure, one text field per language.

Readers search through an alias (`<prefix>_directory`); `rebuild_directory_index` fills a new index in bulk
and swaps the alias in one atomic call, so searches never see a half-built index.
"""

import time

from django.conf import settings
from elasticsearch.helpers import bulk, streaming_bulk
from elasticsearch_dsl import Date, Document, GeoPoint, Integer, Keyword, Long, Text, analyzer, normalizer, token_filter

from .elasticsearch import client
from .facets import FACETS

MAX_RESULT_WINDOW = 200_000  # deep pages of a 50,000-structure directory stay reachable

french_elision = token_filter("directory_french_elision", type="elision", articles_case=True,
                              articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
                                        "lorsqu", "puisqu"])
# Accents are folded before stemming so "éducation" and "education" reach the stemmer as the same word.
LANGUAGE_ANALYZERS = {
    "fr": analyzer("directory_french", tokenizer="standard", filter=[
        french_elision, "lowercase", "asciifolding",
        token_filter("directory_french_stop", type="stop", stopwords="_french_"),
        token_filter("directory_french_stem", type="stemmer", language="light_french")]),
    "es": analyzer("directory_spanish", tokenizer="standard", filter=[
        "lowercase", "asciifolding",
        token_filter("directory_spanish_stop", type="stop", stopwords="_spanish_"),
        token_filter("directory_spanish_stem", type="stemmer", language="light_spanish")]),
    "en": analyzer("directory_english", tokenizer="standard", filter=[
        token_filter("directory_english_possessive", type="stemmer", language="possessive_english"),
        "lowercase", "asciifolding",
        token_filter("directory_english_stop", type="stop", stopwords="_english_"),
        token_filter("directory_english_stem", type="stemmer", language="minimal_english")]),
}
folded = analyzer("directory_folded", tokenizer="standard", filter=["lowercase", "asciifolding"])
sort_normalizer = normalizer("directory_sort", filter=["lowercase", "asciifolding"])


class StructureDocument(Document):
    translation_key = Keyword()
    structure_fr = Long()
    structure_es = Long()
    structure_en = Long()
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
    last_hosted_year = Integer()
    location = GeoPoint()

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
            **{f"structure_{language}": record.structure_id(language) for language in LANGUAGE_ANALYZERS},
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


def write(records, index=None):
    if records:
        bulk(client(), _actions(records, index or alias_name()), refresh="wait_for")


def delete(translation_keys, index=None):
    actions = [{"_op_type": "delete", "_index": index or alias_name(), "_id": str(key)} for key in translation_keys]
    if actions:
        bulk(client(), actions, raise_on_error=False, refresh="wait_for")


def create_index():
    """A new, empty index named after the alias and the time; returns its name."""
    name = f"{alias_name()}_{time.strftime('%Y%m%d%H%M%S')}_{time.time_ns() % 1_000_000:06d}"
    body = index_body()
    client().indices.create(index=name, settings=body.get("settings"), mappings=body.get("mappings"))
    return name


def fill_index(name, batches, progress=None):
    """Bulk-load batches of records into index `name`, advancing `progress` per document."""
    def actions():
        for batch in batches:
            yield from _actions(batch, name)

    for ok, item in streaming_bulk(client(), actions(), chunk_size=500, raise_on_error=True):
        if progress is not None:
            progress.advance()
    client().indices.refresh(index=name)


def swap_alias(new_index):
    """Point the alias at `new_index` in one atomic call, then drop the indexes it pointed to before."""
    alias, es = alias_name(), client()
    old = list(es.indices.get_alias(name=alias).keys()) if es.indices.exists_alias(name=alias) else []
    if es.indices.exists(index=alias) and not old:
        es.indices.delete(index=alias)  # a plain index squatting the alias's name (first run of an old setup)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": new_index, "alias": alias}})
    es.indices.update_aliases(actions=actions)
    for index in old:
        if index != new_index:
            es.indices.delete(index=index)
    return old
