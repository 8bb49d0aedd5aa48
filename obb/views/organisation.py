"""The staff directory: the unit tree and who works where. Every member of staff may read it."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from obb.models import Unit, User


@login_required
def unit_tree(request):
    units = Unit.objects.filter(is_active=True).select_related("manager")
    counts = {}
    for unit_id in User.objects.current().values_list("unit_id", flat=True):
        counts[unit_id] = counts.get(unit_id, 0) + 1
    rows = [{"unit": unit, "indent": unit.depth, "count": counts.get(unit.pk, 0)} for unit in units]
    return render(request, "obb/unit_tree.html", {"rows": rows})


@login_required
def unit_detail(request, slug):
    unit = get_object_or_404(Unit.objects.select_related("manager", "parent"), slug=slug, is_active=True)
    members = User.objects.current().filter(unit=unit).select_related("manager")
    children = unit.children.filter(is_active=True)
    return render(
        request,
        "obb/unit_detail.html",
        {"unit": unit, "members": members, "children": children, "ancestors": unit.ancestors()},
    )
