"""The login button's redirect to the provider, the callback, the refusal page and logout."""

import logging
from urllib.parse import urlencode

import requests
from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.generic import View
from mozilla_django_oidc import views as oidc_views

from obb.sso import config
from obb.sso.admission import Refused

logger = logging.getLogger("obb.sso")

REFUSAL_SESSION_KEY = "sso_refusal"


def _refused(request, reason):
    request.session[REFUSAL_SESSION_KEY] = reason
    return redirect("sso_refused")


class SSOLoginView(oidc_views.OIDCAuthenticationRequestView):
    """"Log ind med Odense Kommune": to the provider with state, nonce and a PKCE challenge."""

    def __init__(self, **kwargs):
        View.__init__(self, **kwargs)  # the endpoint is looked up in get(), not for every request

    def get(self, request):
        if not config.is_enabled():
            raise Http404
        try:
            self.OIDC_OP_AUTH_ENDPOINT = config.endpoint("authorization_endpoint")
        except config.ProviderUnavailable as exc:
            logger.error("Single sign-on unavailable: %s", exc)
            return _refused(request, Refused.UNAVAILABLE)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        return super().get(request)


class SSOCallbackView(oidc_views.OIDCAuthenticationCallbackView):
    """Where the provider sends the person back: the library checks state, exchanges the code
    (with the PKCE verifier) and validates the ID token; a refusal gets a Danish page."""

    def get(self, request):
        if not config.is_enabled():
            raise Http404
        try:
            return super().get(request)
        except (SuspiciousOperation, requests.RequestException, config.ProviderUnavailable) as exc:
            logger.warning("Single sign-on callback refused: %s", exc)
            return _refused(request, Refused.INVALID)

    def login_failure(self):
        reason = getattr(self.request, "sso_refusal", None)
        if reason is None:
            reason = Refused.CANCELLED if self.request.GET.get("error") else Refused.INVALID
            logger.warning("Single sign-on failed: %s", self.request.GET.get("error") or "no user")
        return _refused(self.request, reason)


def refused(request):
    """The Danish page for someone single sign-on did not let in, and whom to contact."""
    reason = request.session.get(REFUSAL_SESSION_KEY)
    return render(request, "sso/refused.html", {
        "message": Refused.message(reason) if reason else "",
        "contact": settings.SSO_SUPPORT_CONTACT,
        "sso_label": settings.SSO_LOGIN_LABEL,
        "sso_enabled": config.is_enabled(),
    })


class LogoutView(oidc_views.OIDCLogoutView):
    """Log out of the intranet, and of the provider too when the person came in through it
    (see provider_logout_url)."""

    http_method_names = ["post"]


def provider_logout_url(request):
    """OIDC_OP_LOGOUT_URL_METHOD: the provider's end_session_endpoint with id_token_hint and
    post_logout_redirect_uri, for a session made through single sign-on; otherwise the login page."""
    local = reverse(settings.LOGOUT_REDIRECT_URL)
    id_token = request.session.get("oidc_id_token")
    if not id_token or not config.is_enabled():
        return local
    try:
        end_session = config.endpoint("end_session_endpoint")
    except config.ProviderUnavailable as exc:
        logger.warning("Provider logout skipped: %s", exc)
        return local
    if not end_session:
        return local
    query = urlencode({
        "id_token_hint": id_token,
        "post_logout_redirect_uri": request.build_absolute_uri(local),
        "client_id": settings.OIDC_RP_CLIENT_ID,
    })
    return f"{end_session}{'&' if '?' in end_session else '?'}{query}"
