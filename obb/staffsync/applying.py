"""Saving a checked `SyncPlan`: everything in one transaction, in the history, or nothing.

New staff are created in bulk (`bulk_create_with_history`), a level of the management tree at a
time so that each is created with their manager; changed staff are saved in bulk
(`bulk_update_with_history`), with ``by`` as the history user and a change reason. The number of
queries grows with the depth of the tree and the number of units created, not with the rows.
What a change means is then `obb.lifecycle`'s: each manager change is announced
(`manager_changed`: open MUS conversations and onboardings move if the new manager holds the
Leder role), and each leaver is deactivated (`deactivate_leaver`: sessions end, `staff_left`).
"""

import secrets
from collections import defaultdict

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from obb import lifecycle
from obb.models import Unit, User
from obb.roles import GROUP_NAMES, Role
from obb.staffsync.planning import NUMBER_PATTERN

BATCH = 500


def apply_plan(plan, *, by=None, create_units_under=None, reason=None):
    """Save ``plan`` (valid, from `plan_sync`). Returns its summary counts."""
    if not plan.is_valid:
        raise ValueError("An invalid plan cannot be applied.")
    reason = (reason or _("Personaleregister fra HR-systemet"))[:100]
    with transaction.atomic():
        units = _create_units(plan, create_units_under, by)
        numbers = dict(User.objects.filter(employee_number__isnull=False).values_list("employee_number", "pk"))
        numbers.update((change.fields["employee_number"][1], change.user.pk) for change in plan.changes
                       if change.linked)
        _create_staff(plan, units, numbers, by, reason)
        moved = _update_staff(plan, units, numbers, by, reason)
        for user, previous in moved:
            lifecycle.announce_manager_change(user, previous, by=by)
        for _row, user, end_date in plan.leavers:
            user.refresh_from_db()
            lifecycle.deactivate_leaver(user, by=by, end_date=end_date)
    return plan.summary()


def _create_units(plan, parent, by):
    units = {}
    if not plan.units_to_create:
        return units
    if parent is None:
        raise ValueError("Units to create need a parent.")
    taken = set(Unit.objects.values_list("slug", flat=True))
    for name in plan.units_to_create:
        base = slugify(name)[:70] or "enhed"
        slug, counter = base, 2
        while slug in taken:
            slug, counter = f"{base}-{counter}", counter + 1
        taken.add(slug)
        code = name if NUMBER_PATTERN.match(name) and not Unit.objects.filter(code=name).exists() else None
        unit = Unit(name=name[:120], slug=slug, code=code, parent=parent, kind=Unit.Kind.TEAM)
        unit._history_user = by
        unit._change_reason = _("Oprettet fra personaleregisteret")
        unit.save()
        units[" ".join(name.split()).casefold()] = unit
    return units


def _unit_id(value, units):
    if isinstance(value, Unit):
        return value.pk
    return units[" ".join(str(value).split()).casefold()].pk


def _username(email, number, taken):
    username = email.casefold()[:150]
    if username in taken:
        username = f"{email.split('@')[0].casefold()[:100]}-{number}".casefold()
    taken.add(username)
    return username


def _create_staff(plan, units, numbers, by, reason):
    if not plan.new:
        return
    taken = {name.casefold() for name in User.objects.values_list("username", flat=True)}
    by_level = defaultdict(list)
    for person in plan.new:
        by_level[person.level].append(person)
    employee_group = Group.objects.get_or_create(name=GROUP_NAMES[Role.EMPLOYEE])[0]
    for level in sorted(by_level):
        people = []
        for person in by_level[level]:
            values = person.values
            people.append(User(
                username=_username(values["email"], values["employee_number"], taken),
                # No password (as set_unusable_password, with a faster random): single sign-on only.
                password=UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30),
                employee_number=values["employee_number"], first_name=values["first_name"],
                last_name=values["last_name"], email=values["email"], unit_id=_unit_id(values["unit"], units),
                job_title=values.get("job_title", ""),
                manager_id=numbers.get(values.get("manager")) if values.get("manager") else None,
                start_date=values.get("start_date"), end_date=values.get("end_date"),
            ))
        created = bulk_create_with_history(people, User, batch_size=BATCH, default_user=by,
                                           default_change_reason=reason)
        numbers.update((user.employee_number, user.pk) for user in created)
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=user.pk, group_id=employee_group.pk) for user in created],
            batch_size=BATCH)


def _update_staff(plan, units, numbers, by, reason):
    """Save every changed account in bulk; return (user, previous manager id) for each whose
    manager changed."""
    if not plan.changes:
        return []
    fields, moved, users = set(), [], []
    for change in plan.changes:
        user = change.user
        for name, (_old, new) in change.fields.items():
            if name == "unit":
                user.unit_id = _unit_id(new, units)
                fields.add("unit")
            elif name == "manager":
                previous = user.manager_id
                user.manager_id = numbers[new] if new else None
                if user.manager_id != previous:
                    moved.append((user, previous))
                fields.add("manager")
            else:
                setattr(user, name, new)
                fields.add(name)
        users.append(user)
    bulk_update_with_history(users, User, sorted(fields), batch_size=BATCH, default_user=by,
                             default_change_reason=reason)
    return moved
