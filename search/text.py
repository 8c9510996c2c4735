"""The one text analysis of the site: cleaning, elision, stop words, accent folding and stemming (fr, es, en).

Both searches use it: the site search (its query log, excerpts and SQLite word variants) and the directory
search (query words, SQLite index terms, the text sent to PostgreSQL). PostgreSQL's text-search
configurations `fvp_fr`, `fvp_es`, `fvp_en` and `fvp_simple` (search/migrations/0003) apply the same steps in
the same order, so the engines agree on which words count:

    elision ("l'enfance" -> "enfance") -> stop words, on the accented word ("à", "él", "été" go) ->
    accent and case folding ("Éducation" -> "education") -> stemming (a light stemmer here; snowball in
    PostgreSQL, light_* in Elasticsearch).

Stop words go before folding: folded, "été" would become "ete", which no stop list holds.
Readers' text never reaches a search engine as syntax: a query is reduced to plain words (letters and
digits), which every backend then quotes or escapes itself.
"""

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("fr", "es", "en")
# The snowball stop lists, as PostgreSQL ships them (search/stop_words/).
STOP_WORD_FILES = {"fr": "french", "es": "spanish", "en": "english"}
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MIN_WORD_LENGTH = 2

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Letters and digits; everything else (quotes, *, :, (, ~, \, punctuation, underscores) separates words.
_WORD = re.compile(r"[^\W_]+")
# French (and Catalan-like) elided articles and pronouns before an apostrophe: l'enfance, d'accueil, qu'elle.
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ](?=\w)", re.IGNORECASE)
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"})


# --- cleaning ----------------------------------------------------------------------------------------------

def strip_control(value):
    """The text without control characters (NUL and friends break databases and logs)."""
    return _CONTROL.sub(" ", value or "")


def clean_query(raw):
    """What we keep of the reader's input: no control characters, collapsed spaces, a bounded length."""
    text = " ".join(strip_control(raw).split())
    return text[:MAX_QUERY_LENGTH].strip()


def elide(text):
    """The text without French elided articles: "l'enfance d'abord" -> "enfance abord"."""
    return _ELISION.sub("", text or "")


# --- folding -----------------------------------------------------------------------------------------------

def fold_char(char):
    """One character without case nor accent, still one character (so positions stay aligned)."""
    decomposed = unicodedata.normalize("NFD", char)
    base = next((c for c in decomposed if not unicodedata.combining(c)), char)
    lowered = base.lower()
    return lowered[0] if lowered else base


def fold(text):
    """Case- and accent-insensitive form of a text, the same length as the text (for excerpts)."""
    return "".join(fold_char(char) for char in text)


def unaccent(value):
    """Case- and accent-insensitive form of a text, ligatures spelt out ("Œuvre" -> "oeuvre")."""
    value = unicodedata.normalize("NFKD", (value or "").casefold().translate(_LIGATURES))
    return "".join(char for char in value if not unicodedata.combining(char)).translate(_LIGATURES)


# --- stop words --------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def stop_words(language=None):
    """The stop words of a language (lower case, accents kept), or of all three when `language` is None."""
    if language is None:
        return frozenset().union(*(stop_words(code) for code in LANGUAGES))
    path = Path(__file__).with_name("stop_words") / f"{STOP_WORD_FILES[language]}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def is_stop_word(word, language=None):
    return word.casefold() in stop_words(language)


# --- words -------------------------------------------------------------------------------------------------

def raw_words(value):
    """Lower-case words of `value` after elision, accents kept, stop words included."""
    return _WORD.findall(elide(value).casefold())


def words(value):
    """Folded lower-case words of `value`, in order, stop words included (vocabulary, sort keys)."""
    return _WORD.findall(unaccent(elide(value)))


def content_words(value, language=None):
    """Folded words of `value` that carry meaning: stop words dropped BEFORE folding, in order, repeats kept."""
    stops = stop_words(language)
    return [folded for word in raw_words(value) if word not in stops for folded in _WORD.findall(unaccent(word))]


def analysed_text(value, language=None):
    """`value` as the search engines should read it: content words, folded, separated by spaces."""
    return " ".join(content_words(value, language))


