"""The permission table: for every named URL of the project, who gets what.

Every URL pattern must have a row here; `test_permission_matrix` fails for one that has none,
so a new page cannot ship without someone deciding who may open it. Each row gives the URL's
arguments (from the test world), the method, and the expected outcome per role.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

ROLES = ["anonymous", "employee", "manager", "other_manager", "hr", "leadership", "administrator"]
STAFF = ROLES[1:]

OK = 200
FORBIDDEN = 403
NOT_FOUND = 404
NOT_ALLOWED = 405
LOGIN = "login"  # redirect to the login page
REDIRECT = "redirect"  # some other redirect (e.g. after a successful POST)


@dataclass
class Rule:
    expect: dict
    kwargs: Callable = lambda world: {}
    method: str = "get"
    data: Callable = lambda world: {}
    query: str = ""
    notes: str = ""


def everyone(outcome):
    return dict.fromkeys(ROLES, outcome)


def staff_only(outcome=OK, **overrides):
    return {"anonymous": LOGIN, **dict.fromkeys(STAFF, outcome), **overrides}


def only(roles, outcome=OK, refused=FORBIDDEN):
    """`roles` get `outcome`, the other staff `refused`, anonymous is sent to log in."""
    return {"anonymous": LOGIN, **{role: outcome if role in roles else refused for role in STAFF}}


RULES: dict[str, Rule] = {
    # --- Accounts --------------------------------------------------------------------------
    "login": Rule({"anonymous": OK, **dict.fromkeys(STAFF, REDIRECT)},
                  notes="a logged-in user is sent on to the front page"),
    "logout": Rule(everyone(REDIRECT), method="post"),
    "password_change": Rule(staff_only()),
    "password_change_done": Rule(staff_only()),
    "password_reset": Rule(everyone(OK)),
    "password_reset_done": Rule(everyone(OK)),
    "password_reset_confirm": Rule(everyone(OK), kwargs=lambda w: {"uidb64": "MQ", "token": "ugyldig-token"},
                                   notes="an invalid link shows a Danish explanation"),
    "password_reset_complete": Rule(everyone(OK)),
    # --- Organisation ------------------------------------------------------------------------
    "home": Rule(staff_only()),
    "unit_tree": Rule(staff_only()),
    "unit_detail": Rule(staff_only(), kwargs=lambda w: {"slug": w.house_b.slug}),
    "healthz": Rule(everyone(OK), notes="monitoring needs no login; it reveals nothing"),
}


@dataclass
class AdminRule:
    """Every admin URL: administrators only; everyone else is sent to the admin's login."""

    allowed: set = field(default_factory=lambda: {"administrator"})


ADMIN_RULE = AdminRule()
