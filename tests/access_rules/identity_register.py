"""Access rules for the staff register (obb/urls.py): the file sync, what waits for a manager
with the Leder role, and the handover of a leaver's tasks.

The file sync is for HR and the administrator. The waiting list is HR's (it names whose MUS
waits, never its content). The handover is for managers (their own leavers; another manager gets
404) and HR; the leaver in the world is lars, who left team_a under mia.
"""

from tests.access_rules.base import NOT_FOUND, OK, REDIRECT, Rule, only
from tests.worlds.identity_register import leaver

SYNCERS = ["hr", "administrator"]
HANDOVER = ["manager", "other_manager", "hr", "leadership"]

RULES = {
    "staff_sync": Rule(only(SYNCERS)),
    "staff_sync_template": Rule(only(SYNCERS)),
    "staff_sync_confirm": Rule(only(SYNCERS, REDIRECT), method="post", data=lambda w: {"token": "x" * 32},
                               notes="without a previewed file the page sends one back to the upload"),
    "register_waiting": Rule(only(["hr"])),
    "handover_list": Rule(only(HANDOVER)),
    "handover": Rule({**only(HANDOVER), "other_manager": NOT_FOUND, "manager": OK},
                     kwargs=lambda w: {"pk": leaver(w).pk},
                     notes="otto leads neither lars nor his unit: 404"),
}
