"""The protocol's safeguards, against the real provider: a callback whose state, nonce, PKCE
verifier, issuer or code is not the one this browser's login started with logs nobody in."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from obb.models import User

REFUSED = reverse("sso_refused")
INVALID = "svaret fra kommunens log ind ikke kunne godkendes"


def _start(client):
    response = client.get(reverse("oidc_authentication_init"))
    assert response.status_code == 302
    return response["Location"]


def _states(client):
    session = client.session
    return session, session["oidc_states"]


def _assert_refused_as_invalid(client, response):
    assert response.status_code == 302
    assert response["Location"] == REFUSED
    assert INVALID in client.get(REFUSED).content.decode()
    assert SESSION_KEY not in client.session


def test_the_request_to_the_provider_carries_state_nonce_and_a_pkce_challenge(world, client, sso):
    from urllib.parse import parse_qs, urlsplit

    location = _start(client)
    query = parse_qs(urlsplit(location).query)
    assert location.startswith(sso.issuer + "/auth?")
    assert query["code_challenge_method"] == ["S256"]
    assert query["redirect_uri"] == ["http://testserver/oidc/callback/"]
    state = query["state"][0]
    stored = client.session["oidc_states"][state]
    assert stored["nonce"] == query["nonce"][0]
    assert len(stored["code_verifier"]) == 64


def test_a_callback_with_another_state_is_refused(world, client, at_provider):
    callback = at_provider.sign_in(_start(client), "alice")
    path, query = callback.split("?", 1)
    forged = "&".join("state=forfalsket" if part.startswith("state=") else part for part in query.split("&"))
    _assert_refused_as_invalid(client, client.get(f"{path}?{forged}"))


def test_a_callback_in_another_browser_is_refused(world, client, at_provider):
    from django.test import Client

    callback = at_provider.sign_in(_start(client), "alice")
    other = Client()
    response = other.get(callback)
    assert response.status_code == 302
    assert response["Location"] == REFUSED
    assert SESSION_KEY not in other.session


def test_an_id_token_with_another_nonce_is_refused(world, client, at_provider):
    location = _start(client)
    session, states = _states(client)
    for entry in states.values():
        entry["nonce"] = "en-anden-nonce"
    session.save()
    _assert_refused_as_invalid(client, client.get(at_provider.sign_in(location, "alice")))


def test_a_code_exchanged_with_the_wrong_pkce_verifier_is_refused_by_the_provider(world, client, at_provider):
    location = _start(client)
    session, states = _states(client)
    for entry in states.values():
        entry["code_verifier"] = "x" * 64
    session.save()
    _assert_refused_as_invalid(client, client.get(at_provider.sign_in(location, "alice")))


def test_a_callback_used_twice_logs_in_only_once(world, client, at_provider):
    callback = at_provider.sign_in(_start(client), "alice")
    assert client.get(callback)["Location"] == reverse("home")
    client.post(reverse("logout"))
    _assert_refused_as_invalid(client, client.get(callback))


def test_an_id_token_from_another_issuer_is_refused(world, client, at_provider, settings, sso):
    settings.OIDC_DISCOVERY_URL = sso.issuer + "/.well-known/openid-configuration"
    settings.OIDC_ISSUER = "https://login.example.org/en-anden-udbyder"
    _assert_refused_as_invalid(client, client.get(at_provider.sign_in(_start(client), "alice")))
    world.alice.refresh_from_db()
    assert world.alice.sso_subject is None


def test_an_id_token_the_provider_issued_to_another_application_is_refused(world, client, sign_in_with_sso,
                                                                           settings):
    from django.core.exceptions import SuspiciousOperation

    from obb.sso.backends import StaffOIDCBackend
    from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, OTHER_CLIENT_ID

    # Another application of the municipality signs Alice in and gets an ID token for itself.
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = OTHER_CLIENT_ID, CLIENT_SECRET + "-andet"
    assert sign_in_with_sso("alice")["Location"] == reverse("home")
    foreign_token = client.session["oidc_id_token"]
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = CLIENT_ID, CLIENT_SECRET
    backend = StaffOIDCBackend()
    with pytest.raises(SuspiciousOperation, match="Audience doesn't match"):
        backend.verify_token(foreign_token, nonce=None)
    settings.OIDC_RP_CLIENT_ID = OTHER_CLIENT_ID
    settings.OIDC_USE_NONCE = False  # the nonce of that login is gone; only the audience is under test
    assert backend.verify_token(foreign_token)["aud"] == OTHER_CLIENT_ID


def test_cancelling_at_the_provider_is_explained(world, client, at_provider):
    import re

    page, _back = at_provider.follow(_start(client))
    action = re.search(r'action="(/interaction/[^"]+/abort)"', page.text).group(1)
    _page, callback = at_provider.follow(at_provider.provider.url(action), "post", {})
    response = client.get(callback)
    assert response["Location"] == REFUSED
    assert "Log ind blev afbrudt" in client.get(REFUSED).content.decode()
    assert SESSION_KEY not in client.session


def test_a_wrong_password_at_the_provider_never_reaches_the_intranet(world, client, at_provider):
    import re

    page, _back = at_provider.follow(_start(client))
    action = re.search(r'action="(/interaction/[^"]+/login)"', page.text).group(1)
    page, back = at_provider.follow(at_provider.provider.url(action), "post", {"login": "alice", "password": "forkert"})
    assert back is None
    assert "Forkert brugernavn eller adgangskode" in page.text


def test_logout_sends_the_browser_to_end_the_provider_session(world, client, sign_in_with_sso, sso):
    from urllib.parse import parse_qs, urlsplit

    sign_in_with_sso("alice")
    id_token = client.session["oidc_id_token"]
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    parts = urlsplit(response["Location"])
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == sso.issuer + "/session/end"
    assert parse_qs(parts.query) == {
        "id_token_hint": [id_token], "post_logout_redirect_uri": ["http://testserver/konto/log-ind/"],
        "client_id": ["obb-intranet"]}
    assert SESSION_KEY not in client.session


def test_logout_of_a_password_session_stays_in_the_intranet(world, login, sso):
    client = login(world.alice)
    response = client.post(reverse("logout"))
    assert response["Location"] == reverse("login")


def test_an_unreachable_provider_gets_a_danish_page(world, client, settings, sso):
    from obb.sso import config

    settings.OIDC_ISSUER = "http://127.0.0.1:9"  # the discard port: nothing answers
    config.forget_discovery()
    response = client.get(reverse("oidc_authentication_init"))
    assert response["Location"] == REFUSED
    assert "Kommunens log ind svarer ikke lige nu" in client.get(REFUSED).content.decode()


@pytest.mark.parametrize("path", ["oidc_authentication_init", "oidc_authentication_callback"])
def test_with_no_provider_configured_sso_is_off(world, client, path):
    assert client.get(reverse(path)).status_code == 404
    assert not User.objects.filter(sso_subject__isnull=False).exists()
