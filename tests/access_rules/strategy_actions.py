"""Access rules for the action pages (strategy/urls/actions.py).

Every member of staff reads every action. Editing follows `Action.can_edit`: mia (manager of
house_a, owner of action_a) and lea (leadership) may change action_a; otto (another unit's
manager), alice (employee), hanne (HR) and adam (administrator without a manager role) get 403,
because the action exists and is visible to them but is not theirs to change. Restoring an
earlier version is for leadership only.
"""

from tests.access_rules.base import REDIRECT, Rule, only, staff_only

EDITORS_OF_ACTION_A = ["manager", "leadership"]


def _action_a(world):
    return {"pk": world.action_a.pk}


def _first_history_entry(world):
    record = world.action_a.history.order_by("history_date", "history_id").first()
    return {"pk": world.action_a.pk, "history_id": record.history_id}


RULES: dict[str, Rule] = {
    "strategy:action_list": Rule(staff_only(), notes="defaults to the newest plan's year"),
    "strategy:action_detail": Rule(staff_only(), kwargs=lambda w: {"pk": w.action_b.pk},
                                   notes="every member of staff reads every action, with its history"),
    "strategy:action_create": Rule(only(["manager", "other_manager", "leadership"]),
                                   notes="managers create for their own units; leadership for any"),
    "strategy:action_edit": Rule(only(EDITORS_OF_ACTION_A), kwargs=_action_a),
    "strategy:action_status": Rule(
        only(EDITORS_OF_ACTION_A, REDIRECT), kwargs=_action_a, method="post",
        data=lambda w: {"status": "i_gang", "version": w.action_a.version},
        notes="without htmx the quick status change redirects back",
    ),
    "strategy:action_note_add": Rule(
        only(EDITORS_OF_ACTION_A, REDIRECT), kwargs=_action_a, method="post",
        data=lambda w: {"text": "Første workshop er holdt.", "date": "2023-04-01"},
    ),
    "strategy:action_archive": Rule(only(EDITORS_OF_ACTION_A, REDIRECT), kwargs=_action_a, method="post",
                                    data=lambda w: {"arkiveret": "1"}),
    "strategy:action_move": Rule(only(EDITORS_OF_ACTION_A, REDIRECT), kwargs=_action_a, method="post",
                                 data=lambda w: {"retning": "ned"}),
    "strategy:action_restore": Rule(only(["leadership"], REDIRECT), kwargs=_first_history_entry, method="post",
                                    notes="restoring is for leadership only, even for the action's own manager"),
}

