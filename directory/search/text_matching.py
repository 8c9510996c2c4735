"""Full-text matching and ranking for the database engine: PostgreSQL text search, or stems on SQLite.

Both receive only the words of `search.text.query_words` (letters and digits), so nothing typed is ever syntax.
Semantics shared by both: every word must match (AND), in any language (the reader's language ranks first),
as a word prefix (so "educ" finds "éducation"), or through the concept it names (thesaurus.py: "niños" finds
every structure of the area children-youth).

Ranking goes by tiers, the same on both databases, so that a better kind of match always outranks a lesser one
whatever the counts (per word, added up over the words):
    the word names a concept the structure is filed under      CONCEPT_WEIGHT
    a whole word of the name or acronym                         NAME_WEIGHT
    a whole word of the reader's language's text                OWN_WEIGHT
    a whole word of another language's text                     OTHER_WEIGHT
    only a prefix                                               below 1 (PREFIX_WEIGHT, or ts_rank on PostgreSQL)
"""

import difflib
from functools import reduce
from operator import add, or_

from django.contrib.postgres.search import SearchQueryField, SearchRank, TrigramSimilarity
from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, Func, Q, Value, When
from django.db.models.functions import Least, Length
from django.db.models.lookups import GreaterThan

from search.text import LANGUAGES, PG_CONFIGS, stem

from .caching import cached_in_process
from .database_index import LANGUAGE_WEIGHTS, is_postgres
from .models import SearchTerm

CONCEPT_WEIGHT, NAME_WEIGHT, OWN_WEIGHT, OTHER_WEIGHT = 1000.0, 100.0, 10.0, 5.0
PREFIX_WEIGHT = 0.5  # SQLite: a prefix match in the name or any text
# PostgreSQL prefix ranking: ts_rank's weights for the letters D, C, B, A — the name (A) first, then the
# reader's language (its letter, database_index.LANGUAGE_WEIGHTS), then the others; capped below 1.
PG_NAME_WEIGHT, PG_OWN_WEIGHT, PG_OTHER_WEIGHT = 1.0, 0.4, 0.1
PG_RANK_WEIGHTS = {language: [PG_OWN_WEIGHT if letter == LANGUAGE_WEIGHTS[language] else PG_OTHER_WEIGHT
                              for letter in "DCB"] + [PG_NAME_WEIGHT] for language in LANGUAGE_WEIGHTS}
SUGGESTION_SIMILARITY = 0.35


def _score(condition, weight):
    return Case(When(condition, then=Value(weight)), default=Value(0.0), output_field=FloatField())


def _concept_condition(masks):
    """Q: the structure is filed under one of the concepts ({column: mask}), or None without concepts."""
    conditions = [Q(GreaterThan(F(column).bitand(mask), 0)) for column, mask in sorted(masks.items()) if mask]
    return reduce(or_, conditions) if conditions else None


class SqliteText:
    """Prefix and whole-word matches on the stored ' stem stem … ' columns (search.text.index_terms)."""

    def condition(self, words, language, concepts=None):
        conditions = []
        for index, word in enumerate(words):
            concept = _concept_condition(concepts[index]) if concepts else None
            # A word naming a concept is a whole word: "santé" must not find "Santa María" as a prefix.
            end = " " if concept is not None else ""
            text = reduce(or_, (Q(**{f"text__terms_{other}__contains": f" {stem(word, other)}{end}"})
                                for other in LANGUAGES))
            conditions.append(text | concept if concept is not None else text)
        return conditions

    def rank(self, words, language, concepts=None):
        parts = []
        for index, word in enumerate(words):
            stems = sorted({stem(word, other) for other in LANGUAGES})
            concept = _concept_condition(concepts[index]) if concepts else None
            if concept is not None:
                parts.append(_score(concept, CONCEPT_WEIGHT))
            parts.append(_score(reduce(or_, (Q(text__name_terms__contains=f" {value} ") for value in stems)),
                                NAME_WEIGHT))
            parts.append(_score(Q(**{f"text__terms_{language}__contains": f" {stem(word, language)} "}),
                                OWN_WEIGHT))
            others = [Q(**{f"text__terms_{other}__contains": f" {stem(word, other)} "})
                      for other in LANGUAGES if other != language]
            parts.append(_score(reduce(or_, others), OTHER_WEIGHT))
            parts.append(_score(reduce(or_, [Q(text__name_terms__contains=" " + value) for value in stems]
                                       + [Q(**{f"text__terms_{other}__contains": " " + stem(word, other)})
                                          for other in LANGUAGES]), PREFIX_WEIGHT))
        return reduce(add, parts)


class TSQuery(Func):
    """A tsquery given as text (already parsed by PostgreSQL): a constant, not re-parsed for every row."""

    template = "%(expressions)s::tsquery"
    output_field = SearchQueryField()


class Matches(Func):
    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def _any(forms, suffix=""):
    """A tsquery matching any of `forms` (each a parsed lexeme such as 'sant'), with an optional weight suffix."""
    return "(" + " | ".join(f"({form}{suffix})" for form in forms) + ")"


