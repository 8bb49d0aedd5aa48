"""`manage.py send_mus_reminders`: managers hear about unscheduled conversations near the end of
the round and about overdue follow-ups; one e-mail each."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from hrtools.mus.models import Goal, Status
from tests.hrtools.mus.helpers import hold


def test_reminders_go_to_the_managers_who_need_them(world):
    round_ = world.mus_round
    round_.period_end = timezone.localdate() + timedelta(days=5)
    round_.save()
    conversation = hold(world.mus_alice)
    conversation.status = Status.FOLLOW_UP
    conversation.save()
    Goal.objects.filter(pk=world.mus_goal.pk).update(follow_up_date=timezone.localdate() - timedelta(days=3))
    out = StringIO()
    call_command("send_mus_reminders", stdout=out)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"mia@example.org", "otto@example.org", "lea@example.org"}
    otto = by_recipient["otto@example.org"].body
    assert "Bob Testesen" in otto and "ikke er planlagt" in otto
    mia = by_recipient["mia@example.org"].body
    assert "Lære at facilitere læsekredse" in mia and "overskredet" in mia
    assert "Alice Testesen" in mia
    assert "3 påmindelser sendt" in out.getvalue()


def test_no_reminders_while_the_round_has_time_left(world):
    world.mus_round.period_end = timezone.localdate() + timedelta(days=60)
    world.mus_round.save()
    call_command("send_mus_reminders", stdout=StringIO())
    assert mail.outbox == []


def test_dry_run_sends_nothing(world):
    world.mus_round.period_end = timezone.localdate()
    world.mus_round.save()
    out = StringIO()
    call_command("send_mus_reminders", "--proevekoersel", stdout=out)
    assert mail.outbox == []
    assert "ville blive sendt" in out.getvalue()
