from django.core.management.base import BaseCommand

from hrtools.competences.starter import load_starter_content


class Command(BaseCommand):
    help = (
        "Indlæser startindholdet til kompetencespejl, karriereveje og jobudviklingskataloget. Opretter kun "
        "det, der mangler, og ændrer ikke det, HR har rettet. Kan køres flere gange."
    )

    def handle(self, *args, **options):
        created = load_starter_content()
        self.stdout.write(
            f"{created['competences']} kompetencer, {created['profiles']} profiler, {created['tracks']} "
            f"karrierespor og {created['activities']} aktiviteter oprettet."
        )
