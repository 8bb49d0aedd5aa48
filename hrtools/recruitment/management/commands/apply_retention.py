from django.core.management.base import BaseCommand

from hrtools.recruitment.services import apply_retention


class Command(BaseCommand):
    help = ("Anonymiserer kandidaternes persondata (navn, e-mail, telefon, udvalgets noter), når "
            "rekrutteringssagen har været lukket i 6 måneder. Beregnet til at køre dagligt fra cron; "
            "kan køres flere gange.")

    def handle(self, *args, **options):
        count = apply_retention()
        self.stdout.write(f"Anonymiserede kandidater: {count}")
