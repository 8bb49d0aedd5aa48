"""Access rules for the organisation's own URLs (obb/urls.py)."""

from tests.access_rules.base import OK, REDIRECT, STAFF, Rule, everyone, staff_only

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
