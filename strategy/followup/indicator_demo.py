"""Demo indicators with targets for every pejlemærke of the newest plan's strategy: the 2023
plan's key-figure series (visits and borrowers, e-resources, events) turned into indicators with
their printed numbers, and a few made-up ones for the pejlemærker no table speaks of. Targets
rise 2 % a year from the baseline, so the statuses differ."""

from datetime import date
from decimal import Decimal

from django.db import transaction

from obb.models import User
from strategy.followup.indicator_services import indicators_from_key_figures
from strategy.followup.indicators import Indicator, IndicatorTarget, IndicatorValue
from strategy.models import KeyFigureTable, Pejlemaerke, Plan

FROM_TABLES = {
    "besoeg-laanere-selvbetjening": "service",
    "elektroniske-tjenester-downloads": "digitalt-bibliotek-og-digital-borgerbetjening",
    "arrangementer-og-undervisning": "livsoplysning",
}
MADE_UP = {
    "partnerskaber": ("Aktive partnerskaber", "antal", [18, 21, 24, 26]),
    "kompetence-og-organisation": ("Medarbejdere med gennemført MUS", "procent", [78, 84, 90, 93]),
    "fysiske-rum": ("Besøg pr. åben time i lokalbibliotekerne", "antal", [61, 58, 66, 70]),
    "byrummet": ("Arrangementer i byrummet", "antal", [12, 20, 31, 29]),
    "faellesskaber": ("Frivillige tilknyttet bibliotekerne", "antal", [140, 150, 171, 180]),
    "service": ("Tilfredse brugere i brugerundersøgelsen", "procent", [88, 90, 89, 92]),
}
SOURCE = "Demodata"


def _targets(indicator, last_year):
    base = indicator.baseline or Decimal(0)
    growth = Decimal("0.02")
    targets = [IndicatorTarget(indicator=indicator, year=year,
                               value=(base * (1 + growth * (year - indicator.baseline_year))).quantize(Decimal("1")))
               for year in range(indicator.baseline_year + 1, last_year + 1)]
    IndicatorTarget.objects.bulk_create(targets)


def load_demo(stdout=None):
    plan = Plan.objects.order_by("-year").first()
    leadership = User.objects.filter(username="ledelse").first()
    if plan is None or leadership is None:
        return "ingen plan; ingen indikatorer"
    pejlemaerker = {p.slug: p for p in Pejlemaerke.objects.filter(strategy=plan.strategy_id)}
    made = []
    with transaction.atomic():
        for slug, pejlemaerke_slug in FROM_TABLES.items():
            table = KeyFigureTable.objects.filter(plan__year=2023, slug=slug).first()
            if table is None or pejlemaerke_slug not in pejlemaerker:
                continue
            for indicator in indicators_from_key_figures(table, pejlemaerker[pejlemaerke_slug], user=leadership,
                                                         owner=leadership):
                _targets(indicator, plan.year)
                made.append(indicator)
        for slug, (name, unit, numbers) in MADE_UP.items():
            pejlemaerke = pejlemaerker.get(slug)
            if pejlemaerke is None or Indicator.objects.filter(pejlemaerke=pejlemaerke, name=name).exists():
                continue
            first = plan.year - len(numbers) + 1
            indicator = Indicator.objects.create(
                pejlemaerke=pejlemaerke, order=90, name=name, unit_of_measure=unit, source=SOURCE, owner=leadership,
                baseline_year=first, baseline=numbers[0])
            IndicatorValue.objects.bulk_create([
                IndicatorValue(indicator=indicator, year=first + index, value=number, source=SOURCE,
                               measured_on=date(first + index, 12, 31), entered_by=leadership)
                for index, number in enumerate(numbers)])
            _targets(indicator, plan.year)
            made.append(indicator)
    return f"{len(made)} indikatorer"
