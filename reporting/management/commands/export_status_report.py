"""The status report of a plan's closed follow-up round from the command line:

    python manage.py export_status_report 2023 --format pdf --output statusrapport.pdf
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reporting import status_report
from reporting.exporters import get_exporter
from reporting.exporters import status_report as _status_report  # noqa: F401 - registers the exporters
from strategy.models import Plan

FORMATS = ("pdf", "html")


class Command(BaseCommand):
    help = "Skriver statusrapporten fra en lukket opfølgningsrunde af årets plan som PDF eller HTML."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="Planens år, fx 2023.")
        parser.add_argument("--round", dest="number", type=int, default=None,
                            help="Rundens nummer (standard: den nyeste lukkede runde).")
        parser.add_argument("--format", dest="fmt", choices=FORMATS, default="pdf")
        parser.add_argument("--output", default="", help="Filen, der skrives (standard: rapportens eget navn).")

    def handle(self, *args, year, number=None, fmt="pdf", output="", **options):
        plan = Plan.objects.filter(year=year).select_related("strategy").first()
        if plan is None:
            raise CommandError(f"Der er ingen plan for {year}.")
        round_ = status_report.closed_round(plan, number)
        if round_ is None:
            raise CommandError(f"Planen for {year} har ingen lukket opfølgningsrunde"
                               + (f" med nummer {number}." if number is not None else "."))
        export = get_exporter(f"status-report-{fmt}")(round_).render()
        path = Path(output or export.filename)
        path.write_bytes(export.content)
        self.stdout.write(self.style.SUCCESS(f"{path} skrevet ({len(export.content)} bytes)."))
