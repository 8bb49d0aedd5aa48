"""Access rules for single sign-on (obb/sso/urls.py).

The test settings configure no identity provider, so single sign-on is off here and its two
protocol URLs answer 404 for everyone; tests/sso/ runs them against a real provider, where
anyone may start a sign-in and only the browser that started it can finish it."""

from tests.access_rules.base import NOT_FOUND, OK, Rule, everyone

RULES: dict[str, Rule] = {
    "oidc_authentication_init": Rule(everyone(NOT_FOUND), notes="off without a provider"),
    "oidc_authentication_callback": Rule(everyone(NOT_FOUND), notes="off without a provider"),
    "sso_refused": Rule(everyone(OK), notes="says only why this browser's own sign-in was refused"),
}
