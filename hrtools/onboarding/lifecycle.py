"""Onboarding's part in `obb.lifecycle`: an open onboarding's manager follows the new hire's
manager when that manager holds the Leder role (otherwise it waits, and HR sees it); a leaver's
mentor tasks and the onboardings they manage are listed for handover."""

from django.db.models import F, Q
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext as _

from hrtools.onboarding.models import Onboarding
from obb import lifecycle
from obb.models import User


def _save(onboarding, by, reason):
    onboarding._history_user = by
    onboarding._change_reason = reason
    onboarding.save(update_fields=["manager"])


def move_open_onboardings(employee, *, by=None):
    """The employee's open onboardings go to their current manager, if a Leder. Returns how many."""
    manager = employee.manager
    if not lifecycle.holds_leder_role(manager):
        return 0
    moved = 0
    for onboarding in Onboarding.objects.open().filter(new_hire=employee).exclude(manager=manager):
        onboarding.manager = manager
        _save(onboarding, by, _("Ny leder"))
        moved += 1
    return moved


@receiver(lifecycle.manager_changed, sender=User, dispatch_uid="onboarding.manager_changed")
def _manager_changed(sender, employee, previous_manager_id, by=None, **kwargs):
    move_open_onboardings(employee, by=by)


@receiver(lifecycle.leder_role_granted, sender=User, dispatch_uid="onboarding.leder_role_granted")
def _leder_role_granted(sender, user, by=None, **kwargs):
    for employee in User.objects.filter(manager=user, onboardings__closed_at__isnull=True).distinct():
        move_open_onboardings(employee, by=by)


def waiting():
    """Open onboardings no Leder holds: the manager lacks the role, or the new hire's manager
    changed to someone without it."""
    leders = User.objects.leders()
    rows = (Onboarding.objects.open()
            .exclude(Q(manager_id=F("new_hire__manager_id")) & Q(manager__in=leders))
            .select_related("new_hire", "new_hire__manager", "manager").order_by("pk"))
    for onboarding in rows:
        yield lifecycle.Waiting(
            kind=_("Onboarding"),
            text=_("Onboarding, ansvarlig leder: %(manager)s") % {"manager": onboarding.manager or _("ingen")},
            employee=onboarding.new_hire, manager=onboarding.new_hire.manager,
            url=reverse("onboarding:onboarding_detail", args=[onboarding.pk]))


def open_tasks(user):
    """What ``user`` leaves behind in onboarding: the new hires they mentor, and the onboardings
    they are the responsible manager of."""
    rows = (Onboarding.objects.open().filter(Q(mentor=user) | Q(manager=user))
            .select_related("new_hire").order_by("start_date", "pk"))
    for onboarding in rows:
        url = reverse("onboarding:onboarding_detail", args=[onboarding.pk])
        if onboarding.mentor_id == user.pk:
            yield lifecycle.OpenTask(_("Mentor"), _("Mentor for %(name)s") % {"name": onboarding.new_hire}, url)
        if onboarding.manager_id == user.pk:
            yield lifecycle.OpenTask(_("Onboarding"), _("Ansvarlig leder for onboarding af %(name)s")
                                     % {"name": onboarding.new_hire}, url)
