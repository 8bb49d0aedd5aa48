"""`manage.py send_followup_reminders`: over a whole round, run every day (twice), the owners who
have not answered get one Danish e-mail on each of the round's reminder days and on no other."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from strategy.followup.models import ReminderSent
from strategy.followup.services import answer_item, close_round, mark_done
from tests.followup.helpers import add_action


def _run(day):
    out = StringIO()
    call_command("send_followup_reminders", "--dato", day.isoformat(), stdout=out)
    return out.getvalue()


def _answer(world, item, person, status="i_gang"):
    item.refresh_from_db()
    action = item.action
    action.refresh_from_db()
    answer_item(item, user=person, status=status, is_delayed=False, note="", expected_version=item.version,
                expected_action_version=action.version)


def test_a_whole_round_day_by_day_sends_exactly_the_expected_reminders(world):
    round_ = world.followup_round  # deadline in 14 days; reminders -7, -1, 0 and +3 days from it
    deadline = round_.deadline
    assert round_.reminder_offsets == [-7, -1, 0, 3]
    sent = {}
    day = deadline - timedelta(days=14)
    while day <= deadline + timedelta(days=10):
        if day == deadline - timedelta(days=3):
            _answer(world, world.item_a, world.mia)
            mark_done(round_, user=world.mia, items=[world.item_a])
        if day == deadline + timedelta(days=1):
            _answer(world, world.item_b, world.otto)  # answered, though not marked done
        mail.outbox.clear()
        _run(day)
        _run(day)  # a second run the same day sends nothing again
        if mail.outbox:
            sent[(day - deadline).days] = sorted(message.to[0] for message in mail.outbox)
        day += timedelta(days=1)
    assert sent == {
        -7: ["lea@example.org", "mia@example.org", "otto@example.org"],
        -1: ["lea@example.org", "otto@example.org"],
        0: ["lea@example.org", "otto@example.org"],
        3: ["lea@example.org"],
    }
    assert ReminderSent.objects.count() == 8


def test_the_reminder_is_danish_and_links_to_the_owners_list(world, settings):
    settings.SITE_URL = "https://intra.example.org"
    out = _run(world.followup_round.deadline - timedelta(days=1))
    message = next(message for message in mail.outbox if message.to == ["mia@example.org"])
    assert message.subject == f"Påmindelse: {world.followup_round.title}"
    assert "Kære Mia" in message.body
    assert "1 handling mangler stadig dit svar." in message.body
    assert "Fristen er i morgen" in message.body
    assert f"https://intra.example.org{reverse('followup:mine')}" in message.body
    assert "3 påmindelser sendt." in out


def test_an_action_without_an_owner_reminds_its_units_manager(world):
    close_round(world.followup_round, user=world.lea)
    add_action(world, "Sydhuset laver en udstilling", unit=world.house_b)
    from strategy.followup.services import open_round

    round_ = open_round(world.plan, user=world.lea, deadline=world.followup_round.deadline)
    _answer(world, round_.items.get(action=world.action_b), world.otto)
    _run(round_.deadline)
    by_recipient = {message.to[0]: message.body for message in mail.outbox}
    assert "1 handling mangler stadig dit svar." in by_recipient["otto@example.org"]


def test_a_closed_round_and_a_dry_run_send_nothing(world):
    out = StringIO()
    call_command("send_followup_reminders", "--dato", world.followup_round.deadline.isoformat(),
                 "--proevekoersel", stdout=out)
    assert "3 påmindelser ville blive sendt." in out.getvalue()
    assert mail.outbox == [] and not ReminderSent.objects.exists()
    close_round(world.followup_round, user=world.lea)
    assert "0 påmindelser sendt." in _run(world.followup_round.deadline)
    assert mail.outbox == []


def test_a_bad_date_is_refused_in_danish(world):
    with pytest.raises(CommandError, match="--dato skal være en dato som ÅÅÅÅ-MM-DD."):
        call_command("send_followup_reminders", "--dato", "i morgen", stdout=StringIO())
