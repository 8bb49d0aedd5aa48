"""Turn saves of `User` into the lifecycle signals of `obb.lifecycle`.

`post_init` remembers the manager a user was loaded with; `post_save` compares and sends
`manager_changed` once, whichever door the save came through (the admin, `change_manager`, the
file sync, SCIM). Adding a user to the Leder group, from either side, sends `leder_role_granted`.
"""

from django.db.models.signals import m2m_changed, post_init, post_save
from django.dispatch import receiver
from simple_history.models import HistoricalRecords

from obb import lifecycle
from obb.models import User
from obb.roles import GROUP_NAMES, Role

_ATTR = "_obb_loaded_manager_id"


def _actor(instance):
    by = getattr(instance, "_history_user", None)
    if by is None:
        request = getattr(HistoricalRecords.context, "request", None)
        user = getattr(request, "user", None)
        by = user if getattr(user, "is_authenticated", False) else None
    return by


@receiver(post_init, sender=User, dispatch_uid="obb.remember_manager")
def remember_manager(sender, instance, **kwargs):
    # Read from __dict__ so that a deferred manager_id is not fetched.
    setattr(instance, _ATTR, instance.__dict__.get("manager_id"))


@receiver(post_save, sender=User, dispatch_uid="obb.manager_changed")
def send_manager_changed(sender, instance, created, raw=False, update_fields=None, **kwargs):
    before = getattr(instance, _ATTR, None)
    setattr(instance, _ATTR, instance.manager_id)
    if raw or created:
        return
    if update_fields is not None and not {"manager", "manager_id"} & set(update_fields):
        return
    if before != instance.manager_id:
        lifecycle.announce_manager_change(instance, before, by=_actor(instance))


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="obb.leder_role_granted")
def send_leder_role_granted(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add" or not pk_set:
        return
    from django.contrib.auth.models import Group

    leder = Group.objects.filter(name=GROUP_NAMES[Role.MANAGER]).first()
    if leder is None:
        return
    if reverse:  # group.user_set.add(...)
        if instance.pk != leder.pk:
            return
        users = list(User.objects.filter(pk__in=pk_set))
    else:  # user.groups.add(...)
        if leder.pk not in pk_set:
            return
        users = [instance]
    request = getattr(HistoricalRecords.context, "request", None)
    by = getattr(request, "user", None)
    by = by if getattr(by, "is_authenticated", False) else None
    for user in users:
        user.__dict__.pop("roles", None)  # the cached roles predate the new group
        lifecycle.leder_role_granted.send(sender=User, user=user, by=by)
