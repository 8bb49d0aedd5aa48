"""The permission table: for every named URL of the project, who gets what.

Every URL pattern must have a row; `test_permission_matrix` fails for one that has none, so a
new page cannot ship without someone deciding who may open it. Each area of the app keeps its
rows in its own module here; this module merges them and refuses a URL named twice.
"""

from tests.access_rules import (
    competences,
    followup,
    identity_register,
    identity_scim,
    identity_sso,
    mus,
    obb,
    onboarding_recruitment,
    reporting,
    staffstats,
    strategy_actions,
    strategy_editing,
    strategy_importing,
    strategy_plans,
)
from tests.access_rules.base import ADMIN_RULE, LOGIN, REDIRECT, ROLES, Rule

_MODULES = [obb, strategy_plans, strategy_actions, strategy_editing, strategy_importing, reporting,
            competences, staffstats, onboarding_recruitment, mus,
            identity_register, identity_sso, identity_scim, followup]

RULES: dict[str, Rule] = {}
for _module in _MODULES:
    for _name, _rule in _module.RULES.items():
        assert _name not in RULES, f"{_name} has two access rules"
        RULES[_name] = _rule

__all__ = ["ADMIN_RULE", "LOGIN", "REDIRECT", "ROLES", "RULES", "Rule"]
