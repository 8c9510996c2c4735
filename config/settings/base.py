"""Settings shared by every environment; each value that differs between machines comes from the environment."""

import os
from pathlib import Path

import dj_database_url
import dj_email_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "news",
    "directory",
    "search",
    "editors",
    "jobs",
    "seo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    # Django's tasks API (backport) and its database queue: e-mails and search-log writes leave the request.
    "django_tasks",
    "django_tasks_db",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "seo.api.JsonNotFoundMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "home.cache.fragment_cache",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite out of the box; PostgreSQL (or anything dj-database-url knows) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Concurrent readers and one writer without "database is locked" under gunicorn.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", "timeout": 20}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# `manage.py backup` writes Django's JSON with times to the microsecond (home/management/backup_format.py).
SERIALIZATION_MODULES = {"json-exact": "home.management.backup_format"}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin login: after AXES_FAILURE_LIMIT failures for one username from one address, that pair is locked out
# for AXES_COOLOFF_TIME. Unknown usernames are counted like real ones and the message never says whether the
# account exists, so the lockout reveals nothing about who has an account.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = __import__("datetime").timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind a reverse proxy, the number of proxies whose X-Forwarded-For can be trusted (0: use the socket address).
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0")) or None
if AXES_IPWARE_PROXY_COUNT:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
AXES_LOCKOUT_CALLABLE = "home.security.lockout_response"

# Languages: French first. Interface and content share the same three codes.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("es", "Español"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "America/Lima"
USE_I18N = True
USE_TZ = True
# locale_overrides/ first: project corrections of third-party catalogues (wagtail-localize) win over theirs.
LOCALE_PATHS = [BASE_DIR / "locale_overrides", BASE_DIR / "locale"]
# English dates in British order ("1 September 2026"), as the English text uses UK spelling.
FORMAT_MODULE_PATH = ["home.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
# Production serves MEDIA_ROOT from the proxy; SERVE_MEDIA=1 lets the app do it (small installs, benchmarks).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# E-mail: EMAIL_URL such as smtp://user:pass@host:587/?tls=True; the console in development.
_email = dj_email_url.parse(os.environ.get("EMAIL_URL", "console:"))
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "France Volontaires Pérou <ev.peru@france-volontaires.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where the Lima team receives introduction requests and other notifications.
TEAM_EMAIL = os.environ.get("TEAM_EMAIL", "ev.peru@france-volontaires.org")
# Introduction requests (personal data) are deleted by `manage.py purge_introductions` after this many days.
INTRODUCTION_RETENTION_DAYS = int(os.environ.get("INTRODUCTION_RETENTION_DAYS", "730"))
# Directory alerts: how long a confirmation link is valid and an unconfirmed subscription kept (days).
ALERT_CONFIRMATION_DAYS = int(os.environ.get("ALERT_CONFIRMATION_DAYS", "3"))
# A structure page shows its introduction count and the team's median response time only from this many
# requests on, so that no single request can be recognised.
INTRODUCTION_STATS_MINIMUM = int(os.environ.get("INTRODUCTION_STATS_MINIMUM", "5"))

# Cache: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Seconds one Redis call may take: Redis answers in a millisecond, and a request gives up the cache after one
# failed call (home.cache.FailOpenRedisCache), so a hanging Redis costs a reader this much once.
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.2"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "home.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "fvp",
            # A Redis outage degrades to uncached pages instead of errors.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                        "SOCKET_TIMEOUT": REDIS_TIMEOUT},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fvp"}}
# Per process and bounded, never a network round trip: template fragments ({% cache %} looks for
# "template_fragments"), image renditions (Wagtail looks for "renditions") and home.cache.remembered.
# Fragment and memo keys carry the content version; one memory (same LOCATION) for all three.
CACHES["template_fragments"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                "LOCATION": "fvp-local", "TIMEOUT": 3600, "OPTIONS": {"MAX_ENTRIES": 5000}}
CACHES["renditions"] = CACHES["template_fragments"]
# Rate limits must be shared by every worker process: Redis when configured, else a database table
# (created by migrate, see jobs/apps.py). Errors never block a post (directory/ratelimit.py).
if REDIS_URL:
    CACHES["ratelimit"] = {**CACHES["default"], "KEY_PREFIX": "fvp-ratelimit"}
else:
    CACHES["ratelimit"] = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "fvp_ratelimit"}

