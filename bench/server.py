"""The site as production runs it, on the loopback only: a bench database with the demo content, collected
static files, gunicorn with production settings. Shared by bench/pages.py and scripts/audit.sh (Lighthouse).

`python -m bench.server [--port 8106]` prepares everything and serves until Ctrl-C (or SIGTERM).
"""

import argparse
import contextlib
import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{VAR / 'bench.sqlite3'}"
PORT = int(os.environ.get("BENCH_PORT", "8106"))
HOST = "127.0.0.1"


def environment(database_url=DATABASE_URL, **extra):
    """Production settings over plain HTTP on 127.0.0.1: the only differences are the ones HTTPS needs."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(VAR / "static"),
        "MEDIA_ROOT": str(VAR / "media"),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", ""),
        # No web server in front: the app serves the uploaded images itself, as SERVE_MEDIA allows.
        "SERVE_MEDIA": "1",
        "ELASTICSEARCH_URL": "",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


def manage(*arguments, database_url=DATABASE_URL, stdout=sys.stdout, quiet=True):
    command = [sys.executable, "manage.py", *arguments]
    stdout.write(f"  $ {' '.join(arguments)}\n")
    stdout.flush()
    subprocess.run(command, cwd=ROOT, env=environment(database_url), check=True,
                   stdout=subprocess.DEVNULL if quiet else None)


def prepare_database(database_url=DATABASE_URL, stdout=sys.stdout):
    """Migrated bench database with the demo content (idempotent: a second run only checks) and static files."""
    VAR.mkdir(parents=True, exist_ok=True)
    stdout.write(f"Preparing the bench site ({database_url}):\n")
    manage("migrate", "--noinput", database_url=database_url, stdout=stdout)
    manage("load_demo", database_url=database_url, stdout=stdout)
    manage("collectstatic", "--noinput", "-v", "0", database_url=database_url, stdout=stdout)


def _port_open(port):
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((HOST, port)) == 0


def get(url_path, port=PORT, headers=None, timeout=30):
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", url_path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@contextlib.contextmanager
def gunicorn(database_url=DATABASE_URL, port=PORT, workers=4, stdout=sys.stdout):
    """Serve the bench site on 127.0.0.1:<port>; yields the base URL and stops the server on exit."""
    if _port_open(port):
        raise SystemExit(f"Port {port} is already in use on {HOST}: stop what listens there first.")
    log = VAR / "gunicorn.log"
    command = [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi:application",
               "--bind", f"{HOST}:{port}", "--workers", str(workers), "--log-level", "warning",
               "--error-logfile", str(log), "--graceful-timeout", "5"]
    process = subprocess.Popen(command, cwd=ROOT, env=environment(database_url), start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise SystemExit(f"gunicorn stopped at start-up (see {log}).")
            try:
                if get("/fr/", port, timeout=10)[0] < 500:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"gunicorn did not answer within 60 s (see {log}).")
            time.sleep(0.3)
        stdout.write(f"gunicorn serving http://{HOST}:{port}/ ({workers} workers, production settings)\n")
        yield f"http://{HOST}:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Serve the bench site until interrupted.")
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--no-prepare", action="store_true", help="Serve the database as it is.")
    args = parser.parse_args(argv)
    if not args.no_prepare:
        prepare_database()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with gunicorn(port=args.port):
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
