import re
from urllib.parse import urljoin

import pytest
import requests
from django.urls import reverse

from tests.oidc_provider import ACCOUNTS, running_provider, single_sign_on


@pytest.fixture(scope="session")
def oidc_provider():
    with running_provider(["http://testserver"]) as provider:
        yield provider


@pytest.fixture
def sso(settings, oidc_provider):
    """Single sign-on on, against the real provider."""
    with single_sign_on(settings, oidc_provider) as provider:
        yield provider


class ProviderBrowser:
    """What a person's browser does at the provider, with `requests`: it follows the redirects
    there, fills in the provider's login form, and stops where the provider sends it back to
    the intranet (http://testserver/...)."""

    def __init__(self, provider):
        self.provider = provider
        self.http = requests.Session()

    def follow(self, url, method="get", data=None):
        response = self.http.request(method, url, data=data, allow_redirects=False, timeout=10)
        for _ in range(10):
            location = response.headers.get("Location")
            if response.status_code not in (301, 302, 303) or location is None:
                return response, None
            location = urljoin(response.url, location)
            if location.startswith("http://testserver/"):
                return response, location.removeprefix("http://testserver")
            response = self.http.get(location, allow_redirects=False, timeout=10)
        raise AssertionError("too many redirects at the provider")

    def sign_in(self, authorize_url, login, password=None):
        """From the intranet's redirect to the provider to the callback path it sends back to."""
        page, back = self.follow(authorize_url)
        if back:
            return back  # still signed in at the provider: no question asked
        assert 'name="password"' in page.text, page.text
        action = re.search(r'action="(/interaction/[^"]+/login)"', page.text).group(1)
        password = password if password is not None else ACCOUNTS[login]["password"]
        page, back = self.follow(self.provider.url(action), "post", {"login": login, "password": password})
        assert back, page.text
        return back


@pytest.fixture
def at_provider(sso):
    return ProviderBrowser(sso)


@pytest.fixture
def sign_in_with_sso(client, at_provider):
    """sign_in_with_sso(login) -> the intranet's response to the callback, after the button,
    the provider's login form and the way back."""

    def _sign_in(login, password=None):
        start = client.get(reverse("oidc_authentication_init"))
        assert start.status_code == 302, start
        callback = at_provider.sign_in(start["Location"], login, password)
        return client.get(callback)

    return _sign_in
