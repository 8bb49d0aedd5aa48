"""Operations on follow-up rounds that views, commands and tests share: opening and closing a
round (leadership only), answering an item with lost-update protection, marking one's part done,
and the round's progress and changes for leadership."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from strategy.followup.models import Completion, FollowUpItem, FollowUpRound
from strategy.models import Action
from strategy.services import actions as action_services


class AnswerConflict(Exception):
    """Someone else answered the item, or changed the action, after the form was opened."""

    def __init__(self, current):
        super().__init__(f"Follow-up item {current.pk} is at version {current.version}")
        self.current = current


def open_round(plan, *, user, deadline, reminder_days="-7,-1,0,3"):
    """Open a round for `plan`: one item per active action, with the action as it is now."""
    if not user.is_leadership:
        raise PermissionDenied
    if deadline < timezone.localdate():
        raise ValidationError({"deadline": _("Fristen kan ikke ligge før i dag.")})
    with transaction.atomic():
        if FollowUpRound.objects.open().filter(plan=plan).exists():
            raise ValidationError(_("Der er allerede en åben opfølgningsrunde for planen. Luk den, før en ny åbnes."))
        number = (FollowUpRound.objects.filter(plan=plan).aggregate(last=Max("number"))["last"] or 0) + 1
        round_ = FollowUpRound(plan=plan, number=number, deadline=deadline, reminder_days=reminder_days,
                               opened_by=user)
        round_.full_clean()
        round_._history_user = user
        try:
            with transaction.atomic():
                round_.save()
        except IntegrityError:
            raise ValidationError(_("Der er allerede en åben opfølgningsrunde for planen. Luk den, før en ny "
                                    "åbnes.")) from None
        items = []
        for action in plan.actions.active().select_related("pejlemaerke", "unit", "owner"):
            item = FollowUpItem(round=round_, status_before=action.status)
            item.copy_action(action)
            items.append(item)
        FollowUpItem.objects.bulk_create(items)
    return round_


def close_round(round_, *, user):
    """Close an open round and freeze its items: each keeps the action as it is now."""
    if not user.is_leadership:
        raise PermissionDenied
    with transaction.atomic():
        now = timezone.now()
        closed = FollowUpRound.objects.filter(pk=round_.pk, closed_at__isnull=True).update(
            closed_at=now, closed_by=user)
        if not closed:
            raise ValidationError(_("Runden er allerede lukket."))
        round_.closed_at, round_.closed_by = now, user
        items = list(round_.items.select_related("action__pejlemaerke", "action__unit", "action__owner"))
        for item in items:
            if item.action is not None:
                item.copy_action(item.action)
                item.status_at_close = item.action.status
            else:
                item.status_at_close = item.status or item.status_before
        FollowUpItem.objects.bulk_update(items, ["action_text", "action_order", "pejlemaerke", "pejlemaerke_number",
                                                 "pejlemaerke_name", "unit", "unit_name", "owner", "owner_name",
                                                 "status_at_close"])
        # bulk_update writes no history; the round's own entry records the closing.
        round_._history_user = user
        round_.save(update_fields=["closed_at", "closed_by"])
    return round_


def answer_item(item, *, user, status, is_delayed, note, expected_version, expected_action_version):
    """Record `user`'s answer on `item` (which they may answer; the caller loaded it through
    `FollowUpItem.objects.answerable_by`). A changed status is saved on the action, and the note
    becomes one of the action's progress notes.

    Of two people who opened the same item, the later answer is refused with AnswerConflict;
    so is an answer made on an action that was changed meanwhile."""
    action = item.action
    status = Action.Status(status)
    note = note.strip()
    if FollowUpItem.note_required(status, is_delayed, action.status) and not note:
        raise ValidationError({"note": _("Skriv en note: den er påkrævet, når en handling er forsinket, "
                                         "udskydes eller opgives.")})
    with transaction.atomic():
        claimed = (FollowUpItem.objects.filter(pk=item.pk, version=expected_version, round__closed_at__isnull=True)
                   .update(version=F("version") + 1))
        if not claimed:
            current = FollowUpItem.objects.with_related().get(pk=item.pk)
            if not current.round.is_open:
                raise ValidationError(_("Runden er lukket; svaret kan ikke længere ændres."))
            raise AnswerConflict(current)
        if status != action.status:
            try:
                action_services.change_status(action, status, user=user, expected_version=expected_action_version)
            except action_services.ActionConflict:
                raise AnswerConflict(FollowUpItem.objects.with_related().get(pk=item.pk)) from None
        elif not Action.objects.filter(pk=action.pk, version=expected_action_version).exists():
            raise AnswerConflict(FollowUpItem.objects.with_related().get(pk=item.pk))
        if note:
            action_services.add_note(action, user=user, text=note)
        item.version = expected_version + 1
        item.status, item.is_delayed, item.note = status, is_delayed, note
        item.answered_at, item.answered_by = timezone.now(), user
        item.answered_by_name = user.get_full_name()
        item._history_user = user
        item.save()
    return item


def mark_done(round_, *, user, items):
    """Mark `user`'s part of an open round done; every one of `items` (their list) must be
    answered first."""
    if not round_.is_open:
        raise ValidationError(_("Runden er lukket."))
    missing = [item for item in items if not item.is_answered]
    if missing:
        raise ValidationError(_("Besvar alle dine handlinger, før du melder runden færdig (%(count)s mangler).")
                              % {"count": len(missing)})
    completion, _created = Completion.objects.get_or_create(round=round_, person=user)
    return completion


# --- What leadership and managers see -----------------------------------------------------------

@dataclass
class Tally:
    label: str
    total: int = 0
    answered: int = 0
    delayed: int = 0
    changed: int = 0

    @property
    def percent(self):
        return round(100 * self.answered / self.total) if self.total else 0


@dataclass
class Progress:
    total: Tally
    by_unit: list = field(default_factory=list)
    by_pejlemaerke: list = field(default_factory=list)


def round_items(round_):
    return list(round_.items.with_related().order_by("pejlemaerke_number", "action_order", "pk"))


def previous_statuses(round_):
    """{action id: status at closing} of the plan's previous closed round, if any."""
    previous = (FollowUpRound.objects.closed().filter(plan=round_.plan_id, number__lt=round_.number)
                .order_by("-number").first())
    if previous is None:
        return None, {}
    return previous, dict(previous.items.exclude(action=None).values_list("action_id", "status_at_close"))


