"""Search backends of the site search.

Database (database.py, postgres.py): one backend, language-aware on PostgreSQL. Cluster: Wagtail's own
Elasticsearch 8 / OpenSearch 2 / OpenSearch 3 backend, one WAGTAILSEARCH_BACKENDS entry per language, each with
an index analysed in that language (`cluster_backends` builds them for the settings; `backend_name` picks one).
"""

from .analysis import language_analysis


def cluster_backends(config, index_prefix, languages):
    """WAGTAILSEARCH_BACKENDS for the cluster described by `config` (a connection.ClusterConfig): "default" is
    the first language's (the admin searches it), every other language has an entry named by its code."""
    backends = {}
    for position, language in enumerate(languages):
        backends["default" if position == 0 else language] = {
            "BACKEND": config.wagtail_backend,
            "URLS": [config.url],
            "INDEX_PREFIX": f"{index_prefix}_site_{language}_",
            "TIMEOUT": config.timeout,
            "OPTIONS": config.client_options(),
            "INDEX_SETTINGS": {"settings": {"analysis": language_analysis(language)}},
        }
    # Kept up to date beside the cluster, so the database can answer when the cluster cannot.
    backends[DATABASE_FALLBACK] = {"BACKEND": "search.backends.database"}
    return backends


DATABASE_FALLBACK = "database"
_backends = {}


def backend_name(language):
    """The WAGTAILSEARCH_BACKENDS entry that searches `language` (see cluster_backends)."""
    from django.conf import settings

    return language if language in settings.WAGTAILSEARCH_BACKENDS else "default"


def has_cluster():
    from django.conf import settings

    return DATABASE_FALLBACK in settings.WAGTAILSEARCH_BACKENDS


def cluster_breaker():
    """The process's circuit breaker of the configured cluster (connection.CircuitBreaker): one for the site
    search and the directory, so a cluster that failed one is skipped by both."""
    from django.conf import settings

    from .connection import breaker_for

    return breaker_for(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_BREAKER_SECONDS)


def backend_for(language, fallback=False):
    """The backend that searches `language`: its cluster index, or with `fallback` the database (PostgreSQL
    then parses the query with the language's text search configuration)."""
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    name = DATABASE_FALLBACK if fallback and has_cluster() else backend_name(language)
    params = settings.WAGTAILSEARCH_BACKENDS[name]
    key = (name, repr(sorted(params.items())))
    backend = _backends.get(key)
    if backend is None:
        # One backend (and so one client with its connection pool) per entry and process, not per search.
        backend = _backends.setdefault(key, get_search_backend(name))
    if hasattr(backend, "with_config"):
        from .postgres import config_for_language

        backend = backend.with_config(config_for_language(language))
    return backend


def stems_words(backend):
    """Whether the backend matches word forms itself (PostgreSQL's configurations, the cluster's analyzers)."""
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

    return hasattr(backend, "with_config") or isinstance(backend, ElasticsearchBaseSearchBackend)
