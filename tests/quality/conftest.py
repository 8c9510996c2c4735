"""Broken and real neighbours for the resilience tests: an e-mail server and a Redis that refuse connections,
and a throw-away Redis of our own (the helpers themselves are in faults.py, which other apps' tests import)."""

import shutil
import socket
import subprocess
import threading
import time

import pytest

from tests.quality.faults import closed_port


@pytest.fixture
def programme(site_tree):
    """EnLAzando, a French programme page: the page the cache and resilience tests read."""
    from home.factories import ProgrammeIndexPageFactory, ProgrammePageFactory

    index = ProgrammeIndexPageFactory(parent=site_tree["fr"], slug="programmes", title="Programmes")
    return ProgrammePageFactory(parent=index, slug="enlazando", title="EnLAzando")


def redis_cache(url):
    """The production caches on Redis (config/settings/base.py): pages and rate limits; the per-process
    local caches (template fragments, renditions) stay as configured."""
    from django.conf import settings

    default = {
        "BACKEND": "home.cache.FailOpenRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": "fvp-test",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": settings.REDIS_TIMEOUT,
                    "SOCKET_TIMEOUT": settings.REDIS_TIMEOUT},
    }
    return {**settings.CACHES, "default": default, "ratelimit": {**default, "KEY_PREFIX": "fvp-test-ratelimit"}}


@pytest.fixture
def email_server_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2
    return settings


@pytest.fixture
def redis_down(settings):
    """The production cache configuration (django-redis, IGNORE_EXCEPTIONS) pointed at a closed port."""
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{closed_port()}/0")
    return settings


@pytest.fixture
def redis_up(settings, tmp_path):
    """A private redis-server on a free loopback port, stopped after the test."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    port = closed_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        settings.CACHES = redis_cache(f"redis://127.0.0.1:{port}/0")
        yield settings
    finally:
        process.terminate()
        process.wait(timeout=10)


class SilentServer:
    """A loopback server that accepts connections and reads what it is sent but never answers: a Redis that
    hangs (out of memory, stopped by a debugger, a half-open firewall). Counts the connections made to it."""

    def __init__(self):
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self.received = 0
        self._open = []
        self._stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self._stopped.is_set():
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            self._open.append(connection)
            threading.Thread(target=self._swallow, args=(connection,), daemon=True).start()

    def _swallow(self, connection):
        while True:
            try:
                data = connection.recv(65536)
            except OSError:
                return
            if not data:
                return
            self.received += len(data)

    def stop(self):
        self._stopped.set()
        self.listener.close()
        for connection in self._open:
            connection.close()


@pytest.fixture
def redis_hanging(settings):
    """The production cache configuration pointed at a SilentServer; yields the server."""
    server = SilentServer()
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{server.port}/0")
    try:
        yield server
    finally:
        server.stop()
