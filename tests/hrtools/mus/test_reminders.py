"""`manage.py send_mus_reminders`: managers hear about unscheduled conversations near the end of
the round and about overdue follow-ups; one e-mail each, on a few reminder days rather than every
day."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from hrtools.mus.models import Goal, Status
from hrtools.mus.services import send_reminders
from tests.hrtools.mus.helpers import hold


def test_reminders_go_to_the_managers_who_need_them(world):
    round_ = world.mus_round
    round_.period_end = timezone.localdate() + timedelta(days=7)
    round_.save()
    conversation = hold(world.mus_alice)
    conversation.status = Status.FOLLOW_UP
    conversation.save()
    Goal.objects.filter(pk=world.mus_goal.pk).update(follow_up_date=timezone.localdate() - timedelta(days=1))
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


def _reminded_of(world, today):
    """The people named in the reminders sent on `today`, by manager's e-mail."""
    mail.outbox.clear()
    send_reminders(today=today)
    return {message.to[0]: message.body for message in mail.outbox}


def test_an_unscheduled_conversation_is_named_a_few_times_not_every_day(world):
    end = timezone.localdate() + timedelta(days=30)
    world.mus_round.period_end = end
    world.mus_round.save()
    reminded_on = [left for left in range(20, -16, -1)
                   if "Bob Testesen" in _reminded_of(world, end - timedelta(days=left)).get("otto@example.org", "")]
    # 14 days, a week and a day before the end, the last day, then weekly.
    assert reminded_on == [14, 7, 1, 0, -7, -14]


def test_an_overdue_goal_is_named_the_day_after_its_follow_up_and_then_weekly(world):
    hold(world.mus_alice)
    follow_up = timezone.localdate() + timedelta(days=10)
    Goal.objects.filter(pk=world.mus_goal.pk).update(follow_up_date=follow_up)
    reminded_after = [days for days in range(-2, 17)
                      if "Lære at facilitere læsekredse" in _reminded_of(world, follow_up + timedelta(days=days))
                      .get("mia@example.org", "")]
    assert reminded_after == [1, 8, 15]


def test_a_goal_that_is_done_is_not_named(world):
    hold(world.mus_alice)
    follow_up = timezone.localdate() - timedelta(days=1)
    Goal.objects.filter(pk=world.mus_goal.pk).update(follow_up_date=follow_up, status=Goal.Status.DONE)
    assert "Lære at facilitere læsekredse" not in _reminded_of(world, timezone.localdate()).get("mia@example.org", "")


def test_a_first_reminder_day_below_one_is_refused_in_danish(world):
    with pytest.raises(CommandError, match="--dage skal være et helt antal dage på mindst 1"):
        call_command("send_mus_reminders", "--dage", "0", stdout=StringIO())
    assert mail.outbox == []
