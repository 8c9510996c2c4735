"""Lighthouse (mobile profile) on the home page, a news article, the directory and a structure page, served
by gunicorn with production settings and the demo content (bench/server.py). Prints the four scores per page
and what keeps each score below 100; writes var/audit/lighthouse.md and the raw reports next to it.

Run through `make audit` (scripts/audit.sh installs Lighthouse first). Needs Debian's Chromium.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import pages, server  # noqa: E402

OUTPUT = ROOT / "var" / "audit"
LIGHTHOUSE = ROOT / "var" / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
AUDITED = ["home", "news article", "directory", "structure"]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run " \
               "--disable-background-networking --disable-component-update --disable-sync"


# Lighthouse 12 sometimes misses the start of the navigation in a newer Chromium's trace; a second run records it.
RETRIED_ERRORS = ("NO_NAVSTART", "NO_FCP")
ATTEMPTS = 3


def lighthouse(url, name):
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _lighthouse_once(url, name)
        except RuntimeError as error:
            if attempt == ATTEMPTS or not any(code in str(error) for code in RETRIED_ERRORS):
                raise SystemExit(str(error)) from error
            print(f"    {str(error).splitlines()[-1].strip()[:120]}; running again ({attempt + 1}/{ATTEMPTS})",
                  flush=True)


def _lighthouse_once(url, name):
    report = OUTPUT / f"{name.replace(' ', '-')}.json"
    report.unlink(missing_ok=True)
    completed = subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}", "--max-wait-for-load=45000"],
        env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
        capture_output=True, text=True, timeout=300,
    )
    if completed.returncode or not report.exists():
        raise RuntimeError(f"Lighthouse failed on {url}:\n{completed.stderr[-2000:]}")
    return json.loads(report.read_text())


def findings(result):
    """Audits that cost points, in each category: (category, title, displayed value)."""
    audits = result["audits"]
    found = []
    for category in CATEGORIES:
        for reference in result["categories"][category]["auditRefs"]:
            audit = audits[reference["id"]]
            if reference["weight"] and audit["score"] is not None and audit["score"] < 1:
                found.append((category, audit["title"], audit.get("displayValue", "")))
    return found


def main():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    server.prepare_database()
    targets = {result["name"]: result for result in pages._pages_and_queries(sys.stdout)}
    rows, details = [], []
    with server.gunicorn() as base_url:
        for name in AUDITED:
            target = targets.get(name, {})
            if target.get("status") != 200:
                rows.append(f"| {name} | – | skipped: {target.get('note', 'not there yet')} | | | |")
                continue
            print(f"  Lighthouse: {name} {target['path']}", flush=True)
            result = lighthouse(base_url + target["path"], name)
            scores = [round(100 * (result["categories"][category]["score"] or 0)) for category in CATEGORIES]
            rows.append(f"| {name} | `{target['path']}` | " + " | ".join(str(score) for score in scores) + " |")
            details += [f"- {name} / {category}: {title}" + (f" ({value})" if value else "")
                        for category, title, value in findings(result)]
    text = "\n".join([
        "# Lighthouse (mobile)", "",
        "| Page | URL | Performance | Accessibility | Best practices | SEO |",
        "| --- | --- | ---: | ---: | ---: | ---: |", *rows, "",
        "What costs points:" if details else "Nothing costs points.", *details, "",
    ])
    (OUTPUT / "lighthouse.md").write_text(text)
    print("\n" + text + f"\nWritten to {(OUTPUT / 'lighthouse.md').relative_to(ROOT)} (raw reports beside it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