class PostgresText:
    """One tsvector per entry holding every language's words (database_index._vector_sql), GIN-indexed.

    A word matches when any language's stemmer (with unaccent) finds it, as a prefix; every word must match.
    The tsqueries are parsed once, in a tiny query of their own, then used as constants.
    """

    def __init__(self):
        self._parsed = {}

    def _forms(self, words):
        """[(whole forms, prefix forms)] per word: each distinct lexeme the three stemmers make of it."""
        key = tuple(words)
        if key not in self._parsed:
            # The same words are parsed the same way by every search (count, hits, the site search's page):
            # once per process and content version.
            self._parsed[key] = cached_in_process("tsquery-forms", key, lambda: self._parse(words))
        return self._parsed[key]

    @staticmethod
    def _parse(words):
        # Raw tsquery syntax is safe: words are letters and digits only (search.text.query_words).
        configs = list(PG_CONFIGS.values())
        parsed = [f"to_tsquery('{config}', %s)::text" for _word in words for config in configs for _kind in "wp"]
        params = [value for word in words for _config in configs for value in (word, f"{word}:*")]
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {', '.join(parsed)}", params)
            row = cursor.fetchone()
        size = 2 * len(configs)
        found = []
        for start in range(0, len(row), size):
            chunk = row[start:start + size]
            # The stemmers often agree: each distinct form once, or the planner counts a word's share of
            # the rows once per language and takes a broad word for a scan of the whole table.
            whole = list(dict.fromkeys(form for form in chunk[0::2] if form and " " not in form))
            prefix = list(dict.fromkeys(form for form in chunk[1::2] if form))
            found.append((whole, prefix))
        return found

    def condition(self, words, language, concepts=None):
        forms = self._forms(words)
        plain = [prefix for index, (_whole, prefix) in enumerate(forms)
                 if prefix and not (concepts and concepts[index])]
        conditions = []
        if plain:
            conditions.append(Matches(F("vector"), TSQuery(Value(" & ".join(_any(prefix) for prefix in plain)))))
        for index in range(len(forms)):
            concept = _concept_condition(concepts[index]) if concepts else None
            # A word naming a concept finds what is filed under it, as the facet does: snowball stems "santé"
            # and "santa" alike, so its text would also find "Santa María" (a name, or a town in a description).
            if concept is not None:
                conditions.append(concept)
        return conditions  # only words PostgreSQL ignores everywhere: no text condition

    def rank(self, words, language, concepts=None):
        forms = self._forms(words)
        own_letter = LANGUAGE_WEIGHTS[language]
        other_letters = "".join(letter for letter in "BCD" if letter != own_letter)
        parts = []
        for index, (whole, prefix) in enumerate(forms):
            concept = _concept_condition(concepts[index]) if concepts else None
            if concept is not None:
                parts.append(_score(concept, CONCEPT_WEIGHT))
            if whole:
                for letters, weight in (("A", NAME_WEIGHT), (own_letter, OWN_WEIGHT), (other_letters, OTHER_WEIGHT)):
                    parts.append(_score(Q(Matches(F("vector"), TSQuery(Value(_any(whole, ":" + letters))))), weight))
        prefixes = [_any(prefix) for _whole, prefix in forms if prefix]
        if prefixes:
            # ts_rank orders prefix matches among themselves; capped so it never climbs a tier.
            parts.append(Least(SearchRank(F("vector"), TSQuery(Value(" | ".join(prefixes))),
                                          weights=PG_RANK_WEIGHTS[language]),
                               Value(0.99, output_field=FloatField())))
        return reduce(add, parts) if parts else Value(0.0, output_field=FloatField())


def text_engine():
    return PostgresText() if is_postgres() else SqliteText()


def _has_trigram():
    if not is_postgres():
        return False
    if not hasattr(_has_trigram, "cached"):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            _has_trigram.cached = cursor.fetchone() is not None
    return _has_trigram.cached


def _closest(word):
    """The vocabulary word nearest to `word` (trigram similarity on PostgreSQL, difflib elsewhere)."""
    if _has_trigram():
        match = (SearchTerm.objects.annotate(similarity=TrigramSimilarity("term", word))
                 .filter(similarity__gte=SUGGESTION_SIMILARITY).order_by("-similarity", "term")
                 .values_list("term", flat=True).first())
        return match
    # Typos rarely touch both the first two letters: a cheap prefilter before difflib's comparison.
    candidates = SearchTerm.objects.annotate(length=Length("term")).filter(
        Q(term__startswith=word[0]) | Q(term__contains=word[1:3]),
        length__gte=len(word) - 2, length__lte=len(word) + 2).values_list("term", flat=True)
    matches = difflib.get_close_matches(word, list(candidates[:5000]), n=1, cutoff=0.75)
    return matches[0] if matches else None


def suggest(words):
    """A corrected list of words, or None when every word is known (or nothing close exists)."""
    known = set(SearchTerm.objects.filter(term__in=words).values_list("term", flat=True))
    corrected, changed = [], False
    for word in words:
        if word in known or len(word) < 4 or not word.isalpha():
            corrected.append(word)
            continue
        if SearchTerm.objects.filter(term__startswith=word).exists():
            corrected.append(word)
            continue
        match = _closest(word)
        changed = changed or bool(match and match != word)
        corrected.append(match or word)
    return corrected if changed else None
