"""Text helpers shared by the search, its excerpts and its log: cleaning, folding, word variants.

Readers' text never reaches a search engine as syntax: a query is reduced to plain words (letters and
digits), which every backend then quotes or escapes itself.
"""

import re
import unicodedata

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_WORD = re.compile(r"\w+", re.UNICODE)


def fold_char(char):
    """One character without case nor accent, still one character (so positions stay aligned)."""
    decomposed = unicodedata.normalize("NFD", char)
    base = next((c for c in decomposed if not unicodedata.combining(c)), char)
    lowered = base.lower()
    return lowered[0] if lowered else base


def fold(text):
    """Case- and accent-insensitive form of a text, the same length as the text."""
    return "".join(fold_char(char) for char in text)


def clean_query(raw):
    """What we keep of the reader's input: no control characters, collapsed spaces, a bounded length."""
    text = _CONTROL.sub(" ", raw or "")
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip()


def query_terms(text):
    """The words of a cleaned query, in order, without duplicates: what the engines receive.

    Underscores count as separators too (\\w keeps them, engines do not).
    """
    terms = []
    for word in _WORD.findall(text.replace("_", " ")):
        if word.lower() not in (t.lower() for t in terms):
            terms.append(word)
    return terms[:MAX_TERMS]


def normalise_for_log(text):
    """The form a query is counted under: lower case, single spaces (accents kept, for readability)."""
    return " ".join(query_terms(text)).lower()


def looks_personal(text):
    """Queries that look like an e-mail address or a phone number are not logged."""
    return "@" in text or len(re.sub(r"\D", "", text)) >= 6


# A light, symmetric list of singular/plural forms of French, Spanish and English words, used where the
# engine does no stemming of its own (SQLite's FTS5): "volontaires" also tries "volontaire", and
# "volontaire" also tries "volontaires". PostgreSQL and Elasticsearch stem properly and do not need it.
def word_variants(term):
    """The term plus its likely singular/plural forms (a handful at most), lower-cased."""
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
