"""Building blocks of the permission table (see tests/access_rules/__init__.py).

Each area module (tests/access_rules/<area>.py) builds its rows from these; a row gives the
URL's arguments (from the test world), the method, and the expected outcome per role.
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


@dataclass
class AdminRule:
    """Every admin URL: administrators only; everyone else is sent to the admin's login.

    What the pages keep between an employee and their manager, the hiring committee or HR is not
    in the admin at all, for the administrator neither (no list, no form, no field history):
    `not_in_admin` names those models as "app_label.model_name"."""

    allowed: set = field(default_factory=lambda: {"administrator"})
    not_in_admin: tuple = (
        "mus.answer", "mus.goal",
        "competences.assessment", "competences.careeraim", "competences.developmentproposal",
        "recruitment.candidate", "recruitment.candidatenote",
        "onboarding.onboardingevaluation",
        "staffstats.staffprofile", "staffstats.snapshotperson",
    )


ADMIN_RULE = AdminRule()
