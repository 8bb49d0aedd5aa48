"""Access rules for SCIM provisioning (obb/scim/urls.py): only a bearer token opens it.

Nobody's session does, the administrator's neither: every role, and anonymous, gets 401.
tests/scim/test_tokens.py shows that a token does open it, and that a POST with a session
changes nothing.
"""

from tests.access_rules.base import Rule, everyone

UNAUTHORIZED = 401

RULES: dict[str, Rule] = {
    "scim_root": Rule(everyone(UNAUTHORIZED)),
    "scim": Rule(everyone(UNAUTHORIZED), kwargs=lambda w: {"scim_path": "Users"},
                 notes="a session cookie is no SCIM credential"),
}
