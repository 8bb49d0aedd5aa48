from django.core.management.base import BaseCommand

from hrtools.onboarding.services import send_reminders


class Command(BaseCommand):
    help = ("Sender én e-mail til hver person med åbne onboardingopgaver, der har frist i denne uge "
            "(mandag–søndag). Beregnet til at køre fra cron, fx hver mandag morgen.")

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Påmindelser sendt: {sent}")
