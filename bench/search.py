"""Directory search benchmark (`make bench`, or `python -m bench.search`).

For each database (SQLite file in var/bench/, and PostgreSQL database `bench` when reachable): migrate, load
the demo site, generate N structures (`generate_structures`), rebuild the search index, then measure for a
fixed set of typical searches the p50/p95 of the search call (form + engine + loading the page's structures)
and of the full listing page (Django test client), and count SQL queries per results page.
With `--search-cluster`, the same searches run on the PostgreSQL data through the cluster engine on the test
OpenSearch node (scripts/opensearch/node.sh, started and stopped here when nothing answers at the URL).
Prints a table and writes it to var/bench/search.md. Each database runs in its own process (settings are
read once per process).
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "var" / "bench" / "search.md"
SQLITE_URL = f"sqlite:///{ROOT / 'var' / 'bench' / 'search.sqlite3'}"
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/bench"
TARGETS = {"search_p95": 50.0, "page_p95": 150.0}
CLUSTER_TARGETS = {"search_p95": 30.0, "page_p95": 100.0}
# (name, language, query string): what readers typically do.
CASES = [
    ("no filter (landing)", "fr", "sort=name"),
    ("text only", "es", "q=educación"),
    ("text + 2 filters", "es", "q=educación&region=PE-CUS&scheme=vsi"),
    ("filters only", "fr", "region=PE-LIM&area=health&status=hosting"),
    ("geo (100 km of Cusco)", "en", "near=Cusco&radius=100&sort=distance"),
    ("deep page", "fr", "sort=name&page=1500"),
]
DIRECTORY_PATHS = {"fr": "/fr/annuaire/", "es": "/es/directorio/", "en": "/en/directory/"}


def add_arguments(parser):
    group = parser.add_argument_group("directory search bench")
    group.add_argument("--search-count", type=int, default=50_000, help="Structures to generate (default 50000).")
    group.add_argument("--search-runs", type=int, default=0, help="Measures per case (default 40; 8 with --quick).")
    group.add_argument("--search-postgres-url", default=os.environ.get("BENCH_SEARCH_POSTGRES_URL", POSTGRES_URL))
    group.add_argument("--search-sqlite-url", default=SQLITE_URL)
    group.add_argument("--search-no-sqlite", action="store_true")
    group.add_argument("--search-no-postgres", action="store_true")
    group.add_argument("--search-cluster", action="store_true",
                       help="Also measure the cluster engine (OpenSearch test node) over the PostgreSQL data.")
    group.add_argument("--search-cluster-url", default=os.environ.get("BENCH_SEARCH_CLUSTER_URL",
                                                                      "http://127.0.0.1:9250"))


# --- the parent: prepare each database, run the worker, print the table ------------------------------------

def _env(database_url, cluster_url=""):
    cluster = {"ELASTICSEARCH_URL": cluster_url, "ELASTICSEARCH_DISTRIBUTION": "opensearch2",
               "ELASTICSEARCH_INDEX_PREFIX": "bench", "ELASTICSEARCH_TIMEOUT": "5"}
    # Its own media folder, hence its own content version: tests run on the machine meanwhile rewrite theirs with
    # each save, which would empty the bench's caches between two measures.
    return {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "TEST_MEDIA_ROOT": str(ROOT / "var" / "bench" / "media"), "PYTHONUNBUFFERED": "1", **cluster}


def _manage(database_url, *arguments, stdout, cluster_url=""):
    command = [sys.executable, "manage.py", *arguments]
    stdout.write(f"  $ {' '.join(command)}\n")
    subprocess.run(command, cwd=ROOT, env=_env(database_url, cluster_url), check=True, stdout=subprocess.DEVNULL)


def _start_cluster(url, stdout):
    """True when this run started the node (and so stops it)."""
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=2):
            return False
    except OSError:
        pass
    port = url.rsplit(":", 1)[-1].rstrip("/")
    stdout.write(f"  starting the OpenSearch test node on port {port}\n")
    subprocess.run(["bash", "scripts/opensearch/node.sh", "start"], cwd=ROOT, check=True,
                   env={**os.environ, "OPENSEARCH_TEST_PORT": port})
    return True


def _stop_cluster(url):
    port = url.rsplit(":", 1)[-1].rstrip("/")
    subprocess.run(["bash", "scripts/opensearch/node.sh", "stop"], cwd=ROOT, env={**os.environ,
                                                                                  "OPENSEARCH_TEST_PORT": port})


def _postgres_reachable(url):
    import psycopg

    try:
        server, name = url.rsplit("/", 1)
        with psycopg.connect(f"{server}/postgres", connect_timeout=3, autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
        return True
    except Exception as error:  # noqa: BLE001 - no server: the bench says so and goes on with SQLite
        sys.stderr.write(f"PostgreSQL not reachable ({error}); skipped.\n")
        return False


def _worker(database_url, count, runs, cluster_url=""):
    output = subprocess.run([sys.executable, "-m", "bench.search", "--worker", "--count", str(count),
                             "--runs", str(runs)], cwd=ROOT, env=_env(database_url, cluster_url), check=True,
                            capture_output=True, text=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def _analyze(database_url):
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def _prepare(database_url, count, stdout):
    if database_url.startswith("sqlite"):
        Path(database_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    _manage(database_url, "migrate", "--noinput", "-v", "0", stdout=stdout)
    state = _worker(database_url, count, 0)
    if not state["has_site"]:
        _manage(database_url, "load_demo", stdout=stdout)
    if state["generated"] != count:
        _manage(database_url, "generate_structures", "--count", str(count), "--seed", "1", "--clear",
                "--batch-size", "2000", stdout=stdout)
        state["indexed"] = -1
        if database_url.startswith("postgres"):
            _analyze(database_url)  # fresh planner statistics for 150,000 new rows
    if state["indexed"] != state["public"] or state["indexed"] == -1:
        started = time.perf_counter()
        _manage(database_url, "rebuild_directory_index", "--database-only", stdout=stdout)
        stdout.write(f"  index rebuilt in {time.perf_counter() - started:.0f} s\n")


def _table(rows, mode):
    lines = ["| database | case | results | search p50 | search p95 | page p50 | page p95 | SQL / page |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        lines.append(f"| {row['database']} | {row['case']} | {row['total']} | {row[f'search_p50_{mode}']:.1f} ms | "
                     f"{row[f'search_p95_{mode}']:.1f} ms | {row[f'page_p50_{mode}']:.1f} ms | "
                     f"{row[f'page_p95_{mode}']:.1f} ms | {row[f'queries_{mode}']} |")
    return "\n".join(lines)


def run(args, stdout):
    count = args.search_count
    runs = args.search_runs or (8 if getattr(args, "quick", False) else 40)
    databases = []  # (label, database URL, cluster URL)
    if not args.search_no_postgres and _postgres_reachable(args.search_postgres_url):
        databases.append(("PostgreSQL", args.search_postgres_url, ""))
        if args.search_cluster:
            databases.append(("OpenSearch", args.search_postgres_url, args.search_cluster_url))
    if not args.search_no_sqlite:
        databases.append(("SQLite", args.search_sqlite_url, ""))
    rows, misses = [], []
    started_cluster = False
    for label, url, cluster_url in databases:
        stdout.write(f"Directory search bench on {label} ({count} structures)\n")
        _prepare(url, count, stdout)
        if cluster_url:
            started_cluster = _start_cluster(cluster_url, stdout)
            started = time.perf_counter()
            _manage(url, "rebuild_directory_index", "--elasticsearch-only", stdout=stdout, cluster_url=cluster_url)
            stdout.write(f"  cluster index rebuilt in {time.perf_counter() - started:.0f} s\n")
        try:
            result = _worker(url, count, runs, cluster_url)
        finally:
            if started_cluster:
                _stop_cluster(cluster_url)
                started_cluster = False
        for row in result["cases"]:
            row["database"] = label
            rows.append(row)
            if label in ("PostgreSQL", "OpenSearch"):
                misses += [f"{row['case']} ({mode}): {name} {row[f'{name}_{mode}']:.1f} ms > {limit:.0f} ms"
                           for mode in ("cold", "warm")
                           for name, limit in (CLUSTER_TARGETS if label == "OpenSearch" else TARGETS).items()
                           if row[f"{name}_{mode}"] > limit]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
    report = (f"# Directory search benchmark\n\n{count} generated structures (+ demo), {runs} measures per case, "
              f"{os.cpu_count()} CPU(s), load average {load:.1f} at the end, {time.strftime('%Y-%m-%d %H:%M')}.\n"
              f"Search = form + engine (facets, count, page of hits) + loading the page's structures; "
              f"page = the whole listing through Django's test client.\n"
              f"Targets on PostgreSQL: search p95 < {TARGETS['search_p95']:.0f} ms, page p95 < "
              f"{TARGETS['page_p95']:.0f} ms; on OpenSearch: search p95 < {CLUSTER_TARGETS['search_p95']:.0f} ms, "
              f"page p95 < {CLUSTER_TARGETS['page_p95']:.0f} ms.\n\n"
              f"## Cold: search caches off, every count computed\n\n{_table(rows, 'cold')}\n\n"
              f"## Warm: the same search again (cached counts and vocabularies, as when paging)\n\n"
              f"{_table(rows, 'warm')}\n")
    if misses:
        report += "\nMissed targets:\n" + "".join(f"- {miss}\n" for miss in misses)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(report)
    stdout.write(report + f"\nWritten to {OUTPUT.relative_to(ROOT)}\n")
    return 1 if misses else 0


# --- the worker: one database, Django set up from the environment -----------------------------------------

def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _state(count):
    from directory.models import DirectoryIndexPage, HostStructure
    from directory.search.models import StructureSearchEntry

    return {"has_site": DirectoryIndexPage.objects.live().exists(),
            "generated": HostStructure.objects.filter(external_id__startswith="GEN-", locale__language_code="fr")
            .count(),
            "public": HostStructure.objects.filter(is_public=True).values("translation_key").distinct().count(),
            "indexed": StructureSearchEntry.objects.count()}


def _measure_case(client, language, params, runs):
    from django.http import QueryDict

    from directory.search.service import run_search

    url = DIRECTORY_PATHS[language] + "?" + params
    for _warmup in range(2):
        run_search(QueryDict(params), language)
        client.get(url)
    search_times, page_times = [], []
    for _run in range(runs):
        started = time.perf_counter()
        state = run_search(QueryDict(params), language)
        search_times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        response = client.get(url)
        page_times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return state.results.total, search_times, page_times


def _measure(runs):
    """Each case cold (search caches off: every count computed) and warm (the same search again: cached
    counts and vocabularies, as when a reader pages through results)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client()
    cases = []
    for name, language, params in CASES:
        row = {"case": name}
        for mode, seconds in (("cold", 0), ("warm", 300)):
            with override_settings(DIRECTORY_SEARCH_CACHE_SECONDS=seconds):
                total, search_times, page_times = _measure_case(client, language, params, runs)
                with CaptureQueriesContext(connection) as captured:
                    client.get(DIRECTORY_PATHS[language] + "?" + params)
            row.update({"total": total, f"queries_{mode}": len(captured.captured_queries),
                        f"search_p50_{mode}": _percentile(search_times, 0.5),
                        f"search_p95_{mode}": _percentile(search_times, 0.95),
                        f"page_p50_{mode}": _percentile(page_times, 0.5),
                        f"page_p95_{mode}": _percentile(page_times, 0.95)})
        cases.append(row)
    return cases


def worker(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--count", type=int)
    parser.add_argument("--runs", type=int)
    options = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    result = _state(options.count)
    if options.runs:
        result["cases"] = _measure(options.runs)
    print(json.dumps(result))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if "--worker" in argv:
        return worker(argv)
    parser = argparse.ArgumentParser(description="Directory search benchmark")
    parser.add_argument("--quick", action="store_true")
    add_arguments(parser)
    return run(parser.parse_args(argv), sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
