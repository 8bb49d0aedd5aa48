"""Logging in and out, and what a person sees when something goes wrong."""

from datetime import timedelta

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from strategy.models import ProgressNote
from tests.conftest import PASSWORD


def test_alice_logs_in_and_sees_her_front_page(world, client):
    response = client.post(reverse("login"), {"username": "alice", "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("home")
    assert "Goddag, Alice" in response.content.decode()
    assert client.session[SESSION_KEY] == str(world.alice.pk)


def test_wrong_password_gets_a_danish_error_and_no_session(world, client):
    response = client.post(reverse("login"), {"username": "alice", "password": "forkert"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Indtast venligst korrekt brugernavn og adgangskode" in page
    assert SESSION_KEY not in client.session
    world.alice.refresh_from_db()
    assert world.alice.last_login is None


def test_anonymous_visitor_is_sent_to_login_with_next(db, client):
    response = client.get(reverse("unit_tree"))
    assert response.status_code == 302
    assert response["Location"] == reverse("login") + "?next=" + reverse("unit_tree")


def test_logout_ends_the_session(world, login):
    client = login(world.alice)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert SESSION_KEY not in client.session
    assert client.get(reverse("home")).status_code == 302


EXPIRED_NOTICE = "Du er blevet logget ud, fordi du ikke har brugt intranettet i 30 minutter"


def _idle_beyond_the_limit(client, settings):
    """Make the client's session look as if its last request was SESSION_IDLE_MINUTES + 1
    minutes ago: every request pushes the expiry SESSION_COOKIE_AGE ahead, so it lies in the past."""
    from django.contrib.sessions.models import Session

    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    last_request = timezone.now() - timedelta(minutes=settings.SESSION_IDLE_MINUTES + 1)
    updated = Session.objects.filter(session_key=cookie).update(
        expire_date=last_request + timedelta(seconds=settings.SESSION_COOKIE_AGE))
    assert updated == 1


def test_expired_session_is_explained_in_danish(world, client, settings):
    client.force_login(world.alice)
    assert client.get(reverse("home")).status_code == 200
    _idle_beyond_the_limit(client, settings)
    response = client.get(reverse("home"), follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(reverse("login"))
    assert EXPIRED_NOTICE in page


def test_a_progress_note_posted_after_expiry_is_not_saved(world, client, settings):
    client.force_login(world.mia)
    url = reverse("strategy:action_note_add", args=[world.action_a.pk])
    notes = list(ProgressNote.objects.values_list("pk", flat=True))
    _idle_beyond_the_limit(client, settings)
    response = client.post(url, {"text": "Skrevet efter udløb", "date": "2023-05-01"}, follow=True)
    assert response.redirect_chain[0][0].startswith(reverse("login") + "?next=")
    assert EXPIRED_NOTICE in response.content.decode()
    assert list(ProgressNote.objects.values_list("pk", flat=True)) == notes
    assert not ProgressNote.objects.filter(text="Skrevet efter udløb").exists()


def test_a_password_change_posted_after_expiry_changes_nothing(world, client, settings):
    client.force_login(world.alice)
    old_hash = world.alice.password
    _idle_beyond_the_limit(client, settings)
    response = client.post(reverse("password_change"), {
        "old_password": PASSWORD, "new_password1": "NyKode!2024xyz", "new_password2": "NyKode!2024xyz",
    }, follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("login"))
    assert EXPIRED_NOTICE in response.content.decode()
    world.alice.refresh_from_db()
    assert world.alice.password == old_hash


def test_session_expires_after_inactivity(settings):
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_IDLE_MINUTES * 60


def test_tampered_csrf_token_is_refused_in_danish_and_changes_nothing(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.alice)
    client.get(reverse("password_change"))
    old_hash = world.alice.password
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "NyKode!2024xyz", "new_password2": "NyKode!2024xyz",
         "csrfmiddlewaretoken": "manipuleret" * 4},
    )
    assert response.status_code == 403
    assert "Formularen kunne ikke sendes" in response.content.decode()
    world.alice.refresh_from_db()
    assert world.alice.password == old_hash


def test_password_change_with_wrong_old_password_changes_nothing(world, login):
    client = login(world.alice)
    old_hash = world.alice.password
    response = client.post(
        reverse("password_change"),
        {"old_password": "forkert", "new_password1": "NyKode!2024xyz", "new_password2": "NyKode!2024xyz"},
    )
    assert response.status_code == 200
    assert "Din nuværende adgangskode er forkert" in response.content.decode()
    world.alice.refresh_from_db()
    assert world.alice.password == old_hash


def test_password_reset_sends_a_danish_email(world, client, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": world.alice.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.subject == "Ny adgangskode til OBB intranet"
    assert "Kære Alice Testesen" in message.body
    assert "/konto/nulstil/" in message.body


@pytest.mark.parametrize("status, text", [(404, "Siden findes ikke")])
def test_unknown_url_gets_a_danish_404(world, login, status, text):
    response = login(world.alice).get("/findes-ikke/")
    assert response.status_code == status
    assert text in response.content.decode()


def test_an_employee_opening_a_leadership_page_gets_the_danish_403_page(world, login):
    response = login(world.alice).get(reverse("strategy:plan_edit", args=[2023]))
    assert response.status_code == 403
    assert "Du har ikke adgang til denne side" in response.content.decode()


def test_danish_500_page_renders_without_a_request():
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert "Der opstod en fejl" in page
    assert 'lang="da"' in page


def test_pages_carry_a_strict_content_security_policy(world, login):
    response = login(world.alice).get(reverse("home"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_repeated_wrong_passwords_lock_the_user_name_out_in_danish(world, client, settings):
    settings.AXES_ENABLED = True
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "alice", "password": "forkert"})
    # Even the right password is refused while the lock lasts, and no session is made.
    response = client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
    page = response.content.decode()
    assert "For mange forkerte forsøg" in page
    assert "om 15 minutter" in page
    assert SESSION_KEY not in client.session
    # Another member of staff from the same address is not locked out.
    other = client.post(reverse("login"), {"username": "bob", "password": PASSWORD})
    assert other.status_code == 302
