"""Download of a MUS development plan as PDF (the conversation page links here)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from hrtools.mus.models import Conversation
from reporting.exporters import get_exporter
from reporting.exporters import mus as _mus  # noqa: F401 - registers the exporter


@login_required
def plan_pdf(request, pk):
    conversation = get_object_or_404(
        Conversation.objects.visible_to(request.user).select_related("round", "employee", "employee__unit",
                                                                     "manager"),
        pk=pk)
    export = get_exporter("mus-plan-pdf")(conversation).render()
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
