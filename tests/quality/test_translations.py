"""The committed catalogues are complete and valid: every interface string of the code and templates has a French,
Spanish and English translation, and gettext's own checks (placeholders, plural forms) pass.

Django's compilemessages only warns about some of these mistakes, and a string missing from a catalogue silently
shows in English to a French or Spanish reader, so the suite regenerates the catalogues the way `make messages`
does, in a copy of the tree, and reads what is left untranslated."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["home", "news", "directory", "search", "jobs", "seo", "editors"]
LANGUAGES = ["fr", "es", "en"]
PROJECT_LEVEL_IGNORED = {".venv", ".git", "var", "node_modules", "tests", "media", "docs", *APPS}

pytestmark = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext is installed by make test")


def committed_catalogues():
    return sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po")) + sorted(
        path for app in APPS for path in (ROOT / app).glob("locale/*/LC_MESSAGES/django.po")
    )


@pytest.mark.parametrize("catalogue", committed_catalogues(), ids=lambda path: str(path.relative_to(ROOT)))
def test_catalogue_passes_gettext_checks(catalogue):
    checked = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(catalogue)], capture_output=True, text=True)
    errors = [line for line in checked.stderr.splitlines() if "warning: header field" not in line]
    assert checked.returncode == 0, "\n".join(errors)


def regenerate(source, copy):
    """makemessages in a copy: it merges the committed catalogue with what the code asks for today."""
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "makemessages", *(f"-l{code}" for code in LANGUAGES),
         "--no-obsolete", "-v", "0"],
        cwd=copy, check=True, capture_output=True,
    )
    return {code: copy / "locale" / code / "LC_MESSAGES" / "django.po" for code in LANGUAGES}


def untranslated_entries(catalogue):
    missing = subprocess.run(
        ["msgattrib", "--no-wrap", "--untranslated", str(catalogue)], capture_output=True, text=True, check=True
    ).stdout
    fuzzy = subprocess.run(
        ["msgattrib", "--no-wrap", "--only-fuzzy", str(catalogue)], capture_output=True, text=True, check=True
    ).stdout
    return [
        line for line in (missing + fuzzy).splitlines()
        if line.startswith("msgid ") and line != 'msgid ""'
    ]


@pytest.mark.parametrize("area", [*APPS, "project"])
def test_every_interface_string_is_translated(area, tmp_path):
    copy = tmp_path / area
    if area == "project":
        shutil.copytree(ROOT, copy, ignore=lambda folder, names: [
            name for name in names if Path(folder) == ROOT and name in PROJECT_LEVEL_IGNORED
        ])
    else:
        shutil.copytree(ROOT / area, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    for code, catalogue in regenerate(copy, copy).items():
        missing = untranslated_entries(catalogue)
        assert not missing, f"{area}/{code}: untranslated or fuzzy after `make messages`:\n" + "\n".join(missing)
