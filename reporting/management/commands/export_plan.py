"""`manage.py export_plan 2023 --format pdf --output plan.pdf`: the yearly plan as a file, for
automation. A published plan's PDF and HTML are the documents stored at its publication."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reporting.exporters import formats
from reporting.services import export_plan
from strategy.models import Plan


class Command(BaseCommand):
    help = "Eksporterer årets handlingsplan (Det gør vi <år>) som PDF, HTML eller Excel."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="Planens år, fx 2023.")
        parser.add_argument("--format", choices=sorted(formats("plan")), default="pdf",
                            help="Filformat (standard: pdf).")
        parser.add_argument("--output", required=True, help="Filen, der skrives ('-' for standard-output).")

    def handle(self, *args, year, format, output, **options):
        try:
            plan = Plan.objects.get(year=year)
        except Plan.DoesNotExist:
            raise CommandError(f"Der findes ingen plan for {year}.") from None
        export = export_plan(plan, format)
        if output == "-":
            self.stdout.flush()
            sys.stdout.buffer.write(export.content)
            return
        path = Path(output)
        if not path.parent.is_dir():
            raise CommandError(f"Mappen {path.parent} findes ikke.")
        path.write_bytes(export.content)
        self.stderr.write(f"{export.filename}: {len(export.content):,} bytes skrevet til {path}")
