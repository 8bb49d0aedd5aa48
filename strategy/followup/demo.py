"""Demo follow-up rounds: every plan has a closed round at the end of its second quarter with
answers from half of the owners (some actions late, with a note), and the newest plan an open
round with its deadline in two weeks, so "Mine opfølgninger", the reminders and the progress
page have something to show. Answers confirm the action's status, so the plan itself is left as
the strategy's demo data made it."""

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from obb.demo.scale import add_scaler
from obb.models import User
from strategy.followup.models import FollowUpItem, FollowUpRound
from strategy.followup.services import close_round, open_round
from strategy.models import Plan

LATE_NOTES = [
    "Projektlederen er gået på barsel; en ny er ved at blive fundet.",
    "Vi venter på svar fra samarbejdspartneren.",
    "Lokalerne bliver først klar efter sommerferien.",
]


def _answer_half(round_, when):
    items = list(round_.items.select_related("action__owner"))
    for index, item in enumerate(items):
        if index % 2 or item.action is None:
            continue
        person = item.action.owner
        item.status = item.action.status
        item.is_delayed = index % 6 == 0
        item.note = LATE_NOTES[index % len(LATE_NOTES)] if item.is_delayed else ""
        item.answered_at, item.answered_by = when, person
        item.answered_by_name = person.get_full_name() if person else ""
        item.version = 1
    FollowUpItem.objects.bulk_update(items, ["status", "is_delayed", "note", "answered_at", "answered_by",
                                             "answered_by_name", "version"])


def load_demo(stdout=None):
    leadership = User.objects.filter(username="ledelse").first()
    if leadership is None:
        return "ingen ledelse; ingen opfølgningsrunder"
    today = timezone.localdate()
    made = 0
    with transaction.atomic():
        plans = list(Plan.objects.order_by("year"))
        for plan in plans:
            if plan.followup_rounds.exists():
                continue
            round_ = open_round(plan, user=leadership, deadline=today)
            FollowUpRound.objects.filter(pk=round_.pk).update(deadline=date(plan.year, 6, 30))
            round_.refresh_from_db()
            _answer_half(round_, timezone.make_aware(datetime.combine(date(plan.year, 6, 25), time(12))))
            close_round(round_, user=leadership)
            made += 1
            if plan == plans[-1]:
                open_round(plan, user=leadership, deadline=today + timedelta(days=14))
                made += 1
    return f"{made} opfølgningsrunder"


def scale_demo(n):
    """`seed_demo --scale N`: the N years of plans get their rounds like the others."""
    return load_demo()


add_scaler("Opfølgning på handlingsplanen", scale_demo, order=15)
