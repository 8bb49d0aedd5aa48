"""The pages of `obb.lifecycle`: what waits for a manager with the Leder role (HR), and the
handover of a leaver's open tasks (their manager, and HR)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from obb import lifecycle
from obb.models import User


@login_required
def waiting(request):
    """HR: the work that did not move to a new manager because they lack the Leder role."""
    if not request.user.is_hr:
        raise PermissionDenied
    return render(request, "obb/register/waiting.html", {"items": lifecycle.waiting_items()})


def _may_hand_over(user):
    return user.is_hr or user.is_manager


@login_required
def handover_list(request):
    """A manager's leavers (HR: everyone's), each with the number of open tasks they leave."""
    if not _may_hand_over(request.user):
        raise PermissionDenied
    leavers = User.objects.leavers_for(request.user).select_related("unit", "manager")
    rows = [{"person": person, "tasks": len(lifecycle.open_tasks_of(person))} for person in leavers]
    return render(request, "obb/register/handover_list.html", {"rows": rows})


@login_required
def handover(request, pk):
    """"Overdragelse": what one leaver leaves behind, with links to where each is handed over."""
    if not _may_hand_over(request.user):
        raise PermissionDenied
    person = get_object_or_404(User.objects.leavers_for(request.user).select_related("unit", "manager"), pk=pk)
    if person.pk == request.user.pk:
        raise Http404
    return render(request, "obb/register/handover.html", {
        "person": person, "tasks": lifecycle.open_tasks_of(person),
    })
