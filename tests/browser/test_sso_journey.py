"""Single sign-on in a real browser against a real OpenID Connect provider (tests/oidc_provider):
the button, the provider's login form, the way back as the right person with the right roles,
the refusals, and a logout that ends the provider's session too."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from obb.roles import GROUP_NAMES, Role
from tests.browser.conftest import check_accessibility, screenshot
from tests.oidc_provider import ACCOUNTS, running_provider, single_sign_on


@pytest.fixture(scope="session")
def live_oidc_provider(live_server):
    with running_provider([live_server.url]) as provider:
        yield provider


@pytest.fixture
def sso(settings, live_oidc_provider):
    with single_sign_on(settings, live_oidc_provider) as provider:
        yield provider


def sign_in_at_provider(page, login):
    page.get_by_role("link", name="Log ind med Odense Kommune").click()
    page.wait_for_url("**/interaction/**")
    assert page.get_by_role("heading", name="Log ind hos testudbyderen").is_visible()
    page.get_by_label("Brugernavn").fill(login)
    page.get_by_label("Adgangskode").fill(ACCOUNTS[login]["password"])
    page.get_by_role("button", name="Log ind hos udbyderen").click()


def test_alice_signs_in_with_the_municipality_and_gets_the_role_of_her_group(world, sso, open_page):
    page = open_page()
    page.goto("/")
    assert "/konto/log-ind/" in page.url
    assert check_accessibility(page) == []
    screenshot(page, "login-sso-desktop")
    sign_in_at_provider(page, "alice")
    page.get_by_role("heading", name="Goddag, Alice").wait_for()
    assert urlsplit(page.url).path == "/"
    world.alice.refresh_from_db()
    assert world.alice.sso_subject == ACCOUNTS["alice"]["claims"]["oid"]
    assert set(world.alice.groups.values_list("name", flat=True)) == {
        GROUP_NAMES[Role.EMPLOYEE], GROUP_NAMES[Role.MANAGER]}


def test_someone_the_register_does_not_know_is_refused_in_danish(world, sso, open_page):
    page = open_page()
    page.goto("/konto/log-ind/")
    sign_in_at_provider(page, "ukendt")
    page.wait_for_url("**/oidc/afvist/")
    assert page.get_by_role("heading", name="Du kan ikke logge ind på intranettet").is_visible()
    assert "Du er ikke oprettet i personaleregistret" in page.get_by_role("alert").inner_text()
    assert page.get_by_text("Kontakt din leder eller HR, hvis du mener, at du skal have adgang.").is_visible()
    assert check_accessibility(page) == []
    screenshot(page, "sso-afvist")
    page.goto("/")
    assert "/konto/log-ind/" in page.url


def test_a_leaver_is_refused(world, sso, open_page):
    world.bob.end_date = timezone.localdate() - timedelta(days=1)
    world.bob.save()
    page = open_page()
    page.goto("/konto/log-ind/")
    sign_in_at_provider(page, "bob")
    page.wait_for_url("**/oidc/afvist/")
    assert "Din ansættelse er afsluttet" in page.get_by_role("alert").inner_text()


def test_logout_ends_both_sessions(world, sso, open_page):
    page = open_page()
    page.goto("/konto/log-ind/")
    sign_in_at_provider(page, "alice")
    page.get_by_role("heading", name="Goddag, Alice").wait_for()

    page.get_by_role("button", name="Log ud").click()
    # The provider asks to confirm, as Entra ID and AD FS do, then sends the browser back.
    page.wait_for_url("**/session/end**")
    page.get_by_role("button", name="Ja, log mig ud").click()
    page.wait_for_url("**/konto/log-ind/")
    page.goto("/")
    assert "/konto/log-ind/" in page.url

    # Signing in again asks for the password at the provider again.
    page.get_by_role("link", name="Log ind med Odense Kommune").click()
    page.wait_for_url("**/interaction/**")
    assert page.get_by_label("Adgangskode").is_visible()
