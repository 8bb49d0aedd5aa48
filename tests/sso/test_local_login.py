"""Local passwords: on by default, as the demo needs; with LOCAL_LOGIN=false only break-glass
accounts may use one, on every form that logs in, still under login throttling."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from tests.conftest import PASSWORD


def test_with_no_provider_the_login_page_is_the_password_form_as_before(world, client):
    response = client.get(reverse("login"))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="password"' in page
    assert "Log ind med Odense Kommune" not in page
    response = client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    assert response["Location"] == reverse("home")
    assert client.session[SESSION_KEY] == str(world.alice.pk)


def test_with_a_provider_the_login_page_offers_its_button_above_the_password_form(world, client, sso, settings):
    settings.SSO_LOGIN_LABEL = "Log ind med Odense Kommunes konto"
    page = client.get(reverse("login") + "?next=/organisation/").content.decode()
    button = page.index('href="/oidc/log-ind/?next=/organisation/">Log ind med Odense Kommunes konto</a>')
    assert button < page.index('name="password"')


@pytest.fixture
def local_login_off(settings, sso):
    settings.LOCAL_LOGIN = False


def test_local_login_off_hides_the_password_form(world, client, local_login_off):
    page = client.get(reverse("login")).content.decode()
    assert "Log ind med Odense Kommune" in page
    assert 'name="password"' not in page


def test_local_login_off_refuses_a_posted_password(world, client, local_login_off):
    response = client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 200
    assert "Indtast venligst korrekt brugernavn og adgangskode" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_local_login_off_refuses_the_admin_login_too(world, client, local_login_off):
    response = client.post(reverse("admin:login"), {"username": "adam", "password": PASSWORD})
    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_a_break_glass_administrator_logs_in_with_a_password_at_lokal(world, client, local_login_off):
    world.adam.is_break_glass = True
    world.adam.save()
    page = client.get(reverse("login") + "?lokal=1").content.decode()
    assert "Nødadgang med lokal adgangskode" in page
    assert 'action="/konto/log-ind/?lokal=1"' in page
    response = client.post(reverse("login") + "?lokal=1", {"username": "adam", "password": PASSWORD})
    assert response["Location"] == reverse("home")
    assert client.session[SESSION_KEY] == str(world.adam.pk)
    admin = client.get(reverse("admin:index"))
    assert admin.status_code == 200


def test_a_break_glass_account_is_still_throttled(world, client, local_login_off, settings):
    settings.AXES_ENABLED = True
    world.adam.is_break_glass = True
    world.adam.save()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login") + "?lokal=1", {"username": "adam", "password": "forkert"})
    response = client.post(reverse("login") + "?lokal=1", {"username": "adam", "password": PASSWORD})
    assert response.status_code == 429
    assert "For mange forkerte forsøg" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_refused_passwords_of_ordinary_accounts_count_towards_the_lock_out(world, client, local_login_off, settings):
    settings.AXES_ENABLED = True
    statuses = [client.post(reverse("login"), {"username": "alice", "password": PASSWORD}).status_code
                for _ in range(settings.AXES_FAILURE_LIMIT - 1)]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    assert client.post(reverse("login"), {"username": "alice", "password": PASSWORD}).status_code == 429


def test_sso_refusals_do_not_lock_out_the_address(world, client, sign_in_with_sso, at_provider, settings):
    from axes.models import AccessAttempt

    settings.AXES_ENABLED = True
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        sign_in_with_sso("ukendt")
    assert not AccessAttempt.objects.exists()
    at_provider.http.cookies.clear()  # another person at the same address
    assert sign_in_with_sso("alice")["Location"] == reverse("home")
    assert client.session[SESSION_KEY] == str(world.alice.pk)
