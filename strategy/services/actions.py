"""Operations on actions that views, commands and tests share.

Every change that a person makes on an action's own fields goes through `save_action` or
`change_status`, which claim the action's version with one conditional UPDATE inside a
transaction: of two people who started from the same version, the later save matches no row
and is refused with `ActionConflict`, so nobody's work is silently overwritten. The claim is a
plain `UPDATE … WHERE version = n`, which SQLite and PostgreSQL both serialise.

Each operation writes exactly one history entry, with the person who made it.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from obb.concurrency import EditConflict, claim_version
from obb.models import Unit, User
from strategy.models import Action, Goal, Partner, Priority, ProgressNote, Project

M2M_FIELDS = ("projects", "partners", "goals")


class ActionConflict(EditConflict):
    """Someone else saved the action after the version this change started from."""


def _claim_version(action, expected_version):
    """Bump the stored version if it is still `expected_version`; refuse otherwise."""
    try:
        claim_version(action, expected_version,
                      current=lambda: Action.objects.with_related().get(pk=action.pk))
    except EditConflict as conflict:
        raise ActionConflict(conflict.current) from None


def _save_with_history(action, user, reason="", m2m=None, update_fields=None):
    """Save `action` (and its many-to-many values) as one history entry by `user`."""
    if m2m:
        # Many-to-many changes would each write an entry of their own; the final save below
        # records the whole new state (fields and relations) at once.
        action.skip_history_when_saving = True
        try:
            for name, values in m2m.items():
                getattr(action, name).set(values)
        finally:
            del action.skip_history_when_saving
    action._history_user = user
    action._change_reason = reason[:100] if reason else None
    action.save(update_fields=update_fields)


def create_action(action, *, user, m2m=None):
    """Add a new action at the end of its pejlemærke in its plan."""
    with transaction.atomic():
        last = Action.objects.filter(plan=action.plan_id, pejlemaerke=action.pejlemaerke_id).aggregate(
            last=Max("order")
        )["last"]
        action.order = 0 if last is None else last + 1
        action.version = 1
        if m2m:
            # Save once without history to get an id for the relations; the second save
            # records the action as created, relations included.
            action.skip_history_when_saving = True
            try:
                action.save()
            finally:
                del action.skip_history_when_saving
        _save_with_history(action, user, _("Oprettet"), m2m=m2m)
    return action


def save_action(action, *, user, expected_version, m2m=None, reason=""):
    """Save an edit of `action` (already holding the new field values) made from
    `expected_version`. Raises ActionConflict when the action changed meanwhile."""
    with transaction.atomic():
        _claim_version(action, expected_version)
        _save_with_history(action, user, reason, m2m=m2m)
    return action


def change_status(action, status, *, user, expected_version):
    """The quick status change from the list; it carries the version like any edit."""
    status = Action.Status(status)
    with transaction.atomic():
        _claim_version(action, expected_version)
        action.status = status
        _save_with_history(action, user, update_fields=["status", "version", "updated_at"])
    return action


def add_note(action, *, user, text, date=None):
    note = ProgressNote(action=action, author=user, text=text, date=date or timezone.localdate())
    note._history_user = user
    note.save()
    return note


def set_archived(action, archived, *, user):
    """Archive an action (it leaves the plan's lists) or bring it back."""
    if action.plan.content_is_locked:
        raise ValidationError(_("Planen er offentliggjort; dens handlinger kan ikke arkiveres eller genoprettes."))
    action.is_archived = archived
    _save_with_history(action, user, update_fields=["is_archived", "updated_at"])
    return action


def move_action(action, direction, *, user):
    """Move an action one place up or down among the active actions of its pejlemærke.
    Returns False when it is already first or last."""
    if action.plan.content_is_locked:
        raise ValidationError(_("Planen er offentliggjort; handlingernes rækkefølge kan ikke ændres."))
    with transaction.atomic():
        siblings = list(
            Action.objects.select_for_update()
            .filter(plan=action.plan_id, pejlemaerke=action.pejlemaerke_id)
            .order_by("order", "pk")
        )
        active = [sibling for sibling in siblings if not sibling.is_archived or sibling.pk == action.pk]
        index = next(i for i, sibling in enumerate(active) if sibling.pk == action.pk)
        neighbour_index = index - 1 if direction == "up" else index + 1
        if not 0 <= neighbour_index < len(active):
            return False
        me, neighbour = active[index], active[neighbour_index]
        a, b = siblings.index(me), siblings.index(neighbour)
        siblings[a], siblings[b] = siblings[b], siblings[a]
        for order, sibling in enumerate(siblings):
            if sibling.order != order:
                sibling.order = order
                _save_with_history(sibling, user, update_fields=["order"])
        action.order = me.order
    return True


def _existing(model, ids):
    return list(model.objects.filter(pk__in=ids).values_list("pk", flat=True))


def restore_version(action, record, *, user):
    """Make `action` look as it did in the history entry `record`. Only leadership restores;
    the restore is itself a new entry. Related objects deleted since are left empty."""
    if not user.is_leadership:
        raise PermissionDenied
    if action.plan.content_is_locked:
        raise ValidationError(_("Planen er offentliggjort; tidligere versioner af dens handlinger kan ikke "
                                "gendannes."))
    def keep(model, pk):
        return pk if pk and model.objects.filter(pk=pk).exists() else None

    action.text = record.text
    action.pejlemaerke_id = record.pejlemaerke_id
    action.priority_id = keep(Priority, record.priority_id)
    if action.priority_id and action.priority.pejlemaerke_id != action.pejlemaerke_id:
        action.priority_id = None
    action.unit_id = keep(Unit, record.unit_id)
    action.owner_id = keep(User, record.owner_id)
    action.status = record.status
    for name in ("start_year", "start_quarter", "end_year", "end_quarter", "is_archived"):
        setattr(action, name, getattr(record, name))
    m2m = {
        "projects": _existing(Project, [row.project_id for row in record.projects.all()]),
        "partners": _existing(Partner, [row.partner_id for row in record.partners.all()]),
        "goals": _existing(Goal, [row.goal_id for row in record.goals.all()]),
    }
    when = date_format(timezone.localtime(record.history_date), "SHORT_DATETIME_FORMAT")
    return save_action(action, user=user, expected_version=action.version, m2m=m2m,
                       reason=_("Gendannet fra versionen af %(when)s") % {"when": when})
