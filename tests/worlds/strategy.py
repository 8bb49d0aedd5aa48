"""Test-world objects for the strategy: a strategy with two pejlemærker and a draft 2023 plan.

    plan (2023, kladde)
    ├── service:        action_a (unit team_a, owner mia) – mia's by unit tree and ownership
    │                   action_lea (no unit, owner lea)
    └── partnerskaber:  action_b (unit house_b, owner otto) – otto's, not mia's
"""

from strategy.models import (
    Action,
    KeyFigureRow,
    KeyFigureTable,
    Partner,
    Pejlemaerke,
    Plan,
    Priority,
    ProgressNote,
    Project,
    StrategyPeriod,
)


def build(world):
    strategy = StrategyPeriod.objects.create(
        slug="hovedstrategi-test", name="Hovedstrategi 2022-23", start_year=2022, end_year=2023,
        vision="Vi vil være borgernes naturlige indgang.", mission="Vi fremmer oplysning.",
        kerneopgave="At fungere som indgang til det offentlige.",
    )
    service = Pejlemaerke.objects.create(strategy=strategy, number=1, slug="service", name="Service",
                                         ambition="Det er vores ambition at sikre godt værtskab.")
    partnerskaber = Pejlemaerke.objects.create(strategy=strategy, number=2, slug="partnerskaber",
                                               name="Partnerskaber", ambition="Vi indgår partnerskaber.")
    priority = Priority.objects.create(pejlemaerke=service, order=0, text="Fokus på det personlige møde")
    plan = Plan.objects.create(year=2023, title="Det gør vi 2023", strategy=strategy)
    partner = Partner.objects.create(plan=plan, order=0, name="Syddansk Universitet")
    project = Project.objects.create(plan=plan, order=0, pejlemaerke=service, title="Værtskabskursus",
                                     funder="internt projekt i OBB", period="2022-23", start_year=2022,
                                     end_year=2023)
    action_a = Action.objects.create(plan=plan, pejlemaerke=service, priority=priority, order=0,
                                     text="OBB afvikler et tværgående værtskabskursus",
                                     unit=world.team_a, owner=world.mia, start_year=2023, end_year=2023)
    action_lea = Action.objects.create(plan=plan, pejlemaerke=service, order=1,
                                       text="OBB udarbejder et visionspapir", owner=world.lea)
    action_b = Action.objects.create(plan=plan, pejlemaerke=partnerskaber, order=0,
                                     text="OBB styrker samarbejdet med Syddansk Universitet",
                                     unit=world.house_b, owner=world.otto)
    action_b.partners.add(partner)
    note = ProgressNote.objects.create(action=action_a, author=world.mia, date="2023-03-01",
                                       text="Kurset er planlagt.")
    key_figures = KeyFigureTable.objects.create(
        plan=plan, order=99, slug="verdens-noegletal", title="Nøgletal til test", unit="1.000 kr.",
        columns=[{"key": "2022", "label": "2022"}],
    )
    KeyFigureRow.objects.create(table=key_figures, order=0, label="Løn", values=[62612478])
    world.extra.update(
        key_figures=key_figures,
        strategy=strategy, service=service, partnerskaber=partnerskaber, priority=priority, plan=plan,
        partner=partner, project=project, action_a=action_a, action_b=action_b, action_lea=action_lea,
        note=note,
    )
