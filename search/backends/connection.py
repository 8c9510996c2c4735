"""The connection to the search cluster, shared by the site search and the directory: which distribution
(Elasticsearch 8, OpenSearch 2 or 3), where, how to authenticate, and what its errors mean.

Requests are built once with elasticsearch-dsl (plain dicts) and sent by the distribution's own client: the
Elasticsearch 8 client refuses to talk to anything but Elasticsearch, so OpenSearch needs opensearch-py.
Nothing here reads Django settings: `ClusterConfig.from_settings` does, the rest is plain data and functions.
"""

import logging
from dataclasses import dataclass

DISTRIBUTIONS = ("elasticsearch8", "opensearch2", "opensearch3")
# Rejections that say nothing about the query itself: the cluster cannot answer now (so the database does).
UNAVAILABLE_STATUSES = {404, 408, 429, 502, 503, 504}
# Index maintenance (create, bulk-load, swap an alias) may take longer than a reader should wait for a search.
MAINTENANCE_TIMEOUT = 60.0
# Both searches report the cluster's failures here (the test suite fails on any error logged to it).
logger = logging.getLogger("search.cluster")


@dataclass(frozen=True)
class ClusterConfig:
    url: str
    distribution: str = "elasticsearch8"
    timeout: float = 1.0
    ca_certs: str = ""
    api_key: str = ""
    username: str = ""
    password: str = ""

    def __post_init__(self):
        if self.distribution not in DISTRIBUTIONS:
            raise ValueError(f"ELASTICSEARCH_DISTRIBUTION must be one of {', '.join(DISTRIBUTIONS)}, "
                             f"not {self.distribution!r}")

    @classmethod
    def from_settings(cls):
        from django.conf import settings

        return cls(url=settings.ELASTICSEARCH_URL, distribution=settings.ELASTICSEARCH_DISTRIBUTION,
                   timeout=settings.ELASTICSEARCH_TIMEOUT, ca_certs=settings.ELASTICSEARCH_CA_CERTS,
                   api_key=settings.ELASTICSEARCH_API_KEY, username=settings.ELASTICSEARCH_USERNAME,
                   password=settings.ELASTICSEARCH_PASSWORD)

    @property
    def is_opensearch(self):
        return self.distribution.startswith("opensearch")

    @property
    def wagtail_backend(self):
        """The module of Wagtail's own backend for this distribution."""
        return f"wagtail.search.backends.{self.distribution}"

    def client_options(self):
        """Keyword arguments for the distribution's client (also Wagtail's backend OPTIONS): no retries, so a
        cluster that is down costs one timeout, not several."""
        options = {"max_retries": 0, "retry_on_timeout": False}
        if self.ca_certs:
            options.update(ca_certs=self.ca_certs, verify_certs=True)
        # An API key, or else a user name and password (the Elasticsearch client refuses both at once).
        if self.is_opensearch:
            if self.api_key:
                options["headers"] = {"Authorization": f"ApiKey {self.api_key}"}
            elif self.username:
                options["http_auth"] = (self.username, self.password)
        else:
            if self.api_key:
                options["api_key"] = self.api_key
            elif self.username:
                options["basic_auth"] = (self.username, self.password)
        return options

    def client(self, timeout=None):
        timeout = timeout or self.timeout
        if self.is_opensearch:
            from opensearchpy import OpenSearch

            return OpenSearch(hosts=[self.url], timeout=timeout, **self.client_options())
        from elasticsearch import Elasticsearch

        return Elasticsearch(self.url, request_timeout=timeout, **self.client_options())

    def bulk_helpers(self):
        """(bulk, streaming_bulk) of the distribution's client library."""
        if self.is_opensearch:
            from opensearchpy.helpers import bulk, streaming_bulk
        else:
            from elasticsearch.helpers import bulk, streaming_bulk
        return bulk, streaming_bulk


def cluster_errors():
    """Every exception a cluster client raises for a failed request (connection, timeout, HTTP error)."""
    from elastic_transport import TransportError as ElasticTransportError
    from elasticsearch import ApiError
    from opensearchpy.exceptions import ImproperlyConfigured, OpenSearchException

    return (ElasticTransportError, ApiError, OpenSearchException, ImproperlyConfigured, ConnectionError,
            TimeoutError)


def http_status(error):
    """The HTTP status of a cluster's answer, or None when there was no answer (down, timeout, TLS)."""
    meta = getattr(error, "meta", None)
    status = getattr(meta, "status", None) if meta is not None else getattr(error, "status_code", None)
    return status if isinstance(status, int) else None


def is_rejection(error):
    """True when the cluster answered and refused the request itself (a malformed query, a mapping conflict,
    wrong credentials): a bug or a misconfiguration to report, never an outage to hide."""
    status = http_status(error)
    return status is not None and 400 <= status < 500 and status not in UNAVAILABLE_STATUSES


class CircuitBreaker:
    """After a request the cluster could not answer, the next ones skip it for `cooldown` seconds (straight to
    the database, without paying the timeout); then a single request tries the cluster again."""

    def __init__(self, cooldown):
        self.cooldown = cooldown
        self.open_until = 0.0

    def allows(self):
        import time

        now = time.monotonic()
        if now < self.open_until:
            return False
        if self.open_until:
            self.open_until = now + self.cooldown  # this request is the trial; the others keep skipping
        return True

    def failed(self):
        import time

        self.open_until = time.monotonic() + self.cooldown

    def succeeded(self):
        self.open_until = 0.0

    @property
    def is_open(self):
        return bool(self.open_until)


_breakers = {}


def breaker_for(url, cooldown):
    """The process's breaker of the cluster at `url` (the site search and the directory share it)."""
    breaker = _breakers.get(url)
    if breaker is None:
        breaker = _breakers.setdefault(url, CircuitBreaker(cooldown))
    breaker.cooldown = cooldown
    return breaker


def reset_breakers():
    _breakers.clear()


def with_fallback(breaker, primary, fallback, what):
    """`primary()` when the cluster can answer, else `fallback()`.

    An outage (no answer, timeout, 5xx, missing index) opens the breaker and is a warning: the database answers.
    A rejection (HTTP 400: a query the cluster cannot parse; 401/403: wrong credentials) is logged as an error
    with its traceback, so that monitoring and the test suite see it; the reader still gets the database's answer.
    """
    if not breaker.allows():
        return fallback()
    try:
        result = primary()
    except cluster_errors() as error:
        if is_rejection(error):
            logger.error("The search cluster rejected the %s (HTTP %s); answered by the database", what,
                         http_status(error), exc_info=True)
        else:
            breaker.failed()
            logger.warning("Search cluster unavailable for the %s (%s: %s); answered by the database", what,
                           type(error).__name__, error)
        return fallback()
    breaker.succeeded()
    return result
