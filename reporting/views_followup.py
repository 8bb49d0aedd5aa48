"""Download of the status report of a closed follow-up round (leadership only; the round page
links here). An open round, an unknown round or format gives 404."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from reporting.exporters import get_exporter
from reporting.exporters import status_report as _status_report  # noqa: F401 - registers the exporters
from strategy.followup.models import FollowUpRound

FORMATS = ("pdf", "html")


@login_required
def status_report(request, pk, fmt):
    if not request.user.is_leadership:
        raise PermissionDenied
    if fmt not in FORMATS:
        raise Http404
    round_ = get_object_or_404(FollowUpRound.objects.closed().select_related("plan__strategy"), pk=pk)
    export = get_exporter(f"status-report-{fmt}")(round_).render()
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
