"""Query words -> the vocabulary values they name (the concepts), so words and facets agree.

"enfants", "niños" and "children" all name the area children-youth; "quechua" names the language "que".
A query word naming a concept also finds every structure filed under it (whatever its description says),
and such a match ranks first. Words come from the thesaurus (directory/thesaurus.json) and from the
vocabularies' own one-word names in fr/es/en (Quechua, Santé, Sport…). A word is compared with each
language's terms through that language's light stemmer, so plurals and feminines match ("enfant",
"enfants") and no word meets a look-alike of another language ("santa" is not "santé").
"""

from directory.reference_data import thesaurus
from search.text import LANGUAGES, content_words, stem

from .caching import cached_in_process
from .facets import FACETS_BY_NAME
from .facet_names import Vocabulary

CONCEPT_FACETS = ("area", "language", "scheme")


def _terms():
    """{(language, stem): {(facet, value)}} from the thesaurus and the vocabularies' one-word names."""
    index = {}

    def add(language, term, facet, value):
        found = content_words(term, language)
        if len(found) == 1:
            index.setdefault((language, stem(found[0], language)), set()).add((facet, value))

    for concept in thesaurus():
        for language in LANGUAGES:
            for term in concept.get(language, ()):
                add(language, term, concept["facet"], concept["value"])
    for language in LANGUAGES:
        vocabulary = Vocabulary(language)
        for facet in CONCEPT_FACETS:
            for value, name in (vocabulary.names(facet) or {}).items():
                add(language, name, facet, value)
    return index


def concepts(word):
    """{(facet, value)} a folded query word names, in any of the three languages (empty when none)."""
    index = cached_in_process("thesaurus", None, _terms)
    found = set()
    for language in LANGUAGES:
        found |= index.get((language, stem(word, language)), set())
    return found


def concept_masks(word, registry):
    """{column: bit mask} of the facet values `word` names, as the database engine stores them."""
    masks = {}
    for facet, value in sorted(concepts(word)):
        spec = FACETS_BY_NAME[facet]
        for bit in registry.bits(spec, [value]):
            masks[spec.column] = masks.get(spec.column, 0) | (1 << bit)
    return masks
