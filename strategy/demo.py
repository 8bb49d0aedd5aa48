"""Demo data for the strategy: the real strategies and 2023 plan, with demo owners, statuses
and progress notes on the actions (the printed plan names no owners)."""

import random
from datetime import date, datetime, time

from django.db import models
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from obb.demo.scale import ACTIONS_PER_SCALE, BATCH_SIZE, add_scaler, rng
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


# --- At scale (seed_demo --scale N) ----------------------------------------------------------

SCALE_VERBS = ["Udvikle", "Afprøve", "Etablere", "Styrke", "Videreføre", "Evaluere", "Udbrede", "Samle"]
SCALE_OBJECTS = ["læseklubber for børn og unge", "digitale vejledninger for borgerne", "et nyt samarbejde med skolerne",
                 "fællesskaber for nye danskere", "aftenåbent med selvbetjening", "et makerspace-forløb for familier",
                 "formidling af lokalhistorie", "kurser i digital selvbetjening", "en frivilligordning",
                 "arrangementer i byrummet", "oplæring af nye medarbejdere", "opsøgende formidling i boligområderne"]
SCALE_PLACES = ["i Borgernes Hus", "på lokalbibliotekerne", "i Borgerservice", "i hele OBB", "i Vollsmose",
                "i samarbejde med foreningerne", "sammen med kommunens forvaltninger", "for ældre borgere"]
# Older plans are mostly finished; the newest is under way.
SCALE_STATUSES = {
    "past": [(Action.Status.DONE, 12), (Action.Status.DROPPED, 2), (Action.Status.POSTPONED, 2),
             (Action.Status.IN_PROGRESS, 1)],
    "current": [(Action.Status.PLANNED, 4), (Action.Status.IN_PROGRESS, 6), (Action.Status.DONE, 3),
                (Action.Status.POSTPONED, 1)],
}


def _scale_plan(plan, target, units, newest_year):
    """Top `plan` up to `target` actions, each with its history ("+" when created, "~" when its
    status changed) and progress notes. Returns (actions, notes) created."""
    existing = plan.actions.count()
    if existing >= target:
        return 0, 0
    generator = rng("plan", plan.year)
    pejlemaerker = list(plan.strategy.pejlemaerker.prefetch_related("priorities").order_by("number"))
    next_order = {p.pk: (plan.actions.filter(pejlemaerke=p).aggregate(m=models.Max("order"))["m"] or 0) + 1
                  for p in pejlemaerker}
    statuses = [status for status, weight in SCALE_STATUSES["current" if plan.year == newest_year else "past"]
                for _n in range(weight)]

    def moment(month, day):
        return timezone.make_aware(datetime.combine(date(plan.year, month, day), time(10, 0)))

    # Draw the same sequence for the same plan, skipping the actions that exist already.
    drafts = []
    for index in range(target):
        pejlemaerke = pejlemaerker[index % len(pejlemaerker)]
        priorities = list(pejlemaerke.priorities.all())
        unit = generator.choice(units)
        values = {
            "text": f"{generator.choice(SCALE_VERBS)} {generator.choice(SCALE_OBJECTS)} "
                    f"{generator.choice(SCALE_PLACES)} ({plan.year}, nr. {index + 1})",
            "priority": generator.choice(priorities) if priorities and generator.random() < 0.7 else None,
            "status": generator.choice(statuses),
            "start_quarter": generator.choice([1, 1, 2, 3]),
            "end_quarter": generator.choice([3, 4, 4]),
            "created": (generator.randint(1, 2), generator.randint(1, 28)),
            "changed": (generator.randint(4, 11), generator.randint(1, 28)),
            "notes": [(generator.randint(3, 12), generator.randint(1, 28), generator.choice(NOTES))
                      for _n in range(generator.randint(1, 3))],
        }
        drafts.append((pejlemaerke, unit, values))
    drafts = drafts[existing:]

    actions = []
    for pejlemaerke, unit, values in drafts:
        action = Action(plan=plan, pejlemaerke=pejlemaerke, priority=values["priority"], text=values["text"],
                        unit=unit, owner=unit.manager, order=next_order[pejlemaerke.pk],
                        start_year=plan.year, start_quarter=values["start_quarter"],
                        end_year=plan.year, end_quarter=values["end_quarter"])
        next_order[pejlemaerke.pk] += 1
        action._history_user = unit.manager
        action._history_date = moment(*values["created"])
        actions.append(action)
    actions = bulk_create_with_history(actions, Action, batch_size=BATCH_SIZE)

    changed, notes = [], []
    for action, (_pejlemaerke, unit, values) in zip(actions, drafts, strict=True):
        if values["status"] == Action.Status.PLANNED:
            continue
        action.status = values["status"]
        action.version += 1
        action._history_date = moment(*values["changed"])
        changed.append(action)
        for month, day, text in values["notes"]:
            note = ProgressNote(action=action, author=unit.manager, text=text, date=date(plan.year, month, day))
            note._history_user = unit.manager
            note._history_date = moment(month, day)
            notes.append(note)
    Action.objects.bulk_update(changed, ["status", "version"], batch_size=BATCH_SIZE)
    Action.history.bulk_history_create(changed, batch_size=BATCH_SIZE, update=True)
    bulk_create_with_history(notes, ProgressNote, batch_size=BATCH_SIZE)
    return len(actions), len(notes)


def scale_demo(n):
    """N yearly plans (the real 2023 plan and the N-1 years before it, under the same strategy),
    each topped up to 80×N actions."""
    newest = Plan.objects.select_related("strategy").get(year=2023)
    units = list(Unit.objects.filter(manager__isnull=False).select_related("manager").order_by("path"))
    made_actions = made_notes = 0
    for year in range(newest.year - n + 1, newest.year + 1):
        plan, _created = Plan.objects.get_or_create(year=year, defaults={
            "title": f"Det gør vi {year}", "strategy": newest.strategy, "partners_intro": newest.partners_intro,
            "status": Plan.Status.PUBLISHED if year < newest.year else newest.status,
        })
        actions, notes = _scale_plan(plan, ACTIONS_PER_SCALE * n, units, newest.year)
        made_actions += actions
        made_notes += notes
    return f"{n} planer, {made_actions} nye handlinger og {made_notes} nye statusnoter"


add_scaler("Strategi og handlingsplan", scale_demo, order=10)
