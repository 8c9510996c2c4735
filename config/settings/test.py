"""The test suite: fast hashing, in-memory e-mail, no manifest so tests need no collectstatic."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# TEST_MEDIA_ROOT: the bench keeps its own, so that tests running beside it do not change its content version.
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT") or BASE_DIR / "var" / "test-media")  # noqa: F405
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Tasks run at once, inside the test; tests of the queue itself switch to the database backend and a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The rate-limit store stays per test run (its database table is exercised by tests/quality/test_resilience.py).
CACHES = {**CACHES, "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",  # noqa: F405
                                  "LOCATION": "fvp-ratelimit"}}
# client.login() authenticates without a request, which django-axes refuses; the lockout tests turn it back on.
AXES_ENABLED = False
SERVE_MEDIA = True
# WhiteNoise warns on every request when STATIC_ROOT is missing; tests serve static files through the finders.
STATIC_ROOT = BASE_DIR / "var" / "test-static"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    # A query that runs away (a bad plan on a test database full of rolled-back rows) fails its test with a
    # clear error, and PostgreSQL releases its locks, instead of holding every later test until CI's time is up.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c statement_timeout=180000"  # noqa: F405
