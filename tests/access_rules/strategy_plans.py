"""Access rules for reading the strategy and the plan, and for the dashboard: every member of
staff reads every plan (a draft is marked as one); anonymous visitors are sent to log in."""

from tests.access_rules.base import REDIRECT, Rule, staff_only

RULES: dict[str, Rule] = {
    "strategy:plan_current": Rule(staff_only(REDIRECT), notes="opens the newest plan"),
    "strategy:plan_detail": Rule(staff_only(), kwargs=lambda w: {"year": w.plan.year}),
    "strategy:pejlemaerke_detail": Rule(staff_only(), kwargs=lambda w: {"year": w.plan.year,
                                                                        "slug": w.partnerskaber.slug}),
    "strategy:strategy_list": Rule(staff_only()),
    "strategy:strategy_detail": Rule(staff_only(), kwargs=lambda w: {"slug": w.strategy.slug}),
    "strategy:dashboard": Rule(staff_only(), notes="the newest plan's dashboard"),
    "strategy:plan_dashboard": Rule(staff_only(), kwargs=lambda w: {"year": w.plan.year}),
}
