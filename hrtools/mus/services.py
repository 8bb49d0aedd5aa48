"""Operations on MUS that views, commands, the signal and the tests share.

Every change a person makes is saved with them as the history user, so a conversation's history
says who did what and when. The summary is written by both parties; `save_summary` claims its
version with one conditional UPDATE, so of two people who started from the same text the later
save is refused (`SummaryConflict`) and their text is handed back, never silently lost.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count, F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from hrtools.mus import ics
from hrtools.mus.models import (
    STATUS_ORDER,
    Answer,
    Audience,
    Conversation,
    Goal,
    Round,
    RoundQuestion,
    Status,
)
from obb.concurrency import EditConflict, claim_version
from obb.lifecycle import holds_leder_role
from obb.models import Unit, User
from obb.numbers import percent


def save_with_history(obj, user, reason=None, **kwargs):
    obj._history_user = user
    obj._change_reason = reason[:100] if reason else None
    obj.save(**kwargs)
    return obj


def site_url(path):
    return getattr(settings, "SITE_URL", "").rstrip("/") + path


# --- Rounds ------------------------------------------------------------------------------------

@dataclass
class OpenResult:
    created: int
    already: int
    without_manager: list = field(default_factory=list)


def open_round(round_, *, user):
    """Open `round_`: copy its template's questions (the first time only) and create a
    conversation for every current employee who has a manager and has none in this round yet.
    Opening again adds only the people who are new since; nobody gets two conversations."""
    caller_round = round_
    with transaction.atomic():
        round_ = Round.objects.select_for_update().get(pk=round_.pk)
        if not round_.questions.exists():
            questions = list(round_.template.questions.all())
            if not questions:
                raise ValidationError(_("Skabelonen har ingen spørgsmål; tilføj spørgsmål, før runden åbnes."))
            RoundQuestion.objects.bulk_create([
                RoundQuestion(round=round_, source=question, audience=question.audience, order=question.order,
                              text=question.text)
                for question in questions
            ])
        if round_.opened_at is None:
            round_.opened_at = timezone.now()
            round_.opened_by = user
            save_with_history(round_, user, _("Runden er åbnet"))
        staff = list(User.objects.current().select_related("manager").order_by("pk"))
        existing = set(Conversation.objects.filter(round=round_).values_list("employee_id", flat=True))
        new, without_manager = [], []
        for person in staff:
            if person.pk in existing:
                continue
            if person.manager_id is None or not person.manager.is_active:
                without_manager.append(person)
                continue
            new.append(Conversation(round=round_, employee=person, manager_id=person.manager_id))
        for conversation in new:
            save_with_history(conversation, user, _("Oprettet ved åbning af runden"))
    caller_round.opened_at, caller_round.opened_by_id = round_.opened_at, round_.opened_by_id
    return OpenResult(created=len(new), already=len(existing), without_manager=without_manager)


def remove_template_question(question, *, user):
    """Remove a question from a template, unless someone has already answered a round's copy of
    it: then the answers would lose their question, and the removal is refused."""
    if question.has_answers():
        raise ValidationError(_("Spørgsmålet kan ikke fjernes, fordi der allerede er svar på det i en MUS-runde. "
                                "Ret teksten i stedet, eller lav en ny skabelon til næste runde."))
    question._history_user = user
    question.delete()


# --- Reassignment --------------------------------------------------------------------------------

def reassign_open_conversations(employee, *, user=None):
    """Move the employee's open conversations to their current manager, when that manager holds
    the Leder role (`obb.lifecycle.holds_leder_role`); otherwise they wait with the manager who
    holds them (HR sees them in the waiting list). Returns the number moved."""
    manager = employee.manager
    if not holds_leder_role(manager):
        return 0
    moved = 0
    conversations = (Conversation.objects.open().filter(employee=employee)
                     .exclude(manager_id=manager.pk))
    for conversation in conversations:
        conversation.manager_id = manager.pk
        save_with_history(conversation, user, _("Ny leder"))
        moved += 1
    return moved


def reassign_waiting_for(leader, *, user=None):
    """``leader`` has just got the Leder role: the open conversations of their staff that waited
    for them move to them. Returns the number moved."""
    if not holds_leder_role(leader):
        return 0
    moved = 0
    for employee in User.objects.filter(manager=leader):
        moved += reassign_open_conversations(employee, user=user)
    return moved


def waiting_conversations():
    """Open conversations no Leder may act on: the employee's manager lacks the Leder role (or
    there is none), or the conversation has not moved to them."""
    leders = User.objects.leders()
    return (Conversation.objects.open()
            .exclude(Q(manager_id=F("employee__manager_id")) & Q(manager__in=leders))
            .select_related("round", "employee", "employee__manager", "manager")
            .order_by("employee__first_name", "employee__last_name", "pk"))


# --- Scheduling and the invitation -----------------------------------------------------------------

def schedule(conversation, *, when, place, duration_minutes=None, user):
    """Set date, time and place, and e-mail the employee a calendar invitation."""
    conversation.schedule(when, place, duration_minutes)
    save_with_history(conversation, user, _("Planlagt"))
    send_invitation(conversation)
    return conversation


def send_invitation(conversation):
    """The invitation e-mail, in Danish whatever language the sender's browser asked for."""
    employee, manager = conversation.employee, conversation.manager
    if not employee.email:
        return False
    with translation.override("da"):
        return _send_invitation(conversation, employee, manager)


