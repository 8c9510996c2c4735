"""Text normalisation shared by every engine: accents, case, control characters, tokens and light stemming.

The stemmers are deliberately light (plurals, gender, a few suffixes): they only need to make "volontaires"
meet "volontaire", "voluntarias" meet "voluntario" and "volunteers" meet "volunteer" on SQLite, where no
linguistic search exists. PostgreSQL and Elasticsearch use their own snowball stemmers.
"""

import re
import unicodedata

from .stopwords import EN, ES, FR

LANGUAGES = ("fr", "es", "en")
STOPWORDS = FR | ES | EN
# Unicode letters and digits; everything else (quotes, *, :, (, ~, \, punctuation) separates words.
_TOKEN = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"})
MIN_TOKEN_LENGTH = 2
MAX_QUERY_TOKENS = 12


def strip_control(value):
    """The text without control characters (NUL and friends break databases and logs)."""
    return _CONTROL.sub(" ", value or "")


def unaccent(value):
    value = unicodedata.normalize("NFKD", (value or "").casefold().translate(_LIGATURES))
    return "".join(char for char in value if not unicodedata.combining(char)).translate(_LIGATURES)


def words(value):
    """Unaccented lower-case words of `value`, in order, stop words included."""
    return _TOKEN.findall(unaccent(value))


def query_words(value):
    """The words of a reader's query that carry meaning: no stop words, no single letters, bounded count."""
    seen = []
    for word in words(value):
        if len(word) >= MIN_TOKEN_LENGTH and word not in STOPWORDS and word not in seen:
            seen.append(word)
    return seen[:MAX_QUERY_TOKENS]


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
    return STEMMERS[language](word) if word.isalpha() else word


def index_terms(text, language):
    """Space-delimited stems of `text` for the SQLite engine: ' stem1 stem2 … ' so ' prefix' matches a word start."""
    stems = dict.fromkeys(stem(word, language) for word in words(text) if word not in STOPWORDS)
    return " " + " ".join(stems) + " " if stems else ""


def sort_key(value):
    """A name as it sorts for readers: without accents, case or leading punctuation."""
    return " ".join(words(value))[:200]
