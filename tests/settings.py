"""Test settings: the production settings module with test-only values from the environment.

The suite runs with DEBUG off, as production does; it only supplies the secrets a test machine
lacks. DATABASE_URL passes through, so the same suite runs on SQLite and on PostgreSQL.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-key-" + "x9Qm2#vL7!pR4$wZ8^kT1&nB6*cY3(hF5)jD0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from obb.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Static files come straight from the finders: the suite never runs collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Login throttling counts failed logins across tests; tests of throttling turn it on themselves.
AXES_ENABLED = False
