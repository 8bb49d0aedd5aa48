"""The yearly plan's pages: the staff page with its downloads and workflow, and the public
page of a published plan."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from obb.downloads import export_response
from reporting import services
from reporting.exporters import formats
from reporting.models import PublishedDocument
from reporting.pdf import PdfFailed
from reporting.plan_document import build_plan_document, status_chart
from strategy.models import Plan
from strategy.services import publication

MOVE_LABELS = {
    Plan.Status.APPROVED: gettext_lazy("Godkend planen"),
    Plan.Status.PUBLISHED: gettext_lazy("Offentliggør planen"),
    Plan.Status.DRAFT: gettext_lazy("Send planen tilbage til kladde"),
}


def can_manage_plans(user):
    """Leadership approves, publishes and downloads the plan."""
    return user.is_authenticated and user.is_leadership


def _require_leadership(user):
    if not can_manage_plans(user):
        raise PermissionDenied


def _download(export, *, inline=False):
    return export_response(export, hr_data=False, inline=inline)


def _public_url(plan):
    if not plan.is_published:
        return ""
    return reverse("public_plan:plan", kwargs={"year": plan.year})


@login_required
def plan_detail(request, year):
    """The plan as staff read it, drafts included, with the downloads and the workflow for
    leadership."""
    plan = get_object_or_404(Plan, year=year)
    chart, status_rows = status_chart(plan)
    moves = []
    if can_manage_plans(request.user):
        moves = [{"status": status, "label": MOVE_LABELS[status]}
                 for status in Plan.TRANSITIONS[Plan.Status(plan.status)]]
    return render(request, "reporting/plan_detail.html", {
        "doc": build_plan_document(plan),
        "plan": plan,
        "status_chart": chart,
        "status_rows": status_rows,
        "moves": moves,
        "crumbs": [{"label": plan.title}],
        "public_url": _public_url(plan),
        "can_download": can_manage_plans(request.user),
        "formats": [(fmt, exporter.name) for fmt, exporter in formats("plan").items()],
        "documents": PublishedDocument.objects.filter(plan=plan).select_related("created_by")
        if can_manage_plans(request.user) else [],
    })


@login_required
def plan_download(request, year, fmt):
    """The plan as PDF, HTML or Excel; leadership only. A published plan's PDF and HTML are
    the documents stored when it was published."""
    _require_leadership(request.user)
    plan = get_object_or_404(Plan, year=year)
    if fmt not in formats("plan"):
        raise Http404
    try:
        export = services.export_plan(plan, fmt)
    except PdfFailed as error:
        messages.error(request, error.message)
        return redirect("reporting:plan_detail", year=plan.year)
    return _download(export)


@login_required
@require_http_methods(["GET", "POST"])
def plan_move(request, year, status):
    """Approve, publish or return the plan to draft: a confirmation page (GET) and the move
    itself (POST). Leadership only."""
    _require_leadership(request.user)
    plan = get_object_or_404(Plan, year=year)
    if status not in Plan.Status.values or not plan.can_move_to(status):
        raise Http404
    target = Plan.Status(status)
    if request.method == "POST":
        try:
            publication.move_plan(plan, target, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        except PdfFailed:
            messages.error(request, _("Planen er ikke offentliggjort, fordi dens PDF-fil ikke kunne dannes. Intet "
                                      "er ændret. Prøv igen om lidt; sker det igen, så kontakt intranettets "
                                      "administrator, som kan se fejlen i loggen."))
        else:
            messages.success(request, _("Planen har nu status: %(status)s.") % {"status": target.label})
        return redirect("reporting:plan_detail", year=plan.year)
    return render(request, "reporting/plan_move_confirm.html",
                  {"plan": plan, "target": target, "label": MOVE_LABELS[target]})


def public_plan(request, year):
    """The public page of a published plan, without login: what the printed plan shows."""
    plan = get_object_or_404(Plan, year=year, status=Plan.Status.PUBLISHED)
    return render(request, "reporting/plan_public.html", {"doc": build_plan_document(plan), "plan": plan})


def public_plan_pdf(request, year):
    """The PDF of a published plan, as it was stored at publication."""
    plan = get_object_or_404(Plan, year=year, status=Plan.Status.PUBLISHED)
    return _download(services.export_plan(plan, "pdf"), inline=True)
