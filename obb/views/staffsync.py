"""The staff register's file sync in the browser: upload → preview of the differences → confirm.

HR and the administrator may use it. Nothing is saved by the upload; the confirmation reads the
kept file again, checks it again, and saves only if it still gives the differences the preview
showed (otherwise the new preview is shown)."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from obb.models import Unit
from obb.staffsync import columns, report, store
from obb.staffsync.applying import apply_plan
from obb.staffsync.forms import ConfirmForm, StaffFileForm
from obb.staffsync.planning import plan_sync
from obb.staffsync.reading import read_file

SESSION_KEY = "obb_staff_sync"
MAX_SHOWN = 200


def _require(user):
    if not (user.is_hr or user.is_administrator):
        raise PermissionDenied


def _page(request, form, *, plan=None, errors=(), token=None):
    errors = list(errors) or ([str(error) for error in plan.errors] if plan is not None else [])
    context = {"form": form, "errors": errors[:MAX_SHOWN], "errors_not_shown": max(0, len(errors) - MAX_SHOWN),
               "error_count": len(errors), "token": token, "max_shown": MAX_SHOWN,
               "columns": [(columns.label(key), key in columns.REQUIRED, variants)
                           for key, (_label, variants) in columns.COLUMNS.items()]}
    if plan is not None and plan.is_valid:
        context.update(
            plan=plan, summary=report.summary_rows(plan),
            new=plan.new[:MAX_SHOWN],
            changes=[(change, list(report.change_lines(plan, change))) for change in plan.changes[:MAX_SHOWN]],
            leavers=plan.leavers[:MAX_SHOWN], not_in_file=plan.not_in_file[:MAX_SHOWN],
            inactive_in_file=plan.inactive_in_file[:MAX_SHOWN],
        )
    return render(request, "obb/register/sync.html", context)


def _plan(upload, parent):
    rows = read_file(upload)
    return plan_sync(rows, create_units_under=parent)


@login_required
def upload(request):
    _require(request.user)
    if request.method != "POST":
        return _page(request, StaffFileForm())
    form = StaffFileForm(request.POST, request.FILES)
    stored = request.session.pop(SESSION_KEY, None)
    if stored:
        store.drop(stored.get("token"))
    if not form.is_valid():
        return _page(request, form)
    parent = form.cleaned_data["create_units_under"]
    try:
        plan = _plan(form.cleaned_data["file"], parent)
    except ValidationError as error:
        return _page(request, StaffFileForm(initial={"create_units_under": parent}), errors=error.messages)
    token = None
    if plan.is_valid and plan.has_changes:
        token = secrets.token_urlsafe(24)
        digest = store.keep(token, form.cleaned_data["file"])
        request.session[SESSION_KEY] = {"token": token, "digest": digest, "name": form.cleaned_data["file"].name,
                                        "parent": parent.pk if parent else None, "plan": plan.fingerprint()}
    return _page(request, StaffFileForm(initial={"create_units_under": parent}), plan=plan, token=token)


@login_required
@require_POST
def confirm(request):
    _require(request.user)
    form = ConfirmForm(request.POST)
    stored = request.session.get(SESSION_KEY) or {}
    gone = _("Forhåndsvisningen findes ikke længere. Upload filen igen.")
    if not (form.is_valid() and constant_time_compare(stored.get("token", ""), form.cleaned_data["token"])):
        messages.error(request, gone)
        return redirect("staff_sync")
    del request.session[SESSION_KEY]
    upload_ = store.take(stored["token"], stored["digest"], stored["name"])
    store.drop(stored["token"])
    parent = Unit.objects.filter(pk=stored["parent"]).first() if stored.get("parent") else None
    if upload_ is None or (stored.get("parent") and parent is None):
        messages.error(request, gone)
        return redirect("staff_sync")
    try:
        plan = _plan(upload_, parent)
    except ValidationError as error:
        return _page(request, StaffFileForm(), errors=error.messages)
    if not plan.is_valid:
        return _page(request, StaffFileForm(), plan=plan)
    if plan.fingerprint() != stored["plan"]:
        messages.warning(request, _("Registeret er ændret, siden forhåndsvisningen blev lavet. Intet er gemt: "
                                    "kontrollér de nye forskelle, og bekræft igen."))
        token = secrets.token_urlsafe(24)
        digest = store.keep(token, upload_)
        request.session[SESSION_KEY] = {**stored, "token": token, "digest": digest, "plan": plan.fingerprint()}
        return _page(request, StaffFileForm(), plan=plan, token=token)
    summary = apply_plan(plan, by=request.user, create_units_under=parent)
    messages.success(request, _("Personaleregisteret er opdateret: %(new)s nye, %(changed)s ændrede, "
                                "%(leavers)s fratrådte.") % {"new": summary["new"], "changed": len(plan.changes),
                                                             "leavers": summary["leavers"]})
    return redirect("staff_sync")


@login_required
def template(request):
    _require(request.user)
    from obb.staffsync.template import template_workbook

    response = HttpResponse(template_workbook(),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = 'attachment; filename="personaleregister-skabelon.xlsx"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
