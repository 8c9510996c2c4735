"""PostgreSQL full-text search with one text search configuration per language.

Each object is indexed with the configuration of its own locale (`fvp_fr`, `fvp_es`, `fvp_en`: the
language's snowball stemmer after `unaccent`, created by search/migrations), and a query is parsed with
the configuration of the language it is run in, so "volontaires" finds "volontaire" and "reciprocite"
finds "réciprocité". Objects without a locale (images, documents) and autocomplete use `fvp_simple`
(unaccent, no stemming: prefixes must stay prefixes).
"""

import copy
from collections import defaultdict

from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

# The one family of configurations, shared with the directory search (search/text.py).
from ..text import PG_CONFIGS as LANGUAGE_CONFIGS
from ..text import PG_SIMPLE_CONFIG as SIMPLE_CONFIG


def config_for_language(language_code):
    return LANGUAGE_CONFIGS.get((language_code or "").split("-")[0], SIMPLE_CONFIG)


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        from wagtail.models import Locale

        languages = dict(Locale.objects.values_list("pk", "language_code"))  # one query a batch
        groups = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            groups[config_for_language(language) if language else SIMPLE_CONFIG].append(obj)
        original = self.backend
        try:
            for config, group in groups.items():
                self.backend = original.with_config(config)
                super().add_items(model, group)
        finally:
            self.backend = original


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex

    def __init__(self, params):
        super().__init__(params)  # stores SEARCH_CONFIG (usually absent) through the setter below
        self.autocomplete_config = SIMPLE_CONFIG

    @property
    def config(self):
        """SEARCH_CONFIG or with_config()'s choice; otherwise the active language's (the admin's, say)."""
        return getattr(self, "_fixed_config", None) or config_for_language(get_language())

    @config.setter
    def config(self, value):
        self._fixed_config = value

    def with_config(self, config):
        clone = copy.copy(self)
        clone._fixed_config = config
        return clone
