"""The settings are safe by default: without DEBUG the app needs a real secret and hosts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_check(**env):
    environment = {key: value for key, value in os.environ.items()
                   if key not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="obb.settings", DATABASE_URL="sqlite:////tmp/obb-settings.db")
    return subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "env, message",
    [
        ({}, "SECRET_KEY er ikke sat"),
        ({"SECRET_KEY": "kort"}, "SECRET_KEY er for svag"),
        ({"SECRET_KEY": "django-insecure-" + "x" * 60}, "SECRET_KEY er for svag"),
        ({"SECRET_KEY": "Qm2vL7pR4wZ8kT1nB6cY3hF5jD0" * 3}, "ALLOWED_HOSTS er ikke sat"),
    ],
)
def test_without_debug_the_app_refuses_to_start_unsafely(env, message):
    result = run_check(**env)
    assert result.returncode != 0
    assert message in result.stderr


def test_with_debug_it_starts_with_development_defaults():
    result = run_check(DEBUG="true")
    assert result.returncode == 0, result.stderr


def test_with_a_real_secret_and_hosts_it_starts():
    result = run_check(SECRET_KEY="Qm2vL7pR4wZ8kT1nB6cY3hF5jD0" * 3, ALLOWED_HOSTS="intranet.example.org")
    assert result.returncode == 0, result.stderr


def test_every_variable_the_settings_read_is_documented_in_env_example():
    import re

    source = (ROOT / "obb" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r"\benv(?:\.\w+)?\(\s*[\"']([A-Z][A-Z0-9_]*)[\"']", source))
    assert {"SECRET_KEY", "DATABASE_URL", "AXES_ENABLED", "MAX_UPLOAD_MB"} <= read  # the pattern finds them
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([A-Z][A-Z0-9_]*)=", example, re.M))
    assert sorted(read - documented) == []
