"""Only a usable bearer token opens /scim/v2/: not a wrong, missing or revoked one, nor a session."""

import hashlib

import pytest
from django.test import Client

from obb.models import User
from obb.scim.models import ScimToken
from tests.scim.helpers import entra_user, post

ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


def assert_refused(response):
    assert response.status_code == 401, response.content
    assert response.json()["schemas"] == [ERROR]
    assert response.json()["status"] == "401"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_token_opens_the_endpoint(world, scim):
    response = scim.get("/scim/v2/ServiceProviderConfig")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/scim+json"
    assert response.json()["patch"] == {"supported": True}
    assert ScimToken.objects.get().last_used_at is not None


@pytest.mark.parametrize("header", [None, "Bearer forkert", "Basic YWRtaW46b2JiZGVtbw==", "Bearer "])
def test_a_wrong_or_missing_token_is_refused_and_nothing_is_created(world, header):
    client = Client(**({"HTTP_AUTHORIZATION": header} if header else {}))

    assert_refused(client.get("/scim/v2/Users"))
    assert_refused(client.get("/scim/v2/ServiceProviderConfig"))
    assert_refused(post(client, "Users", entra_user("ny@odense.dk")))
    assert not User.objects.filter(username="ny@odense.dk").exists()


def test_a_revoked_token_is_refused(world, token, scim):
    ScimToken.objects.get().revoke(by=world.adam)

    assert_refused(scim.get("/scim/v2/Users"))
    assert_refused(post(scim, "Users", entra_user("ny@odense.dk")))
    assert not User.objects.filter(username="ny@odense.dk").exists()


def test_an_administrators_session_is_no_scim_credential(world, login):
    browser = login(world.adam)

    assert_refused(browser.get("/scim/v2/Users"))
    assert_refused(post(browser, "Users", entra_user("ny@odense.dk")))
    assert not User.objects.filter(username="ny@odense.dk").exists()


def test_only_the_digest_of_a_token_is_kept(world):
    token, raw = ScimToken.issue("Entra ID", by=world.adam)

    stored = ScimToken.objects.filter(pk=token.pk).values().get()
    assert raw not in str(stored)
    assert stored["digest"] == hashlib.sha256(raw.encode()).hexdigest()
    assert len(raw) > 60


def test_the_administrator_makes_a_token_in_the_admin_and_sees_it_once(world, login):
    admin = login(world.adam)

    response = admin.post("/admin/scim/scimtoken/add/", {"name": "Entra ID, produktion"})

    assert response.status_code == 200
    raw = response.context["raw_token"]
    assert raw.encode() in response.content
    assert "vises ikke igen" in response.content.decode()
    token = ScimToken.objects.get(name="Entra ID, produktion")
    assert token.created_by == world.adam
    assert Client(HTTP_AUTHORIZATION=f"Bearer {raw}").get("/scim/v2/Users").status_code == 200
    page = admin.get(f"/admin/scim/scimtoken/{token.pk}/change/")
    assert page.status_code == 200
    assert raw.encode() not in page.content


def test_the_administrator_revokes_a_token_in_the_admin(world, login, token):
    admin = login(world.adam)
    stored = ScimToken.objects.get()

    response = admin.post("/admin/scim/scimtoken/", {"action": "revoke", "_selected_action": [stored.pk]})

    assert response.status_code == 302
    stored.refresh_from_db()
    assert stored.revoked_at is not None
    assert stored.history.first().history_user == world.adam
    assert_refused(Client(HTTP_AUTHORIZATION=f"Bearer {token}").get("/scim/v2/Users"))


def test_someone_else_cannot_make_a_token(world, login):
    hr = login(world.hanne)

    response = hr.post("/admin/scim/scimtoken/add/", {"name": "Min egen"})

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not ScimToken.objects.exists()
