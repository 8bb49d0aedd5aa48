"""The two ways in: the identity provider (StaffOIDCBackend) and local passwords
(LocalPasswordBackend), each with the intranet's own rules on top."""

import logging

import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from obb.sso import admission, config

logger = logging.getLogger("obb.sso")


class StaffOIDCBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend, with the endpoints found lazily through discovery, the ID
    token's issuer and audience checked as well as its signature, nonce and expiry, the
    claims of the ID token and of the userinfo endpoint read together (Entra ID and AD FS put
    `oid` and `groups` in the ID token only), and our own rules for who may come in."""

    def __init__(self, *args, **kwargs):
        # The library reads every endpoint here; Django makes a backend for every password
        # login and session too, so nothing is fetched until a single sign-on needs it.
        self.UserModel = get_user_model()

    OIDC_RP_IDP_SIGN_KEY = None

    @property
    def OIDC_OP_TOKEN_ENDPOINT(self):  # noqa: N802 (the library's attribute names)
        return config.endpoint("token_endpoint")

    @property
    def OIDC_OP_USER_ENDPOINT(self):  # noqa: N802
        return config.endpoint("userinfo_endpoint")

    @property
    def OIDC_OP_JWKS_ENDPOINT(self):  # noqa: N802
        return config.endpoint("jwks_uri")

    @property
    def OIDC_RP_CLIENT_ID(self):  # noqa: N802
        return settings.OIDC_RP_CLIENT_ID

    @property
    def OIDC_RP_CLIENT_SECRET(self):  # noqa: N802
        return settings.OIDC_RP_CLIENT_SECRET

    @property
    def OIDC_RP_SIGN_ALGO(self):  # noqa: N802
        return settings.OIDC_RP_SIGN_ALGO

    def authenticate(self, request, **kwargs):
        # Only the callback view asks with a nonce; a password login never reaches the provider.
        if not config.is_enabled() or "nonce" not in kwargs or "username" in kwargs or "password" in kwargs:
            return None
        return super().authenticate(request, **kwargs)

    def _verify_jws(self, payload, key):
        header = jwt.get_unverified_header(payload)
        if header.get("alg") != self.OIDC_RP_SIGN_ALGO:
            raise SuspiciousOperation(f"ID token signed with {header.get('alg')!r}, not {self.OIDC_RP_SIGN_ALGO!r}")
        try:
            return jwt.decode(
                payload, key, algorithms=[self.OIDC_RP_SIGN_ALGO], audience=self.OIDC_RP_CLIENT_ID,
                issuer=config.issuer(), leeway=settings.OIDC_CLOCK_SKEW_SECONDS,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )
        except jwt.PyJWTError as exc:
            raise SuspiciousOperation(f"ID token refused: {exc}") from exc

    def get_userinfo(self, access_token, id_token, payload):
        claims = dict(payload)
        if self.OIDC_OP_USER_ENDPOINT and access_token:
            info = super().get_userinfo(access_token, id_token, payload)
            if info.get("sub") and info["sub"] != payload.get("sub"):
                raise SuspiciousOperation("userinfo answered for another subject than the ID token")
            claims.update(info)
        return claims

    def verify_claims(self, claims):
        return True  # admission.admit decides, with a reason the person is told

    def get_or_create_user(self, access_token, id_token, payload):
        claims = self.get_userinfo(access_token, id_token, payload)
        try:
            return admission.admit(claims)
        except admission.Refused as refusal:
            self.request.sso_refusal = refusal.reason
            # The provider's id only: enough to find the person in the provider's own log.
            logger.warning("Single sign-on refused (%s) for subject %r", refusal.reason, refusal.subject)
            return None

    def get_user(self, user_id):
        # A session made through single sign-on ends as soon as the person has left.
        return self.UserModel.objects.current().filter(pk=user_id).first()


class LocalPasswordBackend(ModelBackend):
    """User name and password. With LOCAL_LOGIN=false only break-glass accounts may use it,
    on every form that logs in (the login page, the admin's login, any POST)."""

    def user_can_authenticate(self, user):
        if not super().user_can_authenticate(user):
            return False
        return settings.LOCAL_LOGIN or user.is_break_glass


def is_sso_attempt(request, credentials):
    """For django-axes: a refused single sign-on is not a guessed password. Counting it would
    lock out everyone behind the same address after five refusals."""
    credentials = credentials or {}
    return "nonce" in credentials and not credentials.get("username")
