"""The dependency-audit step of `make test` (scripts/audit_deps.py) fails on a known vulnerability and never
passes quietly when the vulnerability service cannot be reached. pip-audit is replaced by a stand-in that
answers like it does, so the test needs no network."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FAKE_PIP_AUDIT = textwrap.dedent('''\
    #!{python}
    import json, os, sys
    arguments = sys.argv[1:]
    output = arguments[arguments.index("--output") + 1]
    scenario = os.environ["FAKE_SCENARIO"]
    canary = "--requirement" in arguments
    service = arguments[arguments.index("--vulnerability-service") + 1]
    reachable = scenario != "offline" and not (scenario == "osv-only" and service == "pypi")
    def vuln(identifier):
        return {{"id": identifier, "fix_versions": ["9.9"], "aliases": [], "description": "..."}}
    if not reachable:
        skip = "Dependency not found on PyPI and could not be audited: django (3.0.0)"
        report = {{"dependencies": [{{"name": "django", "skip_reason": skip}}], "fixes": []}}
    elif canary:
        report = {{"dependencies": [{{"name": "django", "version": "3.0.0", "vulns": [vuln("PYSEC-2020-1")]}}]}}
    else:
        insecure = [vuln("GHSA-abcd-1234-wxyz")] if scenario == "vulnerable" else []
        report = {{"dependencies": [
            {{"name": "wagtail", "version": "8.0.1", "vulns": []}},
            {{"name": "pillow", "version": "1.0", "vulns": insecure}},
        ], "fixes": []}}
    open(output, "w").write(json.dumps(report))
    print("No known vulnerabilities found")
''')


def _run(tmp_path, scenario, **env):
    fake = tmp_path / "pip-audit"
    fake.write_text(FAKE_PIP_AUDIT.format(python=sys.executable))
    fake.chmod(0o755)
    environment = {key: value for key, value in os.environ.items() if not key.startswith("AUDIT_DEPS_")}
    environment.update(PIP_AUDIT=str(fake), FAKE_SCENARIO=scenario, **env)
    return subprocess.run([sys.executable, "scripts/audit_deps.py"], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=60)


def test_a_known_vulnerability_fails_the_step(tmp_path):
    result = _run(tmp_path, "vulnerable")
    assert result.returncode == 1
    assert "VULNERABLE pillow 1.0: GHSA-abcd-1234-wxyz (fixed in 9.9)" in result.stdout


def test_a_clean_environment_passes_and_says_what_was_audited(tmp_path):
    result = _run(tmp_path, "clean")
    assert result.returncode == 0
    assert "2 packages audited with pypi, 0 skipped, 0 known vulnerabilities" in result.stdout


def test_an_accepted_advisory_can_be_ignored_by_id(tmp_path):
    result = _run(tmp_path, "vulnerable", AUDIT_DEPS_IGNORE="GHSA-abcd-1234-wxyz")
    assert result.returncode == 0


def test_falls_back_to_osv_when_pypi_does_not_answer(tmp_path):
    result = _run(tmp_path, "osv-only")
    assert result.returncode == 0 and "audited with osv" in result.stdout


@pytest.mark.parametrize("strict, code", [("", 0), ("1", 2)])
def test_an_unreachable_service_is_reported_not_passed_silently(tmp_path, strict, code):
    result = _run(tmp_path, "offline", AUDIT_DEPS_STRICT=strict)
    assert result.returncode == code
    assert "DEPENDENCY AUDIT NOT PERFORMED" in result.stdout
    assert "No known vulnerabilities" not in result.stdout


def test_the_report_format_matches_pip_audit(tmp_path):
    """The stand-in must keep answering like the real pip-audit: check its JSON on a local, offline run."""
    pip_audit = Path(sys.executable).with_name("pip-audit")
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("django==3.0.0\n")
    report = tmp_path / "report.json"
    subprocess.run([str(pip_audit), "--requirement", str(requirements), "--no-deps", "--disable-pip",
                    "--format", "json", "--output", str(report), "--progress-spinner", "off",
                    "--vulnerability-service", "pypi"], capture_output=True, timeout=120)
    dependency = json.loads(report.read_text())["dependencies"][0]
    assert dependency["name"] == "django"
    assert "vulns" in dependency or "skip_reason" in dependency
