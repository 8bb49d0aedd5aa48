"""Demo data for the strategy: the real strategies and 2023 plan, with demo owners, statuses
and progress notes on the actions (the printed plan names no owners)."""

import random
from datetime import date

from obb.models import Unit
from strategy.loaders import load_goals, load_plan_2023, load_strategies
from strategy.models import Action, Goal, Plan, ProgressNote

# The responsible unit of each 2023 action, in printed order per pejlemærke.
DEMO_UNITS = {
    "service": ["hr-og-personale", "digital-udvikling", "folkeregister"],
    "partnerskaber": ["boern-og-familie", "boern-og-familie", "stab", "centralbiblioteket",
                      "centralbiblioteket"],
    "kompetence-og-organisation": ["borgerservice", "materialer-og-logistik", "centralbiblioteket",
                                   "voksne-og-formidling"],
    "digitalt-bibliotek-og-digital-borgerbetjening": ["digital-borgerbetjening", "voksne-og-formidling",
                                                      "digital-udvikling"],
    "fysiske-rum": ["dalum-bibliotek", "makerspace", "tarup-bibliotek", "borgernes-hus"],
    "byrummet": ["dalum-bibliotek", "tarup-bibliotek", "boern-og-familie"],
    "livsoplysning": ["boern-og-familie", "boern-og-familie", "kommunikation", "digital-borgerbetjening"],
    "faellesskaber": ["voksne-og-formidling", "vollsmose-bibliotek", "dalum-bibliotek",
                      "holluf-pile-bibliotek"],
}
DEMO_GOALS = {("kompetence-og-organisation", 3): [13, 17], ("faellesskaber", 3): [3, 10],
              ("livsoplysning", 0): [4], ("byrummet", 1): [11, 15], ("partnerskaber", 1): [4, 10]}
STATUSES = [Action.Status.PLANNED, Action.Status.IN_PROGRESS, Action.Status.IN_PROGRESS,
            Action.Status.DONE, Action.Status.POSTPONED]
NOTES = [
    "Projektgruppen er nedsat, og første møde er holdt.",
    "Tidsplanen er godkendt i ledergruppen.",
    "Første aktiviteter er gennemført med god deltagelse.",
    "Afventer afklaring af økonomi med forvaltningen.",
]


def assign_demo_owners(plan):
    rng = random.Random(plan.year)  # noqa: S311 - deterministic demo data
    units = {unit.slug: unit for unit in Unit.objects.select_related("manager")}
    goals = {goal.number: goal for goal in Goal.objects.filter(kind=Goal.Kind.SDG)}
    actions = plan.actions.select_related("pejlemaerke").order_by("pejlemaerke__number", "order")
    changed = 0
    for action in actions:
        slugs = DEMO_UNITS.get(action.pejlemaerke.slug, [])
        if action.owner_id or action.order >= len(slugs) or slugs[action.order] not in units:
            continue
        unit = units[slugs[action.order]]
        action.unit, action.owner = unit, unit.manager
        action.status = rng.choice(STATUSES)
        action.start_quarter = rng.choice([1, 1, 2])
        action.end_quarter = rng.choice([3, 4, 4])
        action.save()
        action.goals.set(goals[n] for n in DEMO_GOALS.get((action.pejlemaerke.slug, action.order), []))
        if action.status != Action.Status.PLANNED and unit.manager:
            for index in range(rng.randint(1, 2)):
                ProgressNote.objects.create(
                    action=action, author=unit.manager, text=NOTES[(action.pk + index) % len(NOTES)],
                    date=date(plan.year, 2 + 3 * index, rng.randint(1, 28)),
                )
        changed += 1
    return changed


def load_demo(stdout=None):
    load_goals()
    strategies = load_strategies()
    plan = load_plan_2023()
    if plan is None:
        plan = Plan.objects.get(year=2023)
    owned = assign_demo_owners(plan)
    return (
        f"{len(strategies)} nye strategier, plan {plan.year} med {plan.actions.count()} handlinger "
        f"({owned} fik demo-ansvarlige)"
    )
