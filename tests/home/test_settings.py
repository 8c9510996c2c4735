import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(settings_module, **env):
    environment = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    environment.update(env)
    environment["DJANGO_SETTINGS_MODULE"] = settings_module
    return subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)


def test_production_refuses_to_start_without_a_secret_key():
    result = _run("config.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY is missing" in result.stderr


def test_production_passes_check_deploy_with_a_secret_key():
    result = _run("config.settings.production", SECRET_KEY="k" * 30 + "-production-secret-for-the-check-0123456789",
                  ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
