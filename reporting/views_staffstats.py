"""Downloads of the personaleregnskab (PDF and Excel), for HR and leadership. The overview page
links here with the same unit filter (`?enhed=<id>`)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from hrtools.staffstats.models import can_view_staffstats
from obb.downloads import export_response
from obb.models import Unit
from obb.parsing import parse_int
from reporting.exporters import get_exporter


def _download(request, identifier):
    if not can_view_staffstats(request.user):
        raise PermissionDenied
    raw = request.GET.get("enhed", "")
    unit = None
    if raw:
        unit_id = parse_int(raw)
        if unit_id is None:
            raise Http404
        unit = get_object_or_404(Unit.objects.filter(is_active=True), pk=unit_id)
    export = get_exporter(identifier)(unit=unit).render()
    return export_response(export, hr_data=True)


@login_required
def staffstats_pdf(request):
    return _download(request, "staffstats-pdf")


@login_required
def staffstats_xlsx(request):
    return _download(request, "staffstats-xlsx")
