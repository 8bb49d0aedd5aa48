"""Download of the kompetencespejl's unit view as Excel (the unit page links here)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from hrtools.competences.models import aggregate_units
from hrtools.competences.services import current_year
from obb.parsing import parse_int
from reporting.exporters import competences as _competences  # noqa: F401 - registers the exporter
from reporting.exporters import get_exporter


@login_required
def unit_xlsx(request, unit_id):
    user = request.user
    if not (user.is_hr or user.is_leadership or user.is_manager):
        raise PermissionDenied(_("Enhedsoversigten er for ledere, HR og ledelsen."))
    unit = get_object_or_404(aggregate_units(user), pk=unit_id)
    raw = request.GET.get("aar")
    year = parse_int(raw) if raw else current_year()
    if year is None or not 2000 <= year <= 2100:
        raise Http404(_("Ukendt år."))
    export = get_exporter("competences-unit-xlsx")(unit=unit, year=year).render()
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response
