"""The identity provider's settings and endpoints.

The endpoints come from the provider's discovery document
(`<issuer>/.well-known/openid-configuration`), fetched the first time they are needed and kept
for an hour; an endpoint set explicitly in the settings wins over the document.
"""

import logging
import threading
import time

import requests
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from obb.roles import GROUP_NAMES, Role

logger = logging.getLogger(__name__)

DISCOVERY_CACHE_SECONDS = 3600

# Setting name for an explicit override -> the discovery document's key.
ENDPOINTS = {
    "authorization_endpoint": "OIDC_OP_AUTHORIZATION_ENDPOINT",
    "token_endpoint": "OIDC_OP_TOKEN_ENDPOINT",
    "userinfo_endpoint": "OIDC_OP_USER_ENDPOINT",
    "jwks_uri": "OIDC_OP_JWKS_ENDPOINT",
    "end_session_endpoint": "OIDC_OP_LOGOUT_ENDPOINT",
}

_cache: dict[str, tuple[float, dict]] = {}
_lock = threading.Lock()


class ProviderUnavailable(Exception):
    """The discovery document could not be fetched or read."""


def is_enabled() -> bool:
    """Single sign-on is on when a client id and a way to find the provider are configured."""
    return bool(settings.OIDC_RP_CLIENT_ID and (
        settings.OIDC_ISSUER or settings.OIDC_DISCOVERY_URL or settings.OIDC_OP_AUTHORIZATION_ENDPOINT))


def discovery_url() -> str:
    if settings.OIDC_DISCOVERY_URL:
        return settings.OIDC_DISCOVERY_URL
    if settings.OIDC_ISSUER:
        return settings.OIDC_ISSUER.rstrip("/") + "/.well-known/openid-configuration"
    return ""


def discovery() -> dict:
    """The provider's discovery document (empty when only explicit endpoints are configured)."""
    url = discovery_url()
    if not url:
        return {}
    now = time.monotonic()
    cached = _cache.get(url)
    if cached and now - cached[0] < DISCOVERY_CACHE_SECONDS:
        return cached[1]
    with _lock:
        try:
            response = requests.get(url, timeout=settings.OIDC_TIMEOUT)
            response.raise_for_status()
            document = response.json()
        except (requests.RequestException, ValueError) as exc:
            raise ProviderUnavailable(f"discovery document {url}: {exc}") from exc
        if not isinstance(document, dict) or "authorization_endpoint" not in document:
            raise ProviderUnavailable(f"discovery document {url} has no authorization_endpoint")
        _cache[url] = (now, document)
        return document


def forget_discovery():
    """Drop the cached discovery documents (tests, or after the provider changed its keys)."""
    _cache.clear()


def endpoint(name: str) -> str:
    """The URL of one of the provider's endpoints (see ENDPOINTS), or "" if it has none."""
    explicit = getattr(settings, ENDPOINTS[name])
    if explicit:
        return explicit
    return discovery().get(name, "")


def issuer() -> str:
    """The issuer every ID token must name."""
    return settings.OIDC_ISSUER or discovery().get("issuer", "")


def group_roles() -> list[tuple[str, Role]]:
    """OIDC_GROUP_ROLES parsed: (group id, role) pairs. A role is named as in the admin
    (Leder, HR, Ledelse, Administrator, Medarbejder), in any case."""
    by_name = {name.lower(): role for role, name in GROUP_NAMES.items()}
    by_name.update({role.value: role for role in Role})
    pairs = []
    for entry in settings.OIDC_GROUP_ROLES:
        group, sep, role_name = entry.strip().rpartition("=")
        role = by_name.get(role_name.strip().lower())
        if not sep or not group.strip() or role is None:
            raise ImproperlyConfigured(
                f"OIDC_GROUP_ROLES: {entry!r} skal have formen gruppe-id=rolle, hvor rollen er en af "
                + ", ".join(GROUP_NAMES.values()))
        pairs.append((group.strip(), role))
    return pairs
