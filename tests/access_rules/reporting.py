"""Access rules for reporting: the yearly plan's staff page, downloads and workflow, and the
public pages of published plans.

world.plan is a draft: every member of staff reads it, leadership alone downloads it and moves
it through the workflow, and it has no public page yet (404 for everyone, logged in or not).
"""

from tests.access_rules.base import NOT_FOUND, OK, Rule, everyone, only, staff_only

RULES = {
    "reporting:plan_detail": Rule(staff_only(OK), kwargs=lambda world: {"year": world.plan.year}),
    "reporting:plan_download": Rule(only(["leadership"]),
                                    kwargs=lambda world: {"year": world.plan.year, "fmt": "html"},
                                    notes="PDF, HTML and Excel alike; Excel names owners and notes"),
    "reporting:plan_move": Rule(only(["leadership"]),
                                kwargs=lambda world: {"year": world.plan.year, "status": "godkendt"},
                                notes="GET is the confirmation page; the move itself is a POST"),
}
RULES.update({
    "public_plan:plan": Rule(everyone(NOT_FOUND), kwargs=lambda world: {"year": world.plan.year},
                             notes="a draft has no public page; a published one is open to all"),
    "public_plan:plan_pdf": Rule(everyone(NOT_FOUND), kwargs=lambda world: {"year": world.plan.year}),
})
