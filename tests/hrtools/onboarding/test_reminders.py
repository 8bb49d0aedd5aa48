"""send_onboarding_reminders: one Danish e-mail per person with their open tasks due this week."""

from datetime import date

from django.core import mail
from django.core.management import call_command

from hrtools.onboarding.models import OffsetUnit, Phase, Responsible
from hrtools.onboarding.services import send_reminders, start_onboarding
from tests.conftest import make_person
from tests.hrtools.onboarding.helpers import template_with

D = OffsetUnit.DAYS


def test_one_email_per_person_with_their_tasks_due_this_week(world):
    template = template_with([
        ("Velkomst <b>", Phase.DAY_ONE, Responsible.MANAGER, 0, D),
        ("Frokost", Phase.DAY_ONE, Responsible.MENTOR, 0, D),
        ("Rundvisning", Phase.WEEK_ONE, Responsible.MENTOR, 2, D),
        ("Opfølgning", Phase.MONTH_ONE, Responsible.MANAGER, 1, OffsetUnit.MONTHS),
        ("Kontrakt", Phase.BEFORE, Responsible.HR, -7, D),
    ])
    olga = make_person("olga", world.house_b, [], manager=world.otto)
    onboarding = start_onboarding(olga, date(2027, 3, 1), world.hanne, template=template, mentor=world.bob)
    onboarding.tasks.filter(title="Frokost").update(done_at="2027-03-01T12:00:00Z")
    mail.outbox.clear()
    # Wednesday of the first week: Monday 1 March – Sunday 7 March
    assert send_reminders(today=date(2027, 3, 3)) == 2
    by_person = {message.to[0]: message for message in mail.outbox}
    assert set(by_person) == {"otto@example.org", "bob@example.org"}
    otto, bob = by_person["otto@example.org"], by_person["bob@example.org"]
    assert otto.subject == "Dine onboardingopgaver i denne uge"
    assert "Velkomst <b>" in otto.body and "Opfølgning" not in otto.body  # plain text, not escaped
    assert "Rundvisning" in bob.body and "Frokost" not in bob.body  # done tasks are not reminded
    assert "Kære Bob" in bob.body


def test_the_command_runs_and_reports(world, capsys):
    call_command("send_onboarding_reminders")
    assert "Påmindelser sendt" in capsys.readouterr().out
