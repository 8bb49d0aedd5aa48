import pytest
from django.test import Client

from obb.scim.models import ScimToken


@pytest.fixture
def token(world):
    """A usable SCIM token, made by the administrator."""
    _token, raw = ScimToken.issue("Entra ID", by=world.adam)
    return raw


@pytest.fixture
def scim(token):
    """A Django test client that sends the token with every request, and no session cookie."""
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}", enforce_csrf_checks=True)
