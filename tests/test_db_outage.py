"""While the database does not answer, every page is a Danish 503 page that asks the person to
try again in a moment (and needs no database itself); other server errors keep the generic page."""

from unittest import mock

import pytest
from django.contrib.sessions.models import Session
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

pytestmark = pytest.mark.django_db


def database_down():
    return mock.patch.object(BaseDatabaseWrapper, "ensure_connection",
                             side_effect=OperationalError("connection refused"))


@pytest.fixture
def client_without_exceptions():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("path", ["/", "/strategi/handlinger/", "/konto/log-ind/"])
def test_alice_gets_a_danish_503_page_while_the_database_is_down(world, client_without_exceptions, path):
    client_without_exceptions.force_login(world.alice)
    with database_down():
        response = client_without_exceptions.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    body = response.content.decode()
    assert '<html lang="da">' in body
    assert "Intranettet kan ikke nå sin database lige nu" in body


def test_a_form_posted_while_the_database_is_down_gets_the_same_page(world, client_without_exceptions):
    client_without_exceptions.force_login(world.mia)
    with database_down():
        response = client_without_exceptions.post(f"/strategi/handlinger/{world.action_a.pk}/noter/",
                                                  {"text": "Skrevet under nedbruddet"})
    assert response.status_code == 503
    assert "tjek, om det blev gemt" in response.content.decode()


def test_a_session_that_cannot_be_saved_when_the_database_goes_away_gets_the_same_page(
        world, client_without_exceptions):
    """The view ran, then the database went away before the session was saved: Django reports
    that as a 400 (SessionInterrupted); it is the database page's case too."""
    client_without_exceptions.force_login(world.alice)
    with mock.patch.object(Session, "save", side_effect=OperationalError("server closed the connection")):
        response = client_without_exceptions.get("/")
    assert response.status_code == 503
    assert "Intranettet kan ikke nå sin database lige nu" in response.content.decode()


def test_the_page_comes_back_as_soon_as_the_database_answers(world, client_without_exceptions):
    client_without_exceptions.force_login(world.alice)
    with database_down():
        assert client_without_exceptions.get("/").status_code == 503
    assert client_without_exceptions.get("/").status_code == 200


def test_healthz_reports_the_database_as_unavailable(client_without_exceptions):
    with database_down():
        response = client_without_exceptions.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "fejl", "database": "utilgængelig"}


def test_other_server_errors_keep_the_generic_danish_page(world, client_without_exceptions):
    client_without_exceptions.force_login(world.alice)
    with mock.patch("obb.views.home.render", side_effect=RuntimeError("boom")):
        response = client_without_exceptions.get("/")
    assert response.status_code == 500
    assert "Der opstod en fejl" in response.content.decode()


def test_a_bad_request_gets_the_danish_400_page(rf):
    from django.core.exceptions import SuspiciousOperation

    from obb.views.errors import bad_request

    response = bad_request(rf.get("/"), SuspiciousOperation("forged"))
    assert response.status_code == 400
    assert "Forespørgslen kunne ikke behandles" in response.content.decode()
