"""The strategy's part in `obb.lifecycle`: the actions a leaver owns, not yet done, in plans not
yet published, are listed for handover (the manager gives them a new owner on the edit page)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from strategy.models import Action, Plan


def open_tasks(user):
    actions = (Action.objects.filter(owner=user, is_archived=False).exclude(status=Action.Status.DONE)
               .exclude(plan__status=Plan.Status.PUBLISHED).select_related("plan")
               .order_by("plan__year", "pk"))
    for action in actions:
        yield lifecycle_task(action)


def lifecycle_task(action):
    from obb.lifecycle import OpenTask

    return OpenTask(_("Handling"), _("%(year)s: %(text)s") % {"year": action.plan.year, "text": action.text[:120]},
                    reverse("strategy:action_edit", args=[action.pk]))
