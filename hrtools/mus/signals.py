"""When an employee gets a new manager, their open MUS conversations move with them, if the new
manager holds the Leder role (`obb.lifecycle`'s Leder rule); otherwise they wait, and move when
that manager is given the role. Every save of a user that changes the manager (the admin's
included) sends `obb.lifecycle.manager_changed`; a change made with `QuerySet.update()` sends
nothing, but visibility also requires the conversation's manager to be the employee's current
manager or the employee's manager to lack the role, so no one gains access that way.
"""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from obb import lifecycle
from obb.models import User


@receiver(lifecycle.manager_changed, sender=User, dispatch_uid="mus.manager_changed")
def manager_changed(sender, employee, previous_manager_id, by=None, **kwargs):
    from hrtools.mus.services import reassign_open_conversations

    reassign_open_conversations(employee, user=by)


@receiver(lifecycle.leder_role_granted, sender=User, dispatch_uid="mus.leder_role_granted")
def leder_role_granted(sender, user, by=None, **kwargs):
    from hrtools.mus.services import reassign_waiting_for

    reassign_waiting_for(user, user=by)


def waiting():
    from hrtools.mus.services import waiting_conversations

    for conversation in waiting_conversations():
        # No content: who, which round, and with whom it waits.
        holder = conversation.manager
        yield lifecycle.Waiting(
            kind=_("MUS-samtale"),
            text=(_("MUS %(year)s, hos %(holder)s") % {"year": conversation.round.year,
                                                       "holder": holder or _("ingen leder")}),
            employee=conversation.employee, manager=conversation.employee.manager)
