from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.dateparse import parse_date

from hrtools.mus.retention import apply_leaver_retention


class Command(BaseCommand):
    help = ("Sletter indholdet af fratrådte medarbejderes MUS-samtaler (referat, svar, mål med egne ord), "
            "når fratrædelsen er MUS_RETENTION_YEARS_AFTER_LEAVING år gammel. Antal og status bevares. "
            "Beregnet til at køre dagligt fra cron; kan køres flere gange.")

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Dagens dato som ÅÅÅÅ-MM-DD (til afprøvning).")

    def handle(self, *args, today=None, **options):
        count = apply_leaver_retention(parse_date(today) if today else None)
        self.stdout.write(f"MUS-samtaler slettet (fratrådt for over {settings.MUS_RETENTION_YEARS_AFTER_LEAVING} "
                          f"år siden): {count}")
