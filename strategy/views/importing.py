"""Importing a plan's actions from an Excel sheet (upload → preview → confirm), and starting
next year's plan as a copy of this year's."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from obb.downloads import XLSX, download_response
from strategy.forms.importing import ActionImportForm, ImportConfirmForm
from strategy.models import Plan
from strategy.services import copy_plan, importing

# The session keeps the rows of the last previewed sheet, under a token the confirmation must
# present: the rows never travel through the browser, and they are checked again on confirm.
SESSION_KEY = "strategy_action_import"
MAX_ERRORS_SHOWN = 200


def _plan(year):
    return get_object_or_404(Plan.objects.select_related("strategy"), year=year)


def _import_plan(request, year):
    plan = _plan(year)
    if not importing.can_import(request.user):
        raise PermissionDenied
    return plan


def _page(request, plan, form, *, rows=(), errors=(), token=None):
    errors = list(errors)
    return render(request, "strategy/importing/import.html", {
        "plan": plan,
        "form": form,
        "columns": importing.COLUMNS,
        "rows": rows,
        "errors": errors[:MAX_ERRORS_SHOWN],
        "errors_not_shown": max(0, len(errors) - MAX_ERRORS_SHOWN),
        "error_count": len(errors),
        "token": token,
        "is_leadership": request.user.is_leadership,
        "max_rows": importing.MAX_ROWS,
    })


@login_required
def action_import(request, year):
    """Upload a sheet; a valid sheet is shown as a preview with a confirm button, an invalid one
    as the list of its problems, row by row."""
    plan = _import_plan(request, year)
    if request.method != "POST":
        return _page(request, plan, ActionImportForm())
    if plan.is_published:  # the page says why; nothing is read
        return _page(request, plan, ActionImportForm())
    form = ActionImportForm(request.POST, request.FILES)
    request.session.pop(SESSION_KEY, None)
    if not form.is_valid():
        return _page(request, plan, form)
    result = importing.validate_rows(plan, request.user, form.sheet_rows)
    if not result.is_valid:
        return _page(request, plan, ActionImportForm(), errors=[str(error) for error in result.errors])
    token = secrets.token_urlsafe(24)
    request.session[SESSION_KEY] = {
        "token": token, "plan": plan.pk, "rows": [row.to_json() for row in form.sheet_rows],
    }
    return _page(request, plan, ActionImportForm(), rows=result.rows, token=token)


@login_required
@require_POST
def action_import_confirm(request, year):
    """Create the previewed actions, after checking every row again."""
    plan = _import_plan(request, year)
    form = ImportConfirmForm(request.POST)
    stored = request.session.get(SESSION_KEY) or {}
    if not (form.is_valid() and stored.get("plan") == plan.pk
            and constant_time_compare(stored.get("token", ""), form.cleaned_data["token"])):
        messages.error(request, _("Forhåndsvisningen findes ikke længere. Upload arket igen."))
        return redirect("strategy:action_import", year=plan.year)
    del request.session[SESSION_KEY]
    rows = [importing.SheetRow.from_json(data) for data in stored["rows"]]
    try:
        created = importing.import_actions(plan, request.user, rows)
    except ValidationError as error:
        return _page(request, plan, ActionImportForm(), errors=error.messages)
    messages.success(request, ngettext(
        "%(count)s handling er importeret til %(plan)s.", "%(count)s handlinger er importeret til %(plan)s.",
        len(created)) % {"count": len(created), "plan": plan.title})
    return redirect("strategy:plan_detail", year=plan.year)


@login_required
def action_import_template(request, year):
    """The import template as an Excel file, with the plan's valid values on a second sheet."""
    plan = _import_plan(request, year)
    return download_response(importing.template_workbook(plan, request.user),
                             filename=f"handlinger-{plan.year}-skabelon.xlsx", content_type=XLSX, hr_data=False)


@login_required
def plan_copy(request, year):
    """Leadership starts next year's plan as a copy of this one (confirmed by POST)."""
    plan = _plan(year)
    if not request.user.is_leadership:
        raise PermissionDenied
    errors = []
    if request.method == "POST":
        try:
            result = copy_plan.copy_plan_to_next_year(plan, request.user)
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(request, ngettext(
                "%(title)s er oprettet som kladde med %(count)s videreført handling.",
                "%(title)s er oprettet som kladde med %(count)s videreførte handlinger.",
                result.carried_over,
            ) % {"title": result.plan.title, "count": result.carried_over})
            return redirect("strategy:plan_detail", year=result.plan.year)
    return render(request, "strategy/importing/copy_plan.html", {
        "plan": plan, "summary": copy_plan.copy_summary(plan), "errors": errors,
    })
