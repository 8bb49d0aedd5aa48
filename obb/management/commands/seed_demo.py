from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from obb.demo import loaders
from obb.demo.staff import seed_organisation


class Command(BaseCommand):
    help = (
        "Indlæser demodata: OBB's enheder, ca. 150 fiktive medarbejdere, demo-konti (adgangskode "
        "'obbdemo') og hver funktions egne demodata. Kan køres flere gange."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Kør også når DEBUG er slået fra (kun til test- og demoinstallationer).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo opretter demo-konti med en kendt adgangskode og må ikke køres i drift. "
                "DEBUG er slået fra; brug --force, hvis dette er en test- eller demoinstallation."
            )
        self.stdout.write(f"Organisation: {seed_organisation()}")
        for loader in loaders():
            self.stdout.write(f"{loader.name}: {loader.load(self.stdout)}")
        self.stdout.write(self.style.SUCCESS("Demodata er indlæst. Log ind med fx 'leder' / 'obbdemo'."))
