"""Access rules for follow-up rounds (strategy/followup).

An item is answered by whoever answers for its action: item_a (action_a: unit team_a, owner mia)
by mia and by lea (leadership); everyone else gets 404, as for another person's object. Marking a
round done is for those who have items in it (mia, otto, lea). Rounds are leadership's: the list,
opening, the progress page and closing give 403 to everyone else. Everyone reads the indicators;
leadership and the indicator's owner (mia) enter values.
"""

from tests.access_rules.base import LOGIN, NOT_FOUND, OK, REDIRECT, Rule, only, staff_only

ROUND = lambda w: {"pk": w.followup_round.pk}  # noqa: E731
LEADERSHIP = ["leadership"]


def _closed_round(w):
    """The world's round, closed (the status report is made from a closed round only)."""
    from strategy.followup.services import close_round

    if w.followup_round.is_open:
        close_round(w.followup_round, user=w.lea)
    return {"pk": w.followup_round.pk, "fmt": "html"}


def _answerers(outcome, roles):
    return {"anonymous": LOGIN, **{role: outcome if role in roles else NOT_FOUND
                                   for role in ("employee", "manager", "other_manager", "hr", "leadership",
                                                "administrator")}}


RULES: dict[str, Rule] = {
    "followup:mine": Rule(staff_only()),
    "followup:answer": Rule(_answerers(OK, ["manager", "leadership"]), kwargs=lambda w: {"pk": w.item_a.pk},
                            notes="mia owns action_a; lea answers for every action"),
    "followup:done": Rule(_answerers(REDIRECT, ["manager", "other_manager", "leadership"]), method="post",
                          kwargs=ROUND, notes="only those with actions in the round"),
    "followup:round_list": Rule(only(LEADERSHIP)),
    "followup:round_open": Rule(only(LEADERSHIP)),
    "followup:round_detail": Rule(only(LEADERSHIP), kwargs=ROUND),
    "followup:round_close": Rule(only(LEADERSHIP, REDIRECT), method="post", kwargs=ROUND),
    "followup:indicators": Rule(staff_only()),
    "followup:indicator": Rule(staff_only(), kwargs=lambda w: {"pk": w.indicator.pk}),
    "followup:indicator_value_add": Rule(only(["manager", "leadership"]), kwargs=lambda w: {"pk": w.indicator.pk},
                                         notes="mia owns the indicator"),
    # The status report lives in reporting (reporting/urls_followup.py).
    "reporting:status_report": Rule(only(LEADERSHIP), kwargs=_closed_round),
}
