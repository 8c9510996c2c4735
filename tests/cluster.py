"""The search cluster of the test run: a real OpenSearch node (scripts/opensearch/node.sh).

`make test` starts the node and sets SEARCH_TEST_URL; without it, the first test that needs the cluster starts
the node itself (and the session stops it). When no node can be had, cluster tests are skipped locally and fail
under CI=true: CI never passes with the search engine untested.
"""

import logging
import os
import subprocess
import uuid
from pathlib import Path

import pytest

NODE_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "opensearch" / "node.sh"
DEFAULT_PORT = os.environ.get("OPENSEARCH_TEST_PORT", "9250")


class Cluster:
    def __init__(self, url, distribution):
        self.url, self.distribution = url, distribution

    def client(self):
        from search.backends.connection import ClusterConfig

        return ClusterConfig(url=self.url, distribution=self.distribution).client(timeout=60)

    def drop_indexes(self, prefix):
        self.client().indices.delete(index=f"{prefix}*", ignore_unavailable=True)


def _answers(url):
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _unavailable(reason):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"No search cluster in CI: {reason}", pytrace=False)
    pytest.skip(f"no search cluster: {reason}")


@pytest.fixture(scope="session")
def search_cluster():
    url = os.environ.get("SEARCH_TEST_URL", "")
    distribution = os.environ.get("SEARCH_TEST_DISTRIBUTION", "opensearch2")
    started_here = False
    if not url:
        url = f"http://127.0.0.1:{DEFAULT_PORT}"
        if not _answers(url):
            run = subprocess.run(["bash", str(NODE_SCRIPT), "start"], capture_output=True, text=True,
                                 env={**os.environ, "OPENSEARCH_TEST_PORT": DEFAULT_PORT})
            if run.returncode:
                _unavailable(f"{NODE_SCRIPT} start failed: {run.stderr[-2000:]}")
            started_here = True
    if not _answers(url):
        _unavailable(f"nothing answers at {url}")
    yield Cluster(url, distribution)
    if started_here:
        subprocess.run(["bash", str(NODE_SCRIPT), "stop"], env={**os.environ, "OPENSEARCH_TEST_PORT": DEFAULT_PORT})


@pytest.fixture
def cluster(search_cluster, settings):
    """The directory and the site search on the test cluster, with indexes of this test only (dropped after)."""
    from search.backends import cluster_backends
    from search.backends.connection import ClusterConfig, reset_breakers

    prefix = f"test_{uuid.uuid4().hex[:10]}"
    settings.ELASTICSEARCH_URL = search_cluster.url
    settings.ELASTICSEARCH_DISTRIBUTION = search_cluster.distribution
    settings.ELASTICSEARCH_INDEX_PREFIX = prefix
    # A loaded test machine (2 cores, several suites) must not turn slow answers into fallbacks; the fault tests
    # set their own timeout.
    settings.ELASTICSEARCH_TIMEOUT = 15
    settings.WAGTAILSEARCH_BACKENDS = cluster_backends(
        ClusterConfig.from_settings(), prefix, [code for code, _name in settings.LANGUAGES])
    reset_breakers()
    yield search_cluster
    reset_breakers()
    search_cluster.drop_indexes(prefix)


class _Recorder(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(autouse=True)
def _cluster_rejections_fail(request):
    """A query the cluster rejects (HTTP 400) is answered by the database for the reader, but is a bug: any error
    logged to "search.cluster" fails the test, unless the test says it expects one (`cluster_rejections`)."""
    from search.backends.connection import reset_breakers

    reset_breakers()  # a breaker opened by an earlier test must not decide this one's engine
    recorder = _Recorder()
    cluster_logger = logging.getLogger("search.cluster")
    cluster_logger.addHandler(recorder)
    try:
        yield recorder
    finally:
        cluster_logger.removeHandler(recorder)
    if recorder.records and "cluster_rejections" not in request.fixturenames:
        pytest.fail("The search cluster rejected a request: " + "; ".join(
            record.getMessage() for record in recorder.records), pytrace=False)


@pytest.fixture
def cluster_rejections(_cluster_rejections_fail):
    """The errors logged to "search.cluster" during this test (which then does not fail because of them)."""
    return _cluster_rejections_fail.records


class StoppableProxy:
    """A TCP proxy in front of the test node that can stop answering, as a node that dies or hangs mid-run:
    connections are still accepted, requests go nowhere, clients wait for their timeout."""

    def __init__(self, target_url):
        import socket
        import threading
        from urllib.parse import urlparse

        target = urlparse(target_url)
        self.target = (target.hostname, target.port)
        self.answering = True
        self.requests_seen = 0  # chunks of requests received, forwarded or not
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        self._sockets = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        import socket
        import threading

        while True:
            try:
                client, _address = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self._sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source, destination, is_request):
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            if is_request:
                self.requests_seen += 1
            if self.answering:
                try:
                    destination.sendall(data)
                except OSError:
                    return

    def stop_answering(self):
        self.answering = False

    def answer_again(self):
        self.answering = True

    def close(self):
        self._server.close()
        for sock in self._sockets:
            try:
                sock.close()
            except OSError:
                pass


@pytest.fixture
def cluster_proxy(cluster, settings):
    """The test cluster reached through a StoppableProxy (settings point at the proxy), searches timing out
    after two seconds (a loaded test machine answers slowly) and the breaker open for a second."""
    from search.backends import cluster_backends
    from search.backends.connection import ClusterConfig, reset_breakers

    proxy = StoppableProxy(cluster.url)
    settings.ELASTICSEARCH_URL = proxy.url
    settings.ELASTICSEARCH_TIMEOUT = 2
    settings.ELASTICSEARCH_BREAKER_SECONDS = 1
    settings.WAGTAILSEARCH_BACKENDS = cluster_backends(
        ClusterConfig.from_settings(), settings.ELASTICSEARCH_INDEX_PREFIX, [code for code, _ in settings.LANGUAGES])
    reset_breakers()
    yield proxy
    proxy.close()
