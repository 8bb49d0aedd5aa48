"""Single sign-on's settings as the environment gives them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _settings_value(expression, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("OIDC_", "DJANGO_"))}
    environment.update(env, DEBUG="true", DJANGO_SETTINGS_MODULE="obb.settings")
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; print({expression})"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


FORM_ACTION = "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['form-action']"


def test_the_logout_form_may_end_at_the_configured_provider_only():
    assert _settings_value(FORM_ACTION) == "[\"'self'\"]"
    configured = _settings_value(FORM_ACTION, OIDC_ISSUER="https://login.microsoftonline.com/tenant-id/v2.0",
                                 OIDC_RP_CLIENT_ID="app")
    assert configured == "[\"'self'\", 'https://login.microsoftonline.com']"


def test_sso_is_off_without_a_client_id_and_on_with_one():
    expression = "__import__('obb.sso.config', fromlist=['x']).is_enabled()"
    assert _settings_value(expression) == "False"
    assert _settings_value(expression, OIDC_ISSUER="https://adfs.odense.dk/adfs") == "False"
    assert _settings_value(expression, OIDC_ISSUER="https://adfs.odense.dk/adfs", OIDC_RP_CLIENT_ID="app") == "True"
