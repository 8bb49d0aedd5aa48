"""How long a leaver's MUS content is kept: `settings.MUS_RETENTION_YEARS_AFTER_LEAVING` years
after their end date (default 5), then erased by `manage.py apply_mus_retention`.

Erased: what was written — the summary, the employee's comment, the place, every answer's text
and every goal's own words and outcome — in the records and in their history, which is as
confidential as the records. Kept: that the conversation took place and its status, round and
dates, and each goal's status, competence and dates, so the counts per round, unit and status
(`services.completion`) and the competence statistics do not change.
"""

from datetime import date

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from hrtools.mus.models import Answer, Conversation, Goal
from obb.models import User

CONVERSATION_TEXT = {"summary": "", "employee_comment": "", "place": ""}
GOAL_TEXT = {"free_text": "", "outcome": "", "use_in_daily_work": ""}


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def retention_cutoff(today=None) -> date:
    """A leaver whose end date is on or before this day has their MUS content erased."""
    return years_before(today or timezone.localdate(), settings.MUS_RETENTION_YEARS_AFTER_LEAVING)


def due_leavers(today=None):
    return User.objects.filter(is_active=False, end_date__isnull=False, end_date__lte=retention_cutoff(today))


def conversations_due_for_erasure(today=None):
    """The due leavers' conversations that still hold any text."""
    has_answer = Answer.objects.filter(conversation=OuterRef("pk")).exclude(text="")
    has_goal = Goal.objects.filter(conversation=OuterRef("pk")).exclude(
        free_text="", outcome="", use_in_daily_work="")
    return (Conversation.objects.filter(employee__in=due_leavers(today).values("pk"))
            .filter(~Q(summary="") | ~Q(employee_comment="") | ~Q(place="") | Exists(has_answer) | Exists(has_goal))
            .order_by("pk"))


def apply_leaver_retention(today=None) -> int:
    """Erase the MUS content of leavers past the retention period (see the module). Safe to run
    any number of times: a second run finds nothing left to erase. Returns how many
    conversations were erased."""
    ids = list(conversations_due_for_erasure(today).values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        Conversation.objects.filter(pk__in=ids).update(**CONVERSATION_TEXT)
        Conversation.history.model.objects.filter(id__in=ids).update(**CONVERSATION_TEXT)
        Answer.objects.filter(conversation__in=ids).update(text="")
        Answer.history.model.objects.filter(conversation_id__in=ids).update(text="")
        Goal.objects.filter(conversation__in=ids).update(**GOAL_TEXT)
        Goal.history.model.objects.filter(conversation_id__in=ids).update(**GOAL_TEXT)
    return len(ids)
