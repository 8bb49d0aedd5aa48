"""Reminders of follow-up rounds, meant to run daily from cron:

    20 7 * * *  cd /srv/obb && .venv/bin/python manage.py send_followup_reminders

It sends only on each open round's reminder days (see strategy.followup.reminders), so a daily
run does not mean daily e-mails, and a second run on the same day sends nothing again.
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from strategy.followup.reminders import send


class Command(BaseCommand):
    help = ("Sender påmindelser om åbne opfølgningsrunder til de ansvarlige, der endnu ikke har svaret, på rundens "
            "påmindelsesdage. Beregnet til at køre dagligt (cron); den samme påmindelse sendes aldrig to gange.")

    def add_arguments(self, parser):
        parser.add_argument("--dato", dest="day", default="",
                            help="Kør for denne dag (ÅÅÅÅ-MM-DD) i stedet for i dag, fx for at indhente en dag, "
                                 "hvor kørslen ikke blev til noget.")
        parser.add_argument("--proevekoersel", action="store_true", dest="dry_run",
                            help="Vis, hvem der ville få en påmindelse, uden at sende noget.")

    def handle(self, *args, day="", dry_run=False, **options):
        today = None
        if day:
            try:
                today = date.fromisoformat(day)
            except ValueError:
                raise CommandError("--dato skal være en dato som ÅÅÅÅ-MM-DD.") from None
        sent = send(today=today, dry_run=dry_run)
        for reminder in sent:
            self.stdout.write(f"{reminder.person} <{reminder.person.email}>: {reminder.round.title}, "
                              f"{reminder.unanswered} mangler svar")
        verb = "ville blive sendt" if dry_run else "sendt"
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} påmindelser {verb}."))
