"""Writing the database engine's index (StructureSearchEntry + StructureSearchText + vocabulary) from records."""

from django.db import connection, transaction

from search.text import LANGUAGES, PG_CONFIGS, analysed_text, index_terms, sort_key, words

from .facets import FACETS
from .models import SearchTerm, StructureSearchEntry, StructureSearchText
from . import stored_counts
from .registry import BitRegistry

VOCABULARY_MIN_LENGTH = 4
VOCABULARY_MAX_LENGTH = 40


def is_postgres():
    return connection.vendor == "postgresql"


def _entry(record, registry):
    values = {
        "translation_key": record.translation_key,
        "structure_fr": record.structure_id("fr"),
        "structure_es": record.structure_id("es"),
        "structure_en": record.structure_id("en"),
        "name": record.name[:255],
        "sort_name": sort_key(record.name),
        "last_hosted_year": record.last_hosted_year,
        "confirmed_at": record.confirmed_at,  # the "confirmed" trust label ages: computed at search time
        "latitude": record.latitude,
        "longitude": record.longitude,
    }
    for spec in FACETS:
        found = record.facet_values(spec)
        if spec.kind == "single":
            values[spec.column] = found[0] if found else ""
        else:
            mask = 0
            for bit in registry.ensure(spec, found):
                mask |= 1 << bit
            values[spec.column] = mask
    return StructureSearchEntry(**values)


def _name_text(record):
    return f"{record.name} {record.acronym}".strip()


def _text(entry, record, postgres):
    if postgres:
        return StructureSearchText(entry=entry)
    name = _name_text(record)
    return StructureSearchText(
        entry=entry,
        name_terms=" " + " ".join(sorted({term for language in LANGUAGES
                                            for term in index_terms(name, language).split()})) + " ",
        **{f"terms_{language}": index_terms(f"{name} {record.text(language)}", language) for language in LANGUAGES},
    )


# Each language's text has its own weight letter in the one vector; the name is A. A reader's ranking weighs
# their language's letter above the others (text_matching.PostgresText.rank).
LANGUAGE_WEIGHTS = {"fr": "B", "es": "C", "en": "D"}


def _vector_sql():
    """The one tsvector searched in every language: the name under every language's stemmer (A) and each
    language's text under its own stemmer and weight letter (LANGUAGE_WEIGHTS), so a word typed in any
    language matches."""
    parts = [f"setweight(to_tsvector('{config}', v.name), 'A')" for config in PG_CONFIGS.values()]
    parts += [f"setweight(to_tsvector('{config}', v.{language}), '{LANGUAGE_WEIGHTS[language]}')"
              for language, config in PG_CONFIGS.items()]
    return " || ".join(parts)


def _vectors(records):
    """The PostgreSQL vectors of `records` (see _vector_sql), as tsvector text, computed before the entries are
    inserted: filling them by an UPDATE afterwards would leave a dead copy of every row behind."""
    rows, params = [], []
    for index, record in enumerate(records):
        rows.append("(%s, %s, %s, %s, %s)")
        # Analysed here (elision, stop words, then folding): the same words whether or not PostgreSQL
        # has the unaccent extension.
        params += [index, analysed_text(_name_text(record)),
                   *(analysed_text(record.text(language), language) for language in LANGUAGES)]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({_vector_sql()})::text FROM (VALUES {', '.join(rows)}) AS v(i, name, fr, es, en) "
                       f"ORDER BY v.i", params)
        return [row[0] for row in cursor.fetchall()]


def _vocabulary(records):
    terms = set()
    for record in records:
        for text in (record.name, record.acronym, record.city, *record.texts.values()):
            terms.update(word for word in words(text)
                         if VOCABULARY_MIN_LENGTH <= len(word) <= VOCABULARY_MAX_LENGTH and word.isalpha())
    return terms


def write(records, registry=None, vocabulary=True):
    """Index `records`, replacing what was indexed for their structures."""
    if not records:
        return
    registry = registry or BitRegistry.load(fresh=True)
    postgres = is_postgres()
    with transaction.atomic():
        delete([record.translation_key for record in records])
        entries = [_entry(record, registry) for record in records]
        if postgres:
            for entry, vector in zip(entries, _vectors(records)):
                entry.vector = vector
        entries = StructureSearchEntry.objects.bulk_create(entries)
        StructureSearchText.objects.bulk_create([_text(entry, record, postgres)
                                                 for entry, record in zip(entries, records)])
        if vocabulary:
            add_vocabulary(_vocabulary(records))


def add_vocabulary(terms):
    SearchTerm.objects.bulk_create([SearchTerm(term=term) for term in sorted(terms)], ignore_conflicts=True,
                                   batch_size=1000)


def _raw_delete(queryset):
    # A plain DELETE: the site's page cache listens to every model's post_delete, which would otherwise make
    # Django load and signal each of (up to) 50,000 rows. Index rows mean nothing to other listeners.
    queryset._raw_delete(queryset.db)


def delete(translation_keys):
    entries = StructureSearchEntry.objects.filter(translation_key__in=[str(key) for key in translation_keys])
    _raw_delete(StructureSearchText.objects.filter(entry__in=entries))
    _raw_delete(entries)
    stored_counts.invalidate()


def clear():
    for model in (StructureSearchText, StructureSearchEntry, SearchTerm):
        _raw_delete(model.objects.all())
    stored_counts.invalidate()
