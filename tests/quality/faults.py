"""Real faulty neighbours for the resilience tests: a mail server that accepts connections and never
answers, a mail server that works (aiosmtpd), and a second database connection holding the write lock."""

import socket
import threading
from contextlib import contextmanager

from aiosmtpd.controller import Controller
from django.db import connection


def closed_port():
    """A loopback port nothing listens on: bound then released, so a connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def hanging_smtp_server():
    """A loopback port whose server accepts every connection and then says nothing, ever (not even the
    SMTP greeting): the client waits for its own timeout. Yields the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held, stop = [], threading.Event()

    def accept():
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        for peer in held:
            peer.close()
        listener.close()


class _Recorder:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


@contextmanager
def smtp_server(port=0):
    """A real SMTP server on loopback; yields (port, list of received envelopes)."""
    recorder = _Recorder()
    if not port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, recorder.messages
    finally:
        controller.stop()


@contextmanager
def database_write_lock(table=None):
    """A second connection to the test database holding its write lock until the block ends: SQLite
    `BEGIN IMMEDIATE` (the whole file), PostgreSQL `LOCK TABLE … IN EXCLUSIVE MODE` (`table`, which readers
    may still read)."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        import sqlite3

        name = str(settings_dict["NAME"])  # the test database: "file:memorydb_…?mode=memory&cache=shared"
        other = sqlite3.connect(name, timeout=1, isolation_level=None, check_same_thread=False,
                                uri=name.startswith("file:"))
        other.execute("BEGIN IMMEDIATE")
    else:
        import psycopg

        other = psycopg.connect(
            dbname=settings_dict["NAME"], user=settings_dict["USER"], password=settings_dict["PASSWORD"],
            host=settings_dict["HOST"], port=settings_dict["PORT"] or 5432, autocommit=False)
        other.execute(f'LOCK TABLE "{table}" IN EXCLUSIVE MODE')
    try:
        yield
    finally:
        other.rollback()
        other.close()
