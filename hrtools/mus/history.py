"""A conversation's history as its parties read it: who changed what and when, for the
conversation itself, its answers and its goals. The caller has loaded the conversation through
`visible_to`; the history is shown only there, so it is exactly as confidential as the
conversation. Four queries whatever the length of the history."""

from dataclasses import dataclass, field

from django.utils.text import capfirst
from django.utils.translation import gettext as _

from hrtools.mus.models import Answer, Audience, Conversation, Goal, RoundQuestion, Status

CONVERSATION_FIELDS = ["status", "manager", "scheduled_at", "duration_minutes", "place", "employee_prepared_at",
                       "manager_prepared_at", "summary", "employee_response", "employee_comment", "shared_with_hr"]
GOAL_FIELDS = ["competence", "activity", "free_text", "due_date", "follow_up_date", "status", "outcome",
               "use_in_daily_work"]
LONG_TEXT = {"summary", "employee_comment", "free_text", "outcome", "use_in_daily_work", "text"}


@dataclass
class Entry:
    date: object
    user: object
    subject: str
    kind: str  # "+" created, "~" changed, "-" deleted
    reason: str = ""
    changes: list = field(default_factory=list)  # (label, old, new)


def _label(model, name):
    return capfirst(model._meta.get_field(name).verbose_name)


def _show(model, name, value, names):
    if value in (None, ""):
        return "–"
    if name == "status" and model is Conversation:
        return Status(value).label
    if name == "status" and model is Goal:
        return Goal.Status(value).label
    if name == "employee_response":
        return Conversation.Response(value).label
    if name == "shared_with_hr":
        return _("ja") if value else _("nej")
    if name in names:
        return names[name].get(value, _("(slettet)"))
    if hasattr(value, "strftime"):
        from django.utils import formats, timezone

        if hasattr(value, "hour"):
            return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
        return formats.date_format(value)
    text = str(value)
    return text if len(text) <= 300 else text[:300] + " …"


def _diffs(records, model, fields, names):
    """Entries for the history records of one object type, oldest first per object."""
    entries = []
    previous = {}
    for record in sorted(records, key=lambda r: (r.history_date, r.history_id)):
        before = previous.get(record.id)
        changes = []
        for name in fields:
            attname = model._meta.get_field(name).attname
            new = getattr(record, attname)
            old = getattr(before, attname) if before is not None else None
            if before is None and new in (None, "", False):
                continue
            if before is not None and old == new:
                continue
            changes.append((_label(model, name), _show(model, name, old, names) if before else "",
                            _show(model, name, new, names)))
        previous[record.id] = record
        entries.append((record, changes))
    return entries


def hidden_audiences(conversation, user):
    """The sides whose preparation answers `user` may not read yet: before the meeting, a party
    reads the other party's answers only once that party has marked themselves prepared, as on
    the preparation and conversation pages."""
    audience = conversation.audience_of(user)
    if audience is None or not conversation.before_meeting:
        return set()
    other = Audience.MANAGER if audience == Audience.EMPLOYEE else Audience.EMPLOYEE
    other_ready = conversation.manager_prepared_at if other == Audience.MANAGER else conversation.employee_prepared_at
    return set() if other_ready else {other}


def entries(conversation, user):
    """Every change to the conversation, its answers and goals that `user` may read, newest
    first (see `hidden_audiences`)."""
    from hrtools.competences.models import Competence, DevelopmentActivity
    from obb.models import User

    conv_records = list(conversation.history.select_related("history_user").all())
    answer_records = list(Answer.history.filter(conversation_id=conversation.pk).select_related("history_user"))
    goal_records = list(Goal.history.filter(conversation_id=conversation.pk).select_related("history_user"))
    manager_ids = {r.manager_id for r in conv_records} - {None}
    competence_ids = {r.competence_id for r in goal_records} - {None}
    activity_ids = {r.activity_id for r in goal_records} - {None}
    question_ids = {r.question_id for r in answer_records}
    names = {
        "manager": {pk: str(u) for pk, u in User.objects.in_bulk(manager_ids).items()} if manager_ids else {},
        "competence": {pk: str(c) for pk, c in Competence.objects.in_bulk(competence_ids).items()}
        if competence_ids else {},
        "activity": {pk: str(a) for pk, a in DevelopmentActivity.objects.in_bulk(activity_ids).items()}
        if activity_ids else {},
    }
    questions = RoundQuestion.objects.in_bulk(question_ids) if question_ids else {}
    hidden = hidden_audiences(conversation, user)
    if hidden:
        answer_records = [r for r in answer_records
                          if r.question_id in questions and questions[r.question_id].audience not in hidden]
    result = []
    for record, changes in _diffs(conv_records, Conversation, CONVERSATION_FIELDS, names):
        result.append(Entry(record.history_date, record.history_user, _("Samtalen"), record.history_type,
                            record.history_change_reason or "", changes))
    for record, changes in _diffs(answer_records, Answer, ["text"], names):
        question = questions.get(record.question_id)
        subject = _("Svar: %(question)s") % {"question": question.text[:80] if question else _("(slettet)")}
        result.append(Entry(record.history_date, record.history_user, subject, record.history_type,
                            record.history_change_reason or "", changes))
    for record, changes in _diffs(goal_records, Goal, GOAL_FIELDS, names):
        result.append(Entry(record.history_date, record.history_user, _("Mål i udviklingsplanen"),
                            record.history_type, record.history_change_reason or "", changes))
    result.sort(key=lambda entry: entry.date, reverse=True)
    return result
