from django.core.management.base import BaseCommand

from hrtools.recruitment.starter import load_guide


class Command(BaseCommand):
    help = (
        "Indlæser rekrutteringsguidens ni trin, hvis guiden er tom. En guide, som HR allerede har "
        "udfyldt eller rettet, ændres ikke. Kan køres flere gange."
    )

    def handle(self, *args, **options):
        created = load_guide()
        if created:
            self.stdout.write(f"{created} trin oprettet i rekrutteringsguiden.")
        else:
            self.stdout.write("Rekrutteringsguiden har allerede trin; intet er ændret.")
