"""When an employee gets a new manager, their open MUS conversations move with them.

`post_init` remembers the manager a user was loaded with; `post_save` compares and calls
`reassign_open_conversations`. A change made with `QuerySet.update()` bypasses signals, but
visibility also requires the conversation's manager to be the employee's current manager, so
the former manager loses access either way.
"""

from django.conf import settings
from django.db.models.signals import post_init, post_save
from django.dispatch import receiver

_ATTR = "_mus_loaded_manager_id"


@receiver(post_init, sender=settings.AUTH_USER_MODEL, dispatch_uid="mus.remember_manager")
def remember_manager(sender, instance, **kwargs):
    # Read from __dict__ so that a deferred manager_id is not fetched.
    setattr(instance, _ATTR, instance.__dict__.get("manager_id"))


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="mus.manager_changed")
def manager_changed(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or created:
        setattr(instance, _ATTR, instance.manager_id)
        return
    if update_fields is not None and "manager" not in update_fields and "manager_id" not in update_fields:
        return
    before = getattr(instance, _ATTR, None)
    if before != instance.manager_id or before is None:
        from hrtools.mus.services import reassign_open_conversations

        reassign_open_conversations(instance)
    setattr(instance, _ATTR, instance.manager_id)
