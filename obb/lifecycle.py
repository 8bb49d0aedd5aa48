"""What happens when a member of staff changes manager or leaves: one place every path goes through.

The staff register changes through several doors: the Django admin, the HR file sync
(`obb.staffsync`), SCIM provisioning and the daily `deactivate_leavers` command. Each of them
calls the functions here (or saves a `User`, which ends in the same signals), and the apps that
keep things per person listen to the signals. `obb` knows nothing of those apps: they connect
receivers and fill the registries below in their `AppConfig.ready()`.

Signals (all with ``sender=User``):

``manager_changed(employee, previous_manager_id, by)``
    Sent once after a saved change of ``employee.manager`` (``employee.manager_id`` is the new
    value, possibly ``None``). Sent for every ``User.save()`` that changes the manager, the admin's
    included, and by `change_manager`; a ``QuerySet.update()`` or a bulk update sends nothing, so
    whoever writes in bulk calls `announce_manager_change` per changed person. ``by`` is the user
    who made the change, or ``None`` for a command or an unknown actor.

    The **Leder rule**: a receiver that hands confidential or managerial work to the new manager
    (open MUS conversations, onboarding responsibilities) does so only when
    ``holds_leder_role(employee.manager)``; otherwise the work *waits* where it is, and the app
    reports it through `add_waiting` so HR sees it.

``leder_role_granted(user, by)``
    Sent when ``user`` is given the Leder role (added to its group, from the user's side or the
    group's). Receivers move the work that waited for this user.

``staff_left(employee, by)``
    Sent once by `deactivate_leaver`, after the account is inactive and its sessions ended.

Registries:

``add_open_tasks(func)``
    ``func(user) -> iterable of OpenTask`` lists what ``user`` is responsible for and leaves
    behind when they go (actions they own, mentor tasks, committee seats). `open_tasks_of` joins
    every app's list; the manager's handover page ("Overdragelse") shows it.

``add_waiting(func)``
    ``func() -> iterable of Waiting`` lists the work that waits for a manager with the Leder role
    (see the Leder rule). `waiting_items` joins every app's list for HR's page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from obb.roles import Role

manager_changed = Signal()  # sender=User; employee, previous_manager_id, by
leder_role_granted = Signal()  # sender=User; user, by
staff_left = Signal()  # sender=User; employee, by


@dataclass(frozen=True)
class OpenTask:
    """One thing a leaver leaves behind. ``kind`` is a short Danish label ("Handling"), ``text``
    says which one, ``url`` is where it is handed over (a page the leaver's manager may open)."""

    kind: str
    text: str
    url: str = ""


@dataclass(frozen=True)
class Waiting:
    """One piece of work that waits for a manager with the Leder role. ``employee`` is whom it
    concerns, ``manager`` their current manager (who lacks the role, or ``None``)."""

    kind: str
    text: str
    employee: object
    manager: object = None
    url: str = ""


_open_task_sources = []
_waiting_sources = []


def add_open_tasks(func):
    """Register ``func(user) -> iterable of OpenTask``. Call it in ``AppConfig.ready()``; the same
    function twice is kept once. Returns ``func`` so it may be used as a decorator."""
    if func not in _open_task_sources:
        _open_task_sources.append(func)
    return func


def add_waiting(func):
    """Register ``func() -> iterable of Waiting`` (see the Leder rule). Returns ``func``."""
    if func not in _waiting_sources:
        _waiting_sources.append(func)
    return func


def open_tasks_of(user) -> list[OpenTask]:
    """Everything ``user`` leaves behind, by kind then text."""
    tasks = [task for source in _open_task_sources for task in source(user)]
    return sorted(tasks, key=lambda task: (str(task.kind), str(task.text)))


def waiting_items() -> list[Waiting]:
    """Everything that waits for a manager with the Leder role, by employee then kind."""
    items = [item for source in _waiting_sources for item in source()]
    return sorted(items, key=lambda item: (str(item.employee), str(item.kind), str(item.text)))


def holds_leder_role(user) -> bool:
    """Whether ``user`` may receive a manager's confidential work: an active account with the
    Leder role that is not an administrator (nor a superuser). An administrator who also leads
    staff holds that work through a personal account without the administrator role, so that no
    change made in the Django admin can hand MUS content to whoever made it. The same rule as a
    queryset: ``User.objects.leders()``."""
    return (user is not None and user.is_active and Role.MANAGER in user.roles
            and Role.ADMINISTRATOR not in user.roles)


def save_with_history(obj, by, reason, **kwargs):
    """Save ``obj`` with ``by`` as the history user and ``reason`` as the change reason."""
    obj._history_user = by
    obj._change_reason = str(reason)[:100] if reason else None
    obj.save(**kwargs)
    return obj


def announce_manager_change(employee, previous_manager_id, *, by=None):
    """Send `manager_changed` for a change already saved without ``save()`` (a bulk update)."""
    manager_changed.send(sender=type(employee), employee=employee,
                         previous_manager_id=previous_manager_id, by=by)


def change_manager(employee, new_manager, *, by=None, reason=None) -> bool:
    """Make ``new_manager`` (a User or ``None``) ``employee``'s manager, saved with history, and
    send `manager_changed` once. Returns False (and does nothing) when it is already so.

    Refuses (``ValueError``) a manager who is the employee or reports to them, directly or further
    down: the register's lines of management are a tree."""
    new_id = new_manager.pk if new_manager is not None else None
    if employee.manager_id == new_id:
        return False
    if new_manager is not None and _reports_to(new_manager, employee):
        raise ValueError(_("%(manager)s kan ikke være leder for %(employee)s, der selv er leder over "
                           "%(manager)s.") % {"manager": new_manager, "employee": employee})
    employee.manager = new_manager
    # User.save() sends manager_changed through obb.signals (so the admin's edits do as well).
    save_with_history(employee, by, reason or _("Ny nærmeste leder"))
    return True


def _reports_to(person, boss) -> bool:
    from obb.models import User

    seen, current = set(), person
    while current is not None and current.pk not in seen:
        if current.pk == boss.pk:
            return True
        seen.add(current.pk)
        current = User.objects.filter(pk=current.manager_id).first() if current.manager_id else None
    return False


def end_sessions(user) -> int:
    """End every session ``user`` is logged in with (database-backed sessions). Returns how many.
    With another session engine the account's ``is_active=False`` still refuses every request."""
    from django.contrib.sessions.models import Session

    ended = 0
    uid = str(user.pk)
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == uid:
            session.delete()
            ended += 1
    return ended


def deactivate_leaver(employee, *, by=None, end_date: date | None = None) -> bool:
    """Make ``employee`` a leaver: ``is_active=False``, ``end_date`` kept (or set to ``end_date``,
    or today when there is none), saved with history; then end their sessions and send
    `staff_left`. Their records stay (what is erased, and when, is `apply_retention`'s rule).
    Returns False when the account was already inactive with an end date (nothing is sent)."""
    if not employee.is_active and employee.end_date is not None:
        return False
    with transaction.atomic():
        employee.is_active = False
        if end_date is not None:
            employee.end_date = end_date
        elif employee.end_date is None:
            employee.end_date = timezone.localdate()
        save_with_history(employee, by, _("Fratrådt"))
        end_sessions(employee)
        staff_left.send(sender=type(employee), employee=employee, by=by)
    return True


def due_leavers(today: date | None = None):
    """Active staff whose end date has passed (the day after their last day, as
    ``User.objects.current()`` reads ``end_date``)."""
    from obb.models import User

    today = today or timezone.localdate()
    return User.objects.filter(is_active=True, end_date__lt=today).order_by("pk")


def deactivate_due_leavers(today: date | None = None, *, by=None) -> list:
    """Deactivate every due leaver (`deactivate_leaver`); the daily command. Returns them."""
    done = []
    for employee in due_leavers(today):
        if deactivate_leaver(employee, by=by):
            done.append(employee)
    return done