def _send_invitation(conversation, employee, manager):
    local = timezone.localtime(conversation.scheduled_at)
    body = render_to_string("hrtools/mus/email/invitation.txt", {
        "conversation": conversation, "employee": employee, "manager": manager, "local": local,
        "url": site_url(reverse("mus:prepare", args=[conversation.pk])),
        "rescheduled": conversation.invitation_sequence > 0,
    })
    subject = (_("Ny tid til din MUS-samtale") if conversation.invitation_sequence
               else _("Invitation til MUS-samtale"))
    message = EmailMessage(subject, body, None, [employee.email],
                           reply_to=[manager.email] if manager and manager.email else None)
    message.attach("mus-samtale.ics", ics.invitation(conversation), "text/calendar; method=REQUEST; charset=utf-8")
    message.send()
    return True


# --- Preparation ---------------------------------------------------------------------------------

def questions_for(conversation, audience):
    return [q for q in conversation.round.questions.all() if q.audience == audience]


def save_answers(conversation, *, user, texts):
    """Save `user`'s answers ({question id: text}) to their own questions."""
    audience = conversation.audience_of(user)
    if audience is None:
        raise ValidationError(_("Kun medarbejderen og lederen forbereder samtalen."))
    if not conversation.before_meeting:
        raise ValidationError(_("Samtalen er afholdt; forberedelsen kan ikke længere ændres."))
    allowed = {q.pk for q in questions_for(conversation, audience)}
    existing = {a.question_id: a for a in conversation.answers.filter(question__in=allowed)}
    with transaction.atomic():
        for question_id, text in texts.items():
            if question_id not in allowed:
                continue
            answer = existing.get(question_id)
            if answer is None:
                if not text.strip():
                    continue
                answer = Answer(conversation=conversation, question_id=question_id)
            elif answer.text == text:
                continue
            answer.text = text
            answer.author = user
            save_with_history(answer, user)


def mark_prepared(conversation, *, user):
    conversation.mark_prepared(user)
    save_with_history(conversation, user, _("Forberedelse færdig"))


# --- Summary with optimistic locking -----------------------------------------------------------------

class SummaryConflict(EditConflict):
    """Someone else saved the summary after the version this change started from."""


def save_summary(conversation, *, user, text, expected_version, hold=False):
    """Save the summary written from `expected_version`; with `hold`, also mark the conversation
    held (manager only). Raises SummaryConflict or ValidationError and then changes nothing."""
    if not conversation.summary_editable:
        raise ValidationError(_("Referatet er bekræftet af medarbejderen og kan ikke længere ændres."))
    if hold and not conversation.is_manager(user):
        raise ValidationError(_("Kun lederen markerer samtalen som afholdt."))
    if not conversation.is_manager(user) and conversation.before_meeting:
        raise ValidationError(_("Lederen skriver referatet efter samtalen; derefter kan du rette i det."))
    with transaction.atomic():
        try:
            claim_version(conversation, expected_version, field="summary_version")
        except EditConflict as conflict:
            raise SummaryConflict(conflict.current, "summary_version") from None
        conversation.summary = text
        if hold:
            conversation.hold()  # a ValidationError here rolls the version claim back too
        save_with_history(conversation, user, _("Afholdt, referat skrevet") if hold else _("Referat ændret"))
    return conversation


def respond(conversation, *, user, response, comment=""):
    if not conversation.is_employee(user):
        raise ValidationError(_("Kun medarbejderen bekræfter referatet."))
    conversation.respond(response, comment)
    save_with_history(conversation, user, _("Referat bekræftet"))


def close(conversation, *, user):
    conversation.close(list(conversation.goals.all()))
    save_with_history(conversation, user, _("Afsluttet"))


def set_shared(conversation, *, user, shared):
    if not conversation.is_employee(user):
        raise ValidationError(_("Kun medarbejderen kan dele sin samtale med HR."))
    conversation.shared_with_hr = shared
    save_with_history(conversation, user, _("Delt med HR") if shared else _("Deling med HR stoppet"))


def save_goal(goal, *, user):
    if not goal.conversation.plan_editable:
        raise ValidationError(_("Samtalen er afsluttet; udviklingsplanen kan ikke ændres."))
    save_with_history(goal, user)
    return goal


# --- Overviews -----------------------------------------------------------------------------------

@dataclass
class UnitCompletion:
    unit: Unit | None
    counts: dict  # status -> number
    total: int

    @property
    def done(self):
        return sum(self.counts.get(status, 0) for status in (Status.HELD, Status.FOLLOW_UP, Status.CLOSED))

    @property
    def percent(self):
        return percent(self.done, self.total)

    def ordered(self):
        return [self.counts.get(status, 0) for status in STATUS_ORDER]


