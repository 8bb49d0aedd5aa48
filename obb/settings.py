"""Settings for the OBB intranet.

Every value that differs between machines comes from the environment (or an optional `.env`
file beside `manage.py`); `.env.example` documents each variable. The defaults are the safe
ones: DEBUG is off, and with DEBUG off the app refuses to start without a real SECRET_KEY and
ALLOWED_HOSTS.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=False)

# --- Secrets and hosts -------------------------------------------------------------------

_DEV_SECRET_KEY = "dev-only-not-secret-obb-intranet-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY er ikke sat. Sæt en lang, tilfældig værdi i miljøet eller i .env "
            "(se .env.example), eller sæt DEBUG=true til lokal udvikling."
        )
    SECRET_KEY = _DEV_SECRET_KEY
elif not DEBUG and (
    SECRET_KEY == _DEV_SECRET_KEY
    or SECRET_KEY.startswith("django-insecure")
    or len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
):
    raise ImproperlyConfigured(
        "SECRET_KEY er for svag til drift: brug mindst 50 tilfældige tegn (se .env.example)."
    )

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "ALLOWED_HOSTS er ikke sat. Angiv de værtsnavne, intranettet svarer på (se .env.example)."
        )
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- Applications ------------------------------------------------------------------------

INSTALLED_APPS = [
    "obb.apps.ObbConfig",
    "obb.scim.apps.ScimConfig",
    "strategy.apps.StrategyConfig",
    "strategy.followup.apps.FollowupConfig",
    "hrtools.apps.HrtoolsConfig",
    "hrtools.competences.apps.CompetencesConfig",
    "hrtools.staffstats.apps.StaffstatsConfig",
    "hrtools.recruitment.apps.RecruitmentConfig",
    "hrtools.onboarding.apps.OnboardingConfig",
    "hrtools.mus.apps.MusConfig",
    "reporting.apps.ReportingConfig",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "simple_history",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "obb.middleware.ExpiredSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "obb.urls"
FORM_RENDERER = "obb.forms.FormRenderer"
WSGI_APPLICATION = "obb.wsgi.application"

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
                "obb.context_processors.navigation",
            ],
        },
    },
]

# --- Database ----------------------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Users, login and sessions -----------------------------------------------------------

AUTH_USER_MODEL = "obb.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user name
# from one address, that pair is locked out for AXES_COOLOFF_MINUTES; the page says so in Danish.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "obb.sso.backends.LocalPasswordBackend",
    "obb.sso.backends.StaffOIDCBackend",
]
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_MINUTES = env.int("AXES_COOLOFF_MINUTES", default=15)
AXES_COOLOFF_TIME = AXES_COOLOFF_MINUTES / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_IPWARE_PROXY_COUNT = env.int("AXES_PROXY_COUNT", default=0) or None
# A refused single sign-on is the provider's answer, not a guessed password: never counted.
AXES_WHITELIST_CALLABLE = "obb.sso.backends.is_sso_attempt"

# Local passwords (user name and password on the login page and the admin's login). With
# LOCAL_LOGIN=false only accounts marked break-glass may use them, at /konto/log-ind/?lokal=1.
LOCAL_LOGIN = env.bool("LOCAL_LOGIN", default=True)

# --- Single sign-on (OpenID Connect, docs/identity.md) -----------------------------------
# Off until a client id and the provider (issuer or discovery URL) are set. The endpoints come
# from the provider's discovery document; an explicit endpoint below wins over it.
OIDC_ISSUER = env.str("OIDC_ISSUER", default="")
OIDC_DISCOVERY_URL = env.str("OIDC_DISCOVERY_URL", default="")
OIDC_RP_CLIENT_ID = env.str("OIDC_RP_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env.str("OIDC_RP_CLIENT_SECRET", default="")
OIDC_RP_SCOPES = env.str("OIDC_RP_SCOPES", default="openid email profile")
OIDC_RP_SIGN_ALGO = env.str("OIDC_RP_SIGN_ALGO", default="RS256")
OIDC_OP_AUTHORIZATION_ENDPOINT = env.str("OIDC_OP_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env.str("OIDC_OP_TOKEN_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT = env.str("OIDC_OP_USER_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env.str("OIDC_OP_JWKS_ENDPOINT", default="")
OIDC_OP_LOGOUT_ENDPOINT = env.str("OIDC_OP_LOGOUT_ENDPOINT", default="")
OIDC_SUBJECT_CLAIM = env.str("OIDC_SUBJECT_CLAIM", default="sub")
OIDC_EMAIL_CLAIM = env.str("OIDC_EMAIL_CLAIM", default="email")
OIDC_GROUPS_CLAIM = env.str("OIDC_GROUPS_CLAIM", default="groups")
OIDC_GROUP_ROLES = env.list("OIDC_GROUP_ROLES", default=[])
OIDC_GROUP_ROLES_MODE = env.str("OIDC_GROUP_ROLES_MODE", default="add")
if OIDC_GROUP_ROLES_MODE not in {"add", "replace"}:
    raise ImproperlyConfigured("OIDC_GROUP_ROLES_MODE skal være add eller replace.")
OIDC_CREATE_USERS = env.bool("OIDC_CREATE_USERS", default=False)
OIDC_TIMEOUT = env.int("OIDC_TIMEOUT", default=10)
OIDC_CLOCK_SKEW_SECONDS = 60
SSO_LOGIN_LABEL = env.str("SSO_LOGIN_LABEL", default="Log ind med Odense Kommune")
SSO_SUPPORT_CONTACT = env.str("SSO_SUPPORT_CONTACT", default="din leder eller HR")
# mozilla-django-oidc's own settings, fixed by the intranet:
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
OIDC_STORE_ID_TOKEN = True  # the id_token_hint of the provider logout
OIDC_CREATE_USER = False  # obb.sso.admission decides
OIDC_OP_LOGOUT_URL_METHOD = "obb.sso.views.provider_logout_url"
OIDC_AUTHENTICATION_CALLBACK_URL = "oidc_authentication_callback"

# A session ends after this many minutes without a request: every request renews it.
SESSION_IDLE_MINUTES = env.int("SESSION_IDLE_MINUTES", default=30)
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "obb.views.errors.csrf_failure"

# SCIM provisioning (/scim/v2/, docs/identity.md, part 3): which identity-provider groups give which
# role, as "group name or object id=role,…" with role one of leder, hr, ledelse, administrator.
SCIM_GROUP_ROLES = env.dict("SCIM_GROUP_ROLES", default={})

# --- Security (production-safe unless DEBUG) ---------------------------------------------

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

_sso_origins = sorted({
    f"{parts.scheme}://{parts.netloc}"
    for parts in map(urlsplit, [OIDC_ISSUER, OIDC_DISCOVERY_URL, OIDC_OP_LOGOUT_ENDPOINT])
    if parts.scheme in {"http", "https"} and parts.netloc
})
# Content-Security-Policy: everything comes from the app itself; no inline scripts or styles.
# (`data:` images are the design system's icons embedded in its stylesheet.)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # The logout form ends at the identity provider's logout page (a redirect the browser
        # checks against form-action).
        "form-action": ["'self'", *_sso_origins],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Uploads (Excel sheets, images) are refused above this size with a Danish message.
MAX_UPLOAD_MB = env.int("MAX_UPLOAD_MB", default=10)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- The staff register (docs/identity.md, part 2) ----------------------------------------

# Where an uploaded staff file waits between the preview and the confirmation (empty: a folder
# in the system's temporary directory). Give several servers one shared folder.
STAFF_SYNC_DIR = env.str("STAFF_SYNC_DIR", default="")
# A leaver's MUS content is erased this many years after their end date (apply_mus_retention).
MUS_RETENTION_YEARS_AFTER_LEAVING = env.int("MUS_RETENTION_YEARS_AFTER_LEAVING", default=5)

# --- Language and time -------------------------------------------------------------------

LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# One Danish date format for pages, mails and PDF ("5. okt. 2026"): obb/formats/da/formats.py.
FORMAT_MODULE_PATH = ["obb.formats"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

# --- Static and media files --------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# --- E-mail ------------------------------------------------------------------------------

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="OBB intranet <intranet@obb.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Absolute base for links in e-mails, e.g. https://intranet.odense.dk (empty: relative links)
SITE_URL = env.str("SITE_URL", default="")
# Members of this unit take the onboarding tasks assigned to IT
ONBOARDING_IT_UNIT_SLUG = env.str("ONBOARDING_IT_UNIT_SLUG", default="digital-udvikling")

# --- Logging -----------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