def query_words(value):
    """The words of a reader's query that carry meaning: no stop words of any of the three languages, no
    single letters, no repeats, a bounded count. Every query is matched in every language."""
    seen = []
    for word in content_words(value):
        if len(word) >= MIN_WORD_LENGTH and word not in seen:
            seen.append(word)
    return seen[:MAX_TERMS]


def query_terms(text):
    """The words of a cleaned query, in order, without duplicates, accents kept: what the site search's
    engines receive (they fold and stem themselves)."""
    terms = []
    for word in _WORD.findall(elide(text)):
        if word.lower() not in (t.lower() for t in terms):
            terms.append(word)
    return terms[:MAX_TERMS]


def normalise_for_log(text):
    """The form a query is counted under: lower case, single spaces (accents kept, for readability)."""
    return " ".join(query_terms(text)).lower()


def looks_personal(text):
    """Queries that look like an e-mail address or a phone number are not logged."""
    return "@" in text or len(re.sub(r"\D", "", text)) >= 6


def sort_key(value):
    """A name as it sorts for readers: without accents, case or leading punctuation."""
    return " ".join(words(value))[:200]


# --- stemming ----------------------------------------------------------------------------------------------
# Light stemmers (plurals, gender, a few suffixes) for SQLite, which has no linguistic search: they make
# "volontaires" meet "volontaire", "voluntarias" meet "voluntario", "volunteers" meet "volunteer".
# PostgreSQL and Elasticsearch use their own stemmers on the same folded words.

def _stem_fr(word):
    if len(word) > 5 and word.endswith("aux"):
        return word[:-3] + "al"
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def _stem_es(word):
    if len(word) > 5 and word.endswith("ces"):
        word = word[:-3] + "z"
    elif len(word) > 5 and word.endswith("iones"):
        word = word[:-2]
    elif len(word) > 4 and word.endswith("es") and word[-3] not in "aeiou":
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and word[-2] in "aeiou":
        word = word[:-1]
    if len(word) > 4 and word[-1] in "oa":
        word = word[:-1]
    return word


def _stem_en(word):
    # Harman's "S" stemmer: plurals only, which is all a directory search needs.
    if len(word) > 4 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


STEMMERS = {"fr": _stem_fr, "es": _stem_es, "en": _stem_en}


def stem(word, language):
    """The light stem of a folded word (digits and codes are left as they are)."""
    return STEMMERS[language](word) if word.isalpha() else word


def index_terms(text, language):
    """Space-delimited stems of `text` for the SQLite engine: ' stem1 stem2 … ' so ' prefix' matches a word start."""
    stems = dict.fromkeys(stem(word, language) for word in content_words(text))
    return " " + " ".join(stems) + " " if stems else ""


def word_variants(term):
    """The term plus its likely singular/plural forms (a handful at most), lower-cased: the site search's
    SQLite backend (FTS5) has no stemming, so "volontaires" also tries "volontaire" and the reverse."""
    word = term.lower()
    variants = [word]
    if len(word) < 4 or word.isdigit():
        return variants
    if word.endswith("eaux"):  # bureaux -> bureau
        variants.append(word[:-1])
    elif word.endswith("aux"):  # journaux -> journal
        variants.append(word[:-3] + "al")
    elif word.endswith("ces"):  # voces -> voz, services -> service
        variants += [word[:-3] + "z", word[:-1]]
    elif word.endswith("es"):  # volontaires -> volontaire, reciprocidades -> reciprocidad
        variants += [word[:-1], word[:-2]]
    elif word.endswith(("s", "x")):
        variants.append(word[:-1])
    elif word[-1] in "dlnrz":  # reciprocidad -> reciprocidades, volunteer -> volunteers
        variants += [word + "es", word + "s"]
    else:
        variants.append(word + "s")
    return list(dict.fromkeys(variants))


# --- PostgreSQL ----------------------------------------------------------------------------------------------
# The one family of text-search configurations (search/migrations/0003_one_text_search_family): for each
# language, the stop words (accented, before anything else), then unaccent, then the snowball stemmer.
# `fvp_simple` folds without stemming, for prefixes (autocomplete) and objects without a language.
PG_CONFIGS = {"fr": "fvp_fr", "es": "fvp_es", "en": "fvp_en"}
PG_SIMPLE_CONFIG = "fvp_simple"
