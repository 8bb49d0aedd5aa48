"""Deactivate the staff whose end date has passed. Run daily (after midnight), e.g. from cron:

    30 0 * * *  cd /srv/obb && .venv/bin/python manage.py deactivate_leavers
"""

from django.core.management.base import BaseCommand
from django.utils.dateparse import parse_date

from obb.lifecycle import deactivate_due_leavers, due_leavers


class Command(BaseCommand):
    help = "Deaktiverer medarbejdere, hvis fratrædelsesdato er passeret, og afslutter deres sessioner."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Dagens dato som ÅÅÅÅ-MM-DD (til afprøvning).")
        parser.add_argument("--dry-run", action="store_true", help="Vis hvem, men gem intet.")

    def handle(self, *args, today=None, dry_run=False, **options):
        day = parse_date(today) if today else None
        if dry_run:
            people = list(due_leavers(day))
        else:
            people = deactivate_due_leavers(day)
        verb = "Ville deaktivere" if dry_run else "Deaktiveret"
        for person in people:
            self.stdout.write(f"{verb}: {person.employee_number or person.username} {person} "
                              f"(fratrådt {person.end_date:%Y-%m-%d})")
        self.stdout.write(f"{verb} i alt: {len(people)}")
