"""Access rules for MUS (hrtools/mus) and its PDF download (reporting).

A conversation is for the employee and the manager who holds it: alice's for alice and mia. Every
one else gets 404 — otto (another unit's manager), hanne (HR, nothing shared), lea (leadership;
she leads the root unit but does not hold the conversation) and adam (administrator). A party
asking for the other party's action gets 403. Rounds and templates are HR's; completion per unit
(numbers only) is for HR and leadership.
"""


from tests.access_rules.base import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Rule, only, staff_only


def _conversation(employee=OK, manager=OK):
    return {"anonymous": LOGIN, "employee": employee, "manager": manager, "other_manager": NOT_FOUND,
            "hr": NOT_FOUND, "leadership": NOT_FOUND, "administrator": NOT_FOUND}


ALICE = lambda w: {"pk": w.mus_alice.pk}  # noqa: E731
GOAL = lambda w: {"pk": w.mus_goal.pk}  # noqa: E731
HR = ["hr"]

RULES: dict[str, Rule] = {
    "mus:index": Rule(staff_only()),
    "mus:team": Rule(only(["manager", "other_manager", "leadership"])),
    "mus:rounds": Rule(only(["hr", "leadership"])),
    "mus:round_add": Rule(only(HR)),
    "mus:round": Rule(only(["hr", "leadership"]), kwargs=lambda w: {"pk": w.mus_round.pk}),
    "mus:round_open": Rule(only(HR, REDIRECT), method="post", kwargs=lambda w: {"pk": w.mus_round.pk}),
    "mus:templates": Rule(only(HR)),
    "mus:template_add": Rule(only(HR)),
    "mus:template": Rule(only(HR), kwargs=lambda w: {"pk": w.mus_template.pk}),
    "mus:question_add": Rule(only(HR), kwargs=lambda w: {"pk": w.mus_template.pk}),
    "mus:question_edit": Rule(only(HR), kwargs=lambda w: {"pk": w.mus_question_unanswered.pk}),
    "mus:question_delete": Rule(only(HR, REDIRECT), method="post",
                                kwargs=lambda w: {"pk": w.mus_question_unanswered.pk}),
    "mus:conversation": Rule(_conversation(), kwargs=ALICE),
    "mus:schedule": Rule(_conversation(employee=FORBIDDEN), kwargs=ALICE,
                         notes="the manager schedules; alice sees her conversation but may not"),
    "mus:ics": Rule(_conversation(), kwargs=ALICE),
    "mus:prepare": Rule(_conversation(), kwargs=ALICE),
    "mus:prepared": Rule(_conversation(REDIRECT, REDIRECT), method="post", kwargs=ALICE),
    "mus:summary": Rule(_conversation(employee=REDIRECT), kwargs=ALICE,
                         notes="before the meeting alice is sent back: the manager writes first"),
    "mus:respond": Rule(_conversation(REDIRECT, FORBIDDEN), method="post", kwargs=ALICE,
                        data=lambda w: {"response": "bekraeftet"},
                        notes="only alice answers; before the meeting she is told why not"),
    "mus:share": Rule(_conversation(REDIRECT, FORBIDDEN), method="post", kwargs=ALICE,
                      data=lambda w: {"shared": "1"}, notes="only alice shares her conversation with HR"),
    "mus:close": Rule(_conversation(FORBIDDEN, REDIRECT), method="post", kwargs=ALICE),
    "mus:history": Rule(_conversation(), kwargs=ALICE),
    "mus:goal_add": Rule(_conversation(employee=FORBIDDEN), kwargs=ALICE),
    "mus:goal_edit": Rule(_conversation(employee=FORBIDDEN), kwargs=GOAL),
    "mus:goal_follow_up": Rule(_conversation(), kwargs=GOAL),
}

# The PDF lives in reporting (reporting/urls_mus.py).
RULES["reporting:mus_plan_pdf"] = Rule(_conversation(), kwargs=ALICE)
