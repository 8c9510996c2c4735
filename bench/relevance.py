"""Directory relevance score (`make bench`, or `python -m bench --only relevance`).

On the demo directory content (migrate + `load_demo site directory` into var/bench/relevance.sqlite3, kept between runs,
or into the PostgreSQL database `--relevance-database-url` names, where the idempotent demo load runs each time),
the database engine answers every query of bench/relevance_queries.json (fr/es/en); the score is the share of
queries whose expected structures are all in the top 3, and the mean nDCG@5 (binary relevance: an expected
structure is relevant). Prints the table and the misses, writes var/bench/relevance.md; exits 1 below target.
The same scorer serves tests/directory/test_search_relevance.py.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = Path(__file__).with_name("relevance_queries.json")
OUTPUT = ROOT / "var" / "bench" / "relevance.md"
SQLITE_URL = f"sqlite:///{ROOT / 'var' / 'bench' / 'relevance.sqlite3'}"
TARGET_TOP3 = 0.95
TOP, DEPTH = 3, 5


def load_queries():
    return json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]


def ndcg(ranked, expected, depth=DEPTH):
    """nDCG@depth of a ranked list of slugs, every expected slug relevant (1), others not (0)."""
    gains = sum(1 / math.log2(position + 2) for position, slug in enumerate(ranked[:depth]) if slug in expected)
    ideal = sum(1 / math.log2(position + 2) for position in range(min(len(expected), depth)))
    return gains / ideal if ideal else 0.0


def evaluate(search, queries):
    """search(language, text) -> ranked slugs. {"top3": share, "ndcg5": mean, "misses": [...], "count": n}."""
    hits, total_ndcg, misses = 0, 0.0, []
    for case in queries:
        ranked = search(case["language"], case["query"])
        expected = set(case["expected"])
        if expected <= set(ranked[:TOP]):
            hits += 1
        else:
            misses.append({**case, "got": ranked[:DEPTH]})
        total_ndcg += ndcg(ranked, expected)
    count = len(queries)
    return {"count": count, "top3": hits / count, "ndcg5": total_ndcg / count, "misses": misses}


def database_search(language, text, per_page=DEPTH):
    """The database engine's ranking of `text` for a reader in `language`, as slugs (Django set up)."""
    from directory.models import HostStructure
    from directory.search.contract import SearchQuery
    from directory.search.database import DatabaseEngine

    results = DatabaseEngine().search(SearchQuery.build(language=language, text=text, per_page=per_page))
    slugs = dict(HostStructure.objects.filter(pk__in=[hit.structure_id for hit in results.hits])
                 .values_list("pk", "slug"))
    return [slugs.get(hit.structure_id, "") for hit in results.hits]


# --- the parent: prepare the database, run the worker, print the table -------------------------------------

def add_arguments(parser):
    group = parser.add_argument_group("directory relevance bench")
    group.add_argument("--relevance-database-url", default=SQLITE_URL,
                       help="Database to score on (default: a SQLite file in var/bench/); e.g. postgres://…/relevance")
    group.add_argument("--relevance-reload", action="store_true", help="Load the demo content again.")


def _env(database_url):
    return {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "ELASTICSEARCH_URL": "", "PYTHONUNBUFFERED": "1"}


def _manage(database_url, *arguments, stdout):
    command = [sys.executable, "manage.py", *arguments]
    stdout.write(f"  $ {' '.join(command)}\n")
    subprocess.run(command, cwd=ROOT, env=_env(database_url), check=True, stdout=subprocess.DEVNULL)


def run(args, stdout):
    url = args.relevance_database_url
    (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
    on_sqlite = url.startswith("sqlite")
    fresh = not on_sqlite or not Path(url.removeprefix("sqlite:///")).exists() or args.relevance_reload
    _manage(url, "migrate", "--noinput", "-v", "0", stdout=stdout)
    if fresh:
        _manage(url, "load_demo", "site", "directory", stdout=stdout)
    _manage(url, "rebuild_directory_index", stdout=stdout)
    started = time.perf_counter()
    output = subprocess.run([sys.executable, "-m", "bench.relevance", "--worker"], cwd=ROOT, env=_env(url),
                            check=True, capture_output=True, text=True)
    result = json.loads(output.stdout.strip().splitlines()[-1])
    lines = [
        f"Directory relevance, database engine on {'SQLite' if on_sqlite else 'PostgreSQL'}, demo content ({time.strftime('%d %b %Y %H:%M UTC', time.gmtime())}, "
        f"{time.perf_counter() - started:.1f} s)", "",
        "| Queries | Expected in top 3 | nDCG@5 | Target |", "| ---: | ---: | ---: | ---: |",
        f"| {result['count']} | {result['top3']:.1%} | {result['ndcg5']:.3f} | ≥ {TARGET_TOP3:.0%} in top 3 |",
    ]
    if result["misses"]:
        lines += ["", "Misses:"] + [f"- {miss['language']} “{miss['query']}”: expected {', '.join(miss['expected'])}; "
                                    f"got {', '.join(miss['got']) or 'nothing'}" for miss in result["misses"]]
    text = "\n".join(lines) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    stdout.write(text)
    return 0 if result["top3"] >= TARGET_TOP3 else 1


def worker():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    print(json.dumps(evaluate(database_search, load_queries())))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if "--worker" in argv:
        return worker()
    parser = argparse.ArgumentParser(description="Directory relevance benchmark")
    add_arguments(parser)
    return run(parser.parse_args(argv), sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