# Work that can wait (e-mails, search-log writes) runs in a worker, with retries (jobs/).
# TASK_QUEUE=database (default: `manage.py db_worker`, no extra server) or redis (RQ on REDIS_URL:
# `manage.py rqworker default`).
TASK_QUEUE = os.environ.get("TASK_QUEUE", "database")
if TASK_QUEUE == "redis" and REDIS_URL:
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 300}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Attempts of one e-mail before it is marked failed in the admin, and the first delay between two (doubled each time).
TASK_MAIL_ATTEMPTS = int(os.environ.get("TASK_MAIL_ATTEMPTS", "6"))
TASK_RETRY_SECONDS = int(os.environ.get("TASK_RETRY_SECONDS", "60"))
# Whole pages for anonymous readers (home/cache.py); 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A CDN or reverse proxy in front keeps anonymous pages this long (Cache-Control s-maxage); Wagtail's
# frontend_cache purges a page from it when it is published or unpublished.
FRONTEND_CACHE_SECONDS = int(os.environ.get("FRONTEND_CACHE_SECONDS", "60"))
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    # Varnish, nginx or any proxy that accepts PURGE requests.
    WAGTAILFRONTENDCACHE["proxy"] = {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                                     "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"]}
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {"BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                                          "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
                                          "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", "")}

# Search: Wagtail's database backend out of the box; a cluster (Elasticsearch 8, OpenSearch 2 or 3) when
# ELASTICSEARCH_URL is set, for the site search (one index per language) and the directory (README, docs/search.md).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_DISTRIBUTION = os.environ.get("ELASTICSEARCH_DISTRIBUTION", "elasticsearch8")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "fvp")
# A search the cluster has not answered within this many seconds is answered by the database.
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "1"))
# After an outage, searches skip the cluster for this many seconds before one tries it again.
ELASTICSEARCH_BREAKER_SECONDS = float(os.environ.get("ELASTICSEARCH_BREAKER_SECONDS", "30"))
ELASTICSEARCH_CA_CERTS = os.environ.get("ELASTICSEARCH_CA_CERTS", "")
ELASTICSEARCH_API_KEY = os.environ.get("ELASTICSEARCH_API_KEY", "")
ELASTICSEARCH_USERNAME = os.environ.get("ELASTICSEARCH_USERNAME", "")
ELASTICSEARCH_PASSWORD = os.environ.get("ELASTICSEARCH_PASSWORD", "")
if ELASTICSEARCH_URL:
    from search.backends import cluster_backends
    from search.backends.connection import ClusterConfig

    WAGTAILSEARCH_BACKENDS = cluster_backends(
        ClusterConfig(url=ELASTICSEARCH_URL, distribution=ELASTICSEARCH_DISTRIBUTION, timeout=ELASTICSEARCH_TIMEOUT,
                      ca_certs=ELASTICSEARCH_CA_CERTS, api_key=ELASTICSEARCH_API_KEY,
                      username=ELASTICSEARCH_USERNAME, password=ELASTICSEARCH_PASSWORD),
        ELASTICSEARCH_INDEX_PREFIX, [code for code, _name in LANGUAGES])
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}

# A page sent for translation gets a draft copy in each language: it goes live only once translated and approved.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The read-only API (/api/v2/, seo/api.py): at most 50 items a request.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = False
WAGTAIL_SITE_NAME = "France Volontaires Pérou"
# The admin calls no third party from editors' browsers: no Gravatar (it would receive a hash of each editor's
# e-mail), no release check (dependency updates are tracked by `make audit-deps`). The admin CSP relies on it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Every link in every e-mail is built on SITE_URL, never on the host a request claims.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
# Alternative text required (or the image marked decorative): a form rule, no custom image model needed.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.images.forms.AltTextImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is a download (Content-Disposition: attachment), never rendered inside the site's origin.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
