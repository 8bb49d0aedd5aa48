"""Daily reminders about MUS, meant for cron:

    15 7 * * *  cd /srv/obb && .venv/bin/python manage.py send_mus_reminders

Each manager gets at most one e-mail: conversations they have not scheduled although the round
ends within --dage days (or has ended), and goals whose follow-up date has passed.
"""

from django.core.management.base import BaseCommand

from hrtools.mus.services import send_reminders


class Command(BaseCommand):
    help = ("Sender ledere en påmindelse om MUS-samtaler, der ikke er planlagt tæt på rundens slutning, og om "
            "mål, hvor opfølgningen er overskredet. Beregnet til at køre dagligt (cron).")

    def add_arguments(self, parser):
        parser.add_argument("--dage", type=int, default=14, dest="days",
                            help="Påmind om ikke-planlagte samtaler, når runden slutter inden for så mange dage "
                                 "(standard 14).")
        parser.add_argument("--proevekoersel", action="store_true", dest="dry_run",
                            help="Vis, hvem der ville få en påmindelse, uden at sende noget.")

    def handle(self, *args, days=14, dry_run=False, **options):
        sent = send_reminders(days_before_end=days, dry_run=dry_run)
        for manager, unscheduled, overdue in sent:
            self.stdout.write(f"{manager} <{manager.email}>: {unscheduled} ikke planlagt, {overdue} overskredne "
                              f"opfølgninger")
        verb = "ville blive sendt" if dry_run else "sendt"
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} påmindelser {verb}."))
