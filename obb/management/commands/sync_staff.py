"""Bring the staff register up to date from the HR/payroll system's export, e.g. nightly:

    15 2 * * *  cd /srv/obb && .venv/bin/python manage.py sync_staff /srv/hr/medarbejdere.csv

Prints the same summary as the preview in the browser. With --dry-run nothing is saved.
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError

from obb.models import Unit
from obb.staffsync import report
from obb.staffsync.applying import apply_plan
from obb.staffsync.planning import plan_sync
from obb.staffsync.reading import read_file


class Command(BaseCommand):
    help = "Opdaterer personaleregisteret fra HR- og lønsystemets fil (CSV eller .xlsx)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV- eller Excel-filen fra HR- og lønsystemet.")
        parser.add_argument("--dry-run", action="store_true", help="Vis forskellene, men gem intet.")
        parser.add_argument("--create-units-under", metavar="KODE",
                            help="Opret ukendte enheder under enheden med denne enhedskode (eller dette korte navn).")

    def handle(self, *args, file, dry_run=False, create_units_under=None, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Filen {path} findes ikke.")
        parent = None
        if create_units_under:
            parent = (Unit.objects.filter(code=create_units_under).first()
                      or Unit.objects.filter(slug=create_units_under).first())
            if parent is None:
                raise CommandError(f"Enheden »{create_units_under}« findes ikke "
                                   "(hverken som enhedskode eller kort navn).")
        upload = SimpleUploadedFile(path.name, path.read_bytes())
        try:
            rows = read_file(upload)
        except ValidationError as error:
            raise CommandError("\n".join(error.messages)) from error
        plan = plan_sync(rows, create_units_under=parent)
        for line in report.lines(plan):
            self.stdout.write(line)
        if not plan.is_valid:
            raise CommandError("Filen blev ikke indlæst. Intet er gemt.")
        if dry_run:
            self.stdout.write("Prøvekørsel: intet er gemt.")
            return
        if not plan.has_changes:
            self.stdout.write("Ingen ændringer.")
            return
        apply_plan(plan, by=None, create_units_under=parent)
        self.stdout.write("Gemt.")
