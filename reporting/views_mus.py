"""Download of a MUS development plan as PDF (the conversation page links here)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404

from hrtools.mus.models import Conversation
from obb.downloads import export_response
from reporting.exporters import get_exporter


@login_required
def plan_pdf(request, pk):
    conversation = get_object_or_404(
        Conversation.objects.visible_to(request.user).select_related("round", "employee", "employee__unit",
                                                                     "manager"),
        pk=pk)
    export = get_exporter("mus-plan-pdf")(conversation).render()
    return export_response(export, hr_data=True)
