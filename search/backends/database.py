"""Wagtail's database search backend, made language-aware on PostgreSQL.

SQLite keeps Wagtail's FTS5 backend untouched: FTS5's default tokenizer (unicode61) already ignores case
and accents, but it does no stemming (see search/engine.py for the singular/plural fallback).
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as stock_database_backend


def SearchBackend(params):  # noqa: N802 - Wagtail looks up this name in the module
    if connection.vendor == "postgresql":
        from .postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    return stock_database_backend(params)