def changes(round_, items):
    """The items whose status differs from the previous round's (or, for the first round, from
    the status when the round opened), each with `previous_status`, plus the newly late ones."""
    previous, before = previous_statuses(round_)
    changed = []
    for item in items:
        old = before.get(item.action_id, item.status_before) if previous else item.status_before
        if item.current_status != old:
            item.previous_status_label = Action.Status(old).label
            changed.append(item)
    return previous, changed


def progress(items, changed):
    changed_ids = {item.pk for item in changed}
    total = Tally(_("I alt"))
    units, pejlemaerker = {}, {}
    for item in items:
        unit_label = item.shown_unit or _("Ingen enhed")
        pejlemaerke_label = f"{item.pejlemaerke_number}. {item.pejlemaerke_name}"
        for tally in (total, units.setdefault(unit_label, Tally(unit_label)),
                      pejlemaerker.setdefault((item.pejlemaerke_number, pejlemaerke_label),
                                              Tally(pejlemaerke_label))):
            tally.total += 1
            tally.answered += item.is_answered
            tally.delayed += item.is_delayed
            tally.changed += item.pk in changed_ids
    return Progress(total, sorted(units.values(), key=lambda tally: tally.label),
                    [pejlemaerker[key] for key in sorted(pejlemaerker)])


def waiting_owners(items, done_ids):
    """The people with unanswered items (owner, else the unit's manager) who have not marked the
    round done: [(person, number of unanswered items)], by name."""
    waiting = defaultdict(int)
    for item in items:
        if item.is_answered or item.action is None:
            continue
        person = item.action.owner or (item.action.unit.manager if item.action.unit else None)
        if person is not None and person.pk not in done_ids:
            waiting[person] += 1
    return sorted(waiting.items(), key=lambda entry: (entry[0].get_full_name(), entry[0].pk))
