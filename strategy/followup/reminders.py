"""Reminder e-mails of follow-up rounds.

Each open round has its reminder days, offsets from the deadline (`FollowUpRound.reminder_days`,
at most five, e.g. a week before, the day before, on the day, three days after). On such a day
everyone who still has unanswered actions in the round and has not marked it done gets one
e-mail, in Danish, with a link to "Mine opfølgninger": the action's owner, or for an action
without an owner the manager of its unit. Each e-mail is recorded (`ReminderSent`, unique per
round, person and day) before it goes out, so a second run on the same day sends nothing again.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from strategy.followup import services
from strategy.followup.models import FollowUpRound, ReminderSent


@dataclass
class Reminder:
    round: FollowUpRound
    person: object
    unanswered: int


def site_url(path):
    return getattr(settings, "SITE_URL", "").rstrip("/") + path


def due(today=None):
    """The reminders of `today`: [Reminder], for rounds whose reminder day it is, to the people
    who have not answered, leaving out those already reminded today."""
    today = today or timezone.localdate()
    result = []
    for round_ in FollowUpRound.objects.open().select_related("plan").order_by("deadline", "pk"):
        if (today - round_.deadline).days not in round_.reminder_offsets:
            continue
        done_ids = set(round_.completions.values_list("person_id", flat=True))
        reminded = set(round_.reminders_sent.filter(day=today).values_list("person_id", flat=True))
        for person, count in services.waiting_owners(services.round_items(round_), done_ids):
            if person.is_active and person.email and person.pk not in reminded:
                result.append(Reminder(round_, person, count))
    return result


def send(today=None, dry_run=False):
    """E-mail today's reminders. Returns the [Reminder] sent (or that would be, for a dry run)."""
    today = today or timezone.localdate()
    sent = []
    with translation.override("da"):
        url = site_url(reverse("followup:mine"))
        for reminder in due(today):
            if dry_run:
                sent.append(reminder)
                continue
            try:
                with transaction.atomic():
                    ReminderSent.objects.create(round=reminder.round, person=reminder.person, day=today)
                    body = render_to_string("followup/email/reminder.txt", {
                        "person": reminder.person, "round": reminder.round, "count": reminder.unanswered,
                        "url": url, "days_left": (reminder.round.deadline - today).days,
                    })
                    subject = _("Påmindelse: %(round)s") % {"round": reminder.round.title}
                    EmailMessage(subject, body, None, [reminder.person.email]).send()
            except IntegrityError:
                continue  # another run got there first
            sent.append(reminder)
    return sent
