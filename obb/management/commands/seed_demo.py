from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from obb.demo import loaders
from obb.demo.scale import scale_demo
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
        parser.add_argument(
            "--scale",
            type=int,
            default=None,
            metavar="N",
            help="Byg N gange demodata oven på de almindelige: N års planer (ca. 80×N handlinger om året), "
                 "N×40 ekstra medarbejdere og MUS, onboarding, rekruttering og personaleregnskab for N år. "
                 "Til måling af sidernes hastighed (docs/performance.md).",
        )

    def handle(self, *args, force=False, scale=None, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo opretter demo-konti med en kendt adgangskode og må ikke køres i drift. "
                "DEBUG er slået fra; brug --force, hvis dette er en test- eller demoinstallation."
            )
        if scale is not None and not 1 <= scale <= 50:
            raise CommandError("--scale skal være et helt tal fra 1 til 50.")
        self.stdout.write(f"Organisation: {seed_organisation()}")
        for loader in loaders():
            self.stdout.write(f"{loader.name}: {loader.load(self.stdout)}")
        if scale is not None:
            for name, summary in scale_demo(scale):
                self.stdout.write(f"Skala {scale}, {name}: {summary}")
        self.stdout.write(self.style.SUCCESS("Demodata er indlæst. Log ind med fx 'leder' / 'obbdemo'."))
