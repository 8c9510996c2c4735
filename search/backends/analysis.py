"""The one set of Elasticsearch/OpenSearch analyzers, per language, for the site search and the directory.

Stop words are removed before accents are folded: the stop lists are written with their accents ("étant",
"más"), so a list applied to folded words would never remove them. Stemming runs last, on folded words, so
"éducation" and "education" reach the stemmer as the same word.
"""

FRENCH_ELISIONS = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]

# Filter definitions, by name; the names are prefixed so they never collide with Wagtail's own.
FILTERS = {
    "fvp_french_elision": {"type": "elision", "articles_case": True, "articles": FRENCH_ELISIONS},
    "fvp_french_stop": {"type": "stop", "stopwords": "_french_"},
    "fvp_french_stem": {"type": "stemmer", "language": "light_french"},
    "fvp_spanish_stop": {"type": "stop", "stopwords": "_spanish_"},
    "fvp_spanish_stem": {"type": "stemmer", "language": "light_spanish"},
    "fvp_english_possessive": {"type": "stemmer", "language": "possessive_english"},
    "fvp_english_stop": {"type": "stop", "stopwords": "_english_"},
    "fvp_english_stem": {"type": "stemmer", "language": "minimal_english"},
}

# Filter chains of each language's analyzer (standard tokenizer).
LANGUAGE_CHAINS = {
    "fr": ["fvp_french_elision", "lowercase", "fvp_french_stop", "asciifolding", "fvp_french_stem"],
    "es": ["lowercase", "fvp_spanish_stop", "asciifolding", "fvp_spanish_stem"],
    "en": ["fvp_english_possessive", "lowercase", "fvp_english_stop", "asciifolding", "fvp_english_stem"],
}
ANALYZER_NAMES = {"fr": "fvp_french", "es": "fvp_spanish", "en": "fvp_english"}
# Words as written, case and accents aside: names, acronyms, prefixes typed for autocomplete.
FOLDED_ANALYZER = "fvp_folded"
FOLDED_CHAIN = ["fvp_french_elision", "lowercase", "asciifolding"]


def filters_of(chain):
    return {name: FILTERS[name] for name in chain if name in FILTERS}


def language_analysis(language):
    """The `analysis` settings of an index whose default analyzer is `language`'s (Wagtail's site search)."""
    chain = LANGUAGE_CHAINS[language]
    return {
        "filter": filters_of(chain + FOLDED_CHAIN),
        "analyzer": {
            "default": {"type": "custom", "tokenizer": "standard", "filter": chain},
            FOLDED_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": FOLDED_CHAIN},
        },
    }
