"""Full-text matching and ranking for the database engine: PostgreSQL text search, or stems on SQLite.

Both receive only the words of `text.query_words` (letters and digits), so nothing typed is ever syntax.
Semantics shared by both: every word must match (AND), in any language (the reader's language ranks first),
as a word prefix (so "educ" finds "éducation").
"""

import difflib
from functools import reduce
from operator import add, or_

from django.contrib.postgres.search import SearchQueryField, SearchRank, TrigramSimilarity
from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, Func, IntegerField, Q, Value, When
from django.db.models.functions import Length

from .dbindex import LANGUAGE_WEIGHTS, PG_CONFIGS, is_postgres
from .models import SearchTerm
from .text import LANGUAGES, stem

NAME_WEIGHT, OWN_WEIGHT, OTHER_WEIGHT = 4, 2, 1  # SQLite ranking
# PostgreSQL ranking: ts_rank's weights for the letters D, C, B, A — the name (A) first, then the reader's
# language (its letter, dbindex.LANGUAGE_WEIGHTS), then the others.
PG_NAME_WEIGHT, PG_OWN_WEIGHT, PG_OTHER_WEIGHT = 1.0, 0.4, 0.1
PG_RANK_WEIGHTS = {language: [PG_OWN_WEIGHT if letter == LANGUAGE_WEIGHTS[language] else PG_OTHER_WEIGHT
                              for letter in "DCB"] + [PG_NAME_WEIGHT] for language in LANGUAGE_WEIGHTS}
SUGGESTION_SIMILARITY = 0.35


class SqliteText:
    """Prefix matches on the stored ' stem stem … ' columns (text.index_terms)."""

    def condition(self, words, language):
        return [reduce(or_, (Q(**{f"text__terms_{other}__contains": " " + stem(word, other)})
                             for other in LANGUAGES)) for word in words]

    def rank(self, words, language):
        def when(lookup, value, weight):
            return Case(When(Q(**{lookup: " " + value}), then=Value(weight)), default=Value(0),
                        output_field=IntegerField())

        parts = []
        for word in words:
            stems = {stem(word, other) for other in LANGUAGES}
            parts += [when("text__name_terms__contains", value, NAME_WEIGHT) for value in sorted(stems)]
            parts.append(when(f"text__terms_{language}__contains", stem(word, language), OWN_WEIGHT))
            parts += [when(f"text__terms_{other}__contains", stem(word, other), OTHER_WEIGHT)
                      for other in LANGUAGES if other != language]
        return reduce(add, parts)


class TSQuery(Func):
    """A tsquery given as text (already parsed by PostgreSQL): a constant, not re-parsed for every row."""

    template = "%(expressions)s::tsquery"
    output_field = SearchQueryField()


class Matches(Func):
    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class PostgresText:
    """One tsvector per entry holding every language's words (dbindex._vector_sql), GIN-indexed.

    A word matches when any language's stemmer (with unaccent) finds it, as a prefix; every word must match.
    The tsquery is parsed once, in a tiny query of its own, then used as a constant.
    """

    def __init__(self):
        self._parsed = {}

    def _tsquery(self, words):
        key = tuple(words)
        if key not in self._parsed:
            # Raw tsquery syntax is safe: words are letters and digits only (text.query_words).
            parsed = [f"to_tsquery('{config}', %s)::text" for _word in words for config in PG_CONFIGS.values()]
            params = [f"{word}:*" for word in words for _config in PG_CONFIGS]
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT {', '.join(parsed)}", params)
                row = cursor.fetchone()
            # The stemmers often agree: each distinct form once, or the planner counts a word's share of the
            # rows once per language and takes a broad word for a scan of the whole table.
            size = len(PG_CONFIGS)
            alternatives = [list(dict.fromkeys(form for form in row[i:i + size] if form))
                            for i in range(0, len(row), size)]
            self._parsed[key] = " & ".join("(" + " | ".join(f"({form})" for form in forms) + ")"
                                           for forms in alternatives if forms)
        return self._parsed[key]

    def condition(self, words, language):
        parsed = self._tsquery(words)
        if not parsed:
            return []  # only words PostgreSQL ignores everywhere: no text condition
        return [Matches(F("vector"), TSQuery(Value(parsed)))]

    def rank(self, words, language):
        parsed = self._tsquery(words)
        if not parsed:
            return Value(0.0, output_field=FloatField())
        return SearchRank(F("vector"), TSQuery(Value(parsed)), weights=PG_RANK_WEIGHTS[language])


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
