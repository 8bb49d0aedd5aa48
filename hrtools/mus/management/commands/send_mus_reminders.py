"""Daily reminders about MUS, meant for cron:

    15 7 * * *  cd /srv/obb && .venv/bin/python manage.py send_mus_reminders

Each manager gets at most one e-mail a run: conversations they have not scheduled although the
round ends within --dage days (or has ended), and goals whose follow-up date has passed. Each
is named on its reminder days only (services.unscheduled_reminder_due, overdue_reminder_due):
--dage days, a week and a day before the round ends, on its last day and weekly after it; a
goal the day after its follow-up date and weekly after that.
"""

from django.core.management.base import BaseCommand, CommandError

from hrtools.mus.services import send_reminders


class Command(BaseCommand):
    help = ("Sender ledere en påmindelse om MUS-samtaler, der ikke er planlagt tæt på rundens slutning, og om "
            "mål, hvor opfølgningen er overskredet. Beregnet til at køre dagligt (cron): det samme nævnes kun på "
            "faste dage (--dage dage, en uge og en dag før rundens slutning, den sidste dag og derefter ugentligt; "
            "et mål dagen efter opfølgningsdatoen og derefter ugentligt).")

    def add_arguments(self, parser):
        parser.add_argument("--dage", type=int, default=14, dest="days",
                            help="Første påmindelse om ikke-planlagte samtaler så mange dage før rundens slutning "
                                 "(standard 14).")
        parser.add_argument("--proevekoersel", action="store_true", dest="dry_run",
                            help="Vis, hvem der ville få en påmindelse, uden at sende noget.")

    def handle(self, *args, days=14, dry_run=False, **options):
        if days < 1:
            raise CommandError("--dage skal være et helt antal dage på mindst 1.")
        sent = send_reminders(days_before_end=days, dry_run=dry_run)
        for manager, unscheduled, overdue in sent:
            self.stdout.write(f"{manager} <{manager.email}>: {unscheduled} ikke planlagt, {overdue} overskredne "
                              f"opfølgninger")
        verb = "ville blive sendt" if dry_run else "sendt"
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} påmindelser {verb}."))
