"""Known vulnerabilities in the installed Python packages (pip-audit), as a step of `make test`.

pip-audit says "No known vulnerabilities found" and exits 0 even when it could not reach its vulnerability
service and audited nothing. So this wrapper first audits a canary, a release with published advisories
(Django 3.0.0): if no vulnerability comes back for it, the service is unreachable and the step says so
loudly instead of passing quietly. Services tried in order: PyPI's JSON API, then OSV.

Exit codes: 0 audited and clean (or service unreachable, reported, unless AUDIT_DEPS_STRICT=1);
1 known vulnerabilities found; 2 service unreachable with AUDIT_DEPS_STRICT=1; 3 pip-audit itself failed.
Ignore a specific advisory (with a reason, in the Makefile) with AUDIT_DEPS_IGNORE="GHSA-xxx PYSEC-yyy".
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CANARY = "django==3.0.0"
SERVICES = ["pypi", "osv"]
PIP_AUDIT = os.environ.get("PIP_AUDIT") or str(Path(sys.executable).with_name("pip-audit"))
TIMEOUT = int(os.environ.get("AUDIT_DEPS_TIMEOUT", "300"))


def run_pip_audit(arguments):
    """pip-audit's JSON report, or None when it crashed (it does when a service cannot be resolved)."""
    with tempfile.TemporaryDirectory() as workdir:
        report = Path(workdir) / "report.json"
        try:
            completed = subprocess.run(
                [PIP_AUDIT, *arguments, "--format", "json", "--output", str(report), "--progress-spinner", "off"],
                capture_output=True, text=True, timeout=TIMEOUT,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            print(f"audit-deps: pip-audit did not run: {error}", file=sys.stderr)
            return None
        if not report.exists():
            tail = (completed.stderr or completed.stdout).strip().splitlines()[-1:] or ["no output"]
            print(f"audit-deps: pip-audit failed ({tail[0]})", file=sys.stderr)
            return None
        return json.loads(report.read_text())


def vulnerabilities(report, ignored=()):
    return [
        (dependency["name"], dependency.get("version", "?"), vulnerability["id"], vulnerability.get("fix_versions", []))
        for dependency in report.get("dependencies", [])
        for vulnerability in dependency.get("vulns", [])
        if vulnerability["id"] not in ignored and not set(vulnerability.get("aliases", [])) & set(ignored)
    ]


def working_service():
    """The first vulnerability service that knows the canary is vulnerable, or None."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as requirements:
        requirements.write(CANARY + "\n")
    try:
        for service in SERVICES:
            report = run_pip_audit(["--requirement", requirements.name, "--no-deps", "--disable-pip",
                                    "--vulnerability-service", service])
            if report and vulnerabilities(report):
                return service
            print(f"audit-deps: the {service} vulnerability service gave no answer for the canary {CANARY}.")
        return None
    finally:
        os.unlink(requirements.name)


def main():
    strict = os.environ.get("AUDIT_DEPS_STRICT", "").lower() in {"1", "true", "yes"}
    ignored = os.environ.get("AUDIT_DEPS_IGNORE", "").split()
    service = working_service()
    if service is None:
        print("\n" + "!" * 78)
        print("!! DEPENDENCY AUDIT NOT PERFORMED: no vulnerability service is reachable from this machine")
        print(f"!! (tried {', '.join(SERVICES)}; the canary {CANARY} came back clean, so results would lie).")
        print("!! Run `make audit-deps` where PyPI's JSON API or api.osv.dev can be reached.")
        print("!" * 78 + "\n")
        return 2 if strict else 0
    report = run_pip_audit(["--local", "--skip-editable", "--vulnerability-service", service])
    if report is None:
        return 3
    found = vulnerabilities(report, ignored)
    audited = [d for d in report.get("dependencies", []) if "skip_reason" not in d]
    skipped = [d for d in report.get("dependencies", []) if "skip_reason" in d]
    for name, version, identifier, fixes in found:
        print(f"VULNERABLE {name} {version}: {identifier} (fixed in {', '.join(fixes) or 'no release yet'})")
    print(f"audit-deps: {len(audited)} packages audited with {service}, {len(skipped)} skipped, "
          f"{len(found)} known vulnerabilities.")
    for dependency in skipped:
        print(f"  skipped {dependency['name']}: {dependency['skip_reason']}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