def completion(round_):
    """Conversations per unit (the employee's unit) and status: counts only, never content.
    Two queries whatever the number of employees: one aggregate and the units' names."""
    rows = (Conversation.objects.filter(round=round_).values("employee__unit", "status")
            .annotate(number=Count("pk")).order_by())
    by_unit = defaultdict(dict)
    for row in rows:
        by_unit[row["employee__unit"]][row["status"]] = row["number"]
    units = Unit.objects.in_bulk([pk for pk in by_unit if pk is not None])
    result = [UnitCompletion(units.get(pk), counts, sum(counts.values())) for pk, counts in by_unit.items()]
    result.sort(key=lambda row: (row.unit is None, row.unit.path if row.unit else ""))
    totals = defaultdict(int)
    for row in result:
        for status, number in row.counts.items():
            totals[status] += number
    return result, UnitCompletion(None, dict(totals), sum(totals.values()))


def team_overview(manager, round_):
    """The conversations `manager` holds in `round_`, and their direct reports who have none
    (new since the round opened). Three queries whatever the number of people."""
    conversations = list(
        Conversation.objects.filter(round=round_, manager=manager, employee__manager=manager)
        .select_related("employee", "employee__unit")
        .annotate(goal_count=Count("goals", distinct=True),
                  answer_count=Count("answers", filter=Q(answers__question__audience=Audience.EMPLOYEE),
                                     distinct=True))
        .order_by("employee__first_name", "employee__last_name", "pk")
    )
    held = {c.employee_id for c in conversations}
    missing = list(User.objects.current().filter(manager=manager).exclude(pk__in=held).select_related("unit"))
    return conversations, missing


# --- Reminders ---------------------------------------------------------------------------------

REMINDER_INTERVAL = 7  # days between two reminders of the same thing


def unscheduled_reminder_due(days_left, days_before_end=14):
    """Whether a manager is reminded today of a conversation not yet scheduled whose round ends
    in `days_left` days: `days_before_end` days, a week and a day before the end, on the last
    day, and every week after it. A few reminders, not one every day."""
    if days_left > 0:
        return days_left <= days_before_end and days_left in {days_before_end, REMINDER_INTERVAL, 1}
    return -days_left % REMINDER_INTERVAL == 0


def overdue_reminder_due(days_overdue):
    """Whether a manager is reminded today of a goal whose follow-up date passed `days_overdue`
    days ago: the day after, and every week after that."""
    return days_overdue >= 1 and (days_overdue - 1) % REMINDER_INTERVAL == 0


def reminders(today=None, days_before_end=14):
    """What each manager is reminded of today: {manager: {"unscheduled": [...], "overdue":
    [...]}}. A conversation not yet scheduled counts when its round ends within
    `days_before_end` days (or has ended), a goal when its follow-up date has passed and it is
    neither done nor dropped; each on its reminder days only (`unscheduled_reminder_due`,
    `overdue_reminder_due`), so a daily run does not send the same reminder every day."""
    today = today or timezone.localdate()
    horizon = today + timedelta(days=days_before_end)
    result = defaultdict(lambda: {"unscheduled": [], "overdue": []})
    unscheduled = (Conversation.objects.filter(status=Status.NOT_SCHEDULED, round__opened_at__isnull=False,
                                               round__period_end__lte=horizon, manager__isnull=False,
                                               manager__is_active=True)
                   .filter(Q(employee__end_date__isnull=True) | Q(employee__end_date__gte=today),
                           employee__is_active=True)
                   .select_related("manager", "employee", "round").order_by("round__period_end", "pk"))
    for conversation in unscheduled:
        if unscheduled_reminder_due((conversation.round.period_end - today).days, days_before_end):
            result[conversation.manager]["unscheduled"].append(conversation)
    overdue = (Goal.objects.filter(follow_up_date__lt=today,
                                   status__in=[Goal.Status.AGREED, Goal.Status.IN_PROGRESS],
                                   conversation__status__in=[Status.HELD, Status.FOLLOW_UP],
                                   conversation__manager__isnull=False, conversation__manager__is_active=True)
               .select_related("conversation__manager", "conversation__employee", "activity")
               .order_by("follow_up_date", "pk"))
    for goal in overdue:
        if overdue_reminder_due((today - goal.follow_up_date).days):
            result[goal.conversation.manager]["overdue"].append(goal)
    return dict(result)


def send_reminders(today=None, days_before_end=14, dry_run=False):
    """E-mail each manager one reminder. Returns [(manager, unscheduled, overdue)]."""
    with translation.override("da"):
        return _send_reminders(today, days_before_end, dry_run)


def _send_reminders(today, days_before_end, dry_run):
    sent = []
    for manager, items in sorted(reminders(today, days_before_end).items(), key=lambda item: item[0].pk):
        if not manager.email:
            continue
        body = render_to_string("hrtools/mus/email/reminder.txt", {
            "manager": manager, **items, "url": site_url(reverse("mus:team")),
        })
        if not dry_run:
            EmailMessage(_("Påmindelse om MUS"), body, None, [manager.email]).send()
        sent.append((manager, len(items["unscheduled"]), len(items["overdue"])))
    return sent
