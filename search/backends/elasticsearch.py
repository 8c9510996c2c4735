"""Wagtail's Elasticsearch 8 backend with accent folding and light stemming for fr, es and en.

One Wagtail index holds every language, so a single analyzer must serve the three: it folds case and
accents, drops French elisions (l', d') and applies the light French and Spanish stemmers and the
minimal English one. The same chain runs on documents and queries, so "volontaires" meets "volontaire"
and "reciprocidades" meets "reciprocidad"; autocomplete queries are folded the same way.
"""

import copy

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.utils import deep_update

FOLDING_ANALYZER = "fvp_folding"

ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "fvp_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
                },
                "fvp_light_french": {"type": "stemmer", "language": "light_french"},
                "fvp_light_spanish": {"type": "stemmer", "language": "light_spanish"},
                "fvp_minimal_english": {"type": "stemmer", "language": "minimal_english"},
            },
            "analyzer": {
                # Used by every text field that names no analyzer.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["fvp_elision", "lowercase", "asciifolding", "fvp_light_french",
                               "fvp_light_spanish", "fvp_minimal_english"],
                },
                FOLDING_ANALYZER: {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["fvp_elision", "lowercase", "asciifolding"],
                },
            },
        }
    }
}


class LanguageMapping(Elasticsearch8Mapping):
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": FOLDING_ANALYZER}


class LanguageIndex(Elasticsearch8Index):
    mapping_class = LanguageMapping


class LanguageSearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = LanguageMapping


class LanguageAutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class LanguageElasticsearchBackend(Elasticsearch8SearchBackend):
    mapping_class = LanguageMapping
    index_class = LanguageIndex
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        # The project's analysis first, then whatever INDEX_SETTINGS the deployment adds on top.
        self.settings = deep_update(copy.deepcopy(ANALYSIS), self.settings)


SearchBackend = LanguageElasticsearchBackend
