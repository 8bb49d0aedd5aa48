"""Turn a key-figure table of a plan whose columns are years into indicators of a pejlemærke:

    python manage.py indicators_from_keyfigures 2023 besoeg-laanere-selvbetjening service
"""

from django.core.management.base import BaseCommand, CommandError

from obb.models import User
from strategy.followup.indicator_services import indicators_from_key_figures, series
from strategy.models import KeyFigureTable, Pejlemaerke


class Command(BaseCommand):
    help = ("Laver indikatorer med værdier af en nøgletalstabel, hvis kolonner er år, under et pejlemærke, uden at "
            "tallene skal tastes igen.")

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="Planens år, fx 2023.")
        parser.add_argument("table", help="Nøgletalstabellens korte navn, fx besoeg-laanere-selvbetjening.")
        parser.add_argument("pejlemaerke", help="Pejlemærkets korte navn, fx service.")
        parser.add_argument("--ansvarlig", dest="owner", default="", help="Brugernavn på den ansvarlige.")

    def handle(self, *args, year, table, pejlemaerke, owner="", **options):
        found = KeyFigureTable.objects.filter(plan__year=year, slug=table).select_related("plan").first()
        if found is None:
            raise CommandError(f"Planen for {year} har ingen nøgletalstabel med navnet {table}.")
        if not series(found):
            raise CommandError(f"Tabellen {found.title} er ikke en række af år og kan ikke blive til indikatorer.")
        target = Pejlemaerke.objects.filter(strategy=found.plan.strategy_id, slug=pejlemaerke).first()
        if target is None:
            raise CommandError(f"Planens strategi har intet pejlemærke med navnet {pejlemaerke}.")
        person = User.objects.filter(username=owner).first() if owner else None
        if owner and person is None:
            raise CommandError(f"Der er ingen bruger med brugernavnet {owner}.")
        made = indicators_from_key_figures(found, target, user=None, owner=person)
        for indicator in made:
            self.stdout.write(f"{indicator.name}: {indicator.values.count()} værdier")
        self.stdout.write(self.style.SUCCESS(f"{len(made)} indikatorer oprettet."))
