"""A real OpenID Connect provider for the tests: `oidc-provider` (Node.js) in this folder, run
as its own process on loopback by `start_provider`, with the accounts below."""

import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import pytest

HERE = Path(__file__).resolve().parent
CLIENT_ID = "obb-intranet"
CLIENT_SECRET = "testudbyderens-hemmelighed-0123456789"
OTHER_CLIENT_ID = "andet-system"

# The people the provider knows. Who of them the staff register knows is up to each test.
ACCOUNTS = {
    "alice": {"password": "alice-hos-udbyder", "claims": {
        "oid": "0a1ce000-0000-4000-8000-00000000a11c", "email": "Alice@Example.org", "email_verified": True,
        "given_name": "Alice", "family_name": "Testesen", "name": "Alice Testesen",
        "groups": ["grp-ledere", "grp-alle"]}},
    "bob": {"password": "bob-hos-udbyder", "claims": {
        "oid": "0b0b0000-0000-4000-8000-000000000b0b", "email": "bob@example.org", "email_verified": True,
        "given_name": "Bob", "family_name": "Testesen", "groups": ["grp-alle"]}},
    "ukendt": {"password": "ukendt-hos-udbyder", "claims": {
        "oid": "0c0c0000-0000-4000-8000-000000000c0c", "email": "fremmed@example.org", "email_verified": True,
        "given_name": "Frida", "family_name": "Fremmed", "groups": ["grp-alle"]}},
    "nyansat": {"password": "ny-hos-udbyder", "claims": {
        "oid": "0d0d0000-0000-4000-8000-000000000d0d", "email": "nina.ny@example.org", "email_verified": True,
        "given_name": "Nina", "family_name": "Ny", "groups": ["grp-alle", "grp-hr"]}},
}
GROUP_ROLES = ["grp-ledere=Leder", "grp-hr=HR"]


@dataclass
class RunningProvider:
    issuer: str
    process: subprocess.Popen

    def url(self, path):
        return urljoin(self.issuer + "/", path.lstrip("/"))

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start_provider(base_urls, timeout=30):
    """Start the provider with the intranet registered as a client whose redirect and
    post-logout URIs are on each of `base_urls` (e.g. "http://testserver")."""
    node = shutil.which("node")
    if node is None or not (HERE / "node_modules" / "oidc-provider").is_dir():
        message = ("The test OpenID provider is not installed: run `npm ci` in tests/oidc_provider "
                   "(scripts/test.sh does).")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    client = {
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
        "redirect_uris": [f"{base}/oidc/callback/" for base in base_urls],
        "post_logout_redirect_uris": [f"{base}/konto/log-ind/" for base in base_urls],
        "token_endpoint_auth_method": "client_secret_post",
        "grant_types": ["authorization_code"], "response_types": ["code"],
    }
    other = {**client, "client_id": OTHER_CLIENT_ID, "client_secret": CLIENT_SECRET + "-andet"}
    config = {"port": 0, "clients": [client, other], "accounts": ACCOUNTS}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(config, handle)
    process = subprocess.Popen([node, str(HERE / "server.js"), handle.name], cwd=HERE,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ready = threading.Event()
    found = {}
    lines = []

    def read():
        for line in process.stdout:
            lines.append(line)
            match = re.match(r"READY (\S+)", line)
            if match and not ready.is_set():
                found["issuer"] = match.group(1)
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(timeout):
        process.kill()
        raise RuntimeError("the test OpenID provider did not start:\n" + "".join(lines))
    os.unlink(handle.name)
    return RunningProvider(found["issuer"], process)


def configure_intranet(settings, provider, **overrides):
    """Point the intranet's settings (pytest-django's `settings`) at the running provider, as
    the environment would in production."""
    from obb.sso import config

    values = {
        "OIDC_ISSUER": provider.issuer, "OIDC_RP_CLIENT_ID": CLIENT_ID, "OIDC_RP_CLIENT_SECRET": CLIENT_SECRET,
        "OIDC_RP_SCOPES": "openid email profile groups", "OIDC_SUBJECT_CLAIM": "oid",
        "OIDC_GROUP_ROLES": GROUP_ROLES,
    }
    values.update(overrides)
    for name, value in values.items():
        setattr(settings, name, value)
    policy = settings.CONTENT_SECURITY_POLICY
    directives = {**policy["DIRECTIVES"], "form-action": ["'self'", provider.issuer]}
    settings.CONTENT_SECURITY_POLICY = {**policy, "DIRECTIVES": directives}
    config.forget_discovery()


@contextmanager
def running_provider(base_urls):
    """The provider for a fixture: started with `base_urls`, stopped afterwards."""
    provider = start_provider(base_urls)
    try:
        yield provider
    finally:
        provider.stop()


@contextmanager
def single_sign_on(settings, provider, **overrides):
    """Single sign-on on against `provider` for one test; the cached discovery goes after it."""
    from obb.sso import config

    configure_intranet(settings, provider, **overrides)
    try:
        yield provider
    finally:
        config.forget_discovery()
