"""Download of the kompetencespejl's unit view as Excel (the unit page links here)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from hrtools.competences.models import aggregate_units
from hrtools.competences.services import current_year
from obb.downloads import export_response
from obb.parsing import parse_year
from reporting.exporters import get_exporter


@login_required
def unit_xlsx(request, unit_id):
    user = request.user
    if not (user.is_hr or user.is_leadership or user.is_manager):
        raise PermissionDenied(_("Enhedsoversigten er for ledere, HR og ledelsen."))
    unit = get_object_or_404(aggregate_units(user), pk=unit_id)
    raw = request.GET.get("aar")
    year = parse_year(raw) if raw else current_year()
    if year is None:
        raise Http404(_("Ukendt år."))
    export = get_exporter("competences-unit-xlsx")(unit=unit, year=year).render()
    return export_response(export, hr_data=True)
