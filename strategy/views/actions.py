"""The actions of the yearly plan: the list with filters and the quick status change, the
action page with progress notes and history, and the manager's edits.

Every member of staff reads every action; who may change one is `Action.can_edit` (an action
that exists but is not yours to edit gives 403; an id that does not exist gives 404).
"""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from obb.parsing import parse_int
from strategy import history
from strategy.forms.actions import ActionFilterForm, ActionForm, ArchiveForm, MoveForm, ProgressNoteForm, StatusForm
from strategy.models import Action, Plan
from strategy.services import actions as services

PAGE_SIZE = 50


def _action(pk):
    return get_object_or_404(Action.objects.with_related(), pk=pk)


def _action_to_edit(request, pk):
    """The action `pk` if the user may edit it: 404 if it does not exist, 403 if not theirs."""
    action = _action(pk)
    if not action.can_edit(request.user):
        raise PermissionDenied
    return action


def _is_htmx(request):
    return request.headers.get("HX-Request") == "true"


def _back(request, action):
    """Where a POST from the list or the action page returns to."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("strategy:action_detail", pk=action.pk)


@login_required
def action_list(request):
    plans = list(Plan.objects.order_by("-year"))
    plan = plans[0] if plans else None
    requested_year = request.GET.get("aar")
    for candidate in plans:
        if requested_year and str(candidate.year) == requested_year:
            plan = candidate
    form = ActionFilterForm(request.GET or None, plans=plans, plan=plan)
    if form.is_bound:
        form.is_valid()
    if not form.is_bound and plan is not None:
        form.initial["aar"] = plan.year
    page = page_range = None
    if plan is not None:
        actions = form.filter(Action.objects.with_related().filter(plan=plan), request.user)
        page = Paginator(actions, PAGE_SIZE).get_page(request.GET.get("side"))
        page_range = page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
        for action in page.object_list:
            action.user_can_edit = action.can_edit(request.user)
    query = request.GET.copy()
    query.pop("side", None)
    return render(request, "strategy/actions/list.html", {
        "plan": plan, "form": form, "page": page, "page_range": page_range, "query": query.urlencode(),
        "can_create": request.user.is_manager or request.user.is_leadership,
        "list_url": request.get_full_path(),
        "active_filters": form.active_filter_count(),
    })


@login_required
def action_detail(request, pk):
    action = _action(pk)
    can_edit = action.can_edit(request.user)
    return render(request, "strategy/actions/detail.html", {
        "action": action, "can_edit": can_edit,
        "can_restore": request.user.is_leadership and not action.plan.content_is_locked,
        "notes": action.notes.select_related("author"),
        "note_form": ProgressNoteForm() if can_edit else None,
        "history": history.entries(action),
        "projects": action.projects.all(), "partners": action.partners.all(), "goals": action.goals.all(),
    })


def _plan_for_new_action(request):
    """The plan named by `?aar=` (404 if there is none), else the newest plan."""
    raw = request.GET.get("aar", "")
    plans = Plan.objects.order_by("-year")
    if raw:
        year = parse_int(raw)
        if year is None:
            raise Http404
        return get_object_or_404(plans, year=year)
    plan = plans.first()
    if plan is None:
        raise Http404
    return plan


@login_required
def action_create(request):
    user = request.user
    if not (user.is_manager or user.is_leadership):
        raise PermissionDenied
    plan = _plan_for_new_action(request)
    if plan.content_is_locked:
        messages.error(request, _("Planen for %(year)s er offentliggjort; der kan ikke tilføjes nye handlinger.")
                       % {"year": plan.year})
        return redirect(reverse("strategy:action_list") + f"?aar={plan.year}")
    action = Action(plan=plan, owner=user)
    # A pejlemærke to start with (the plan page's "add" links); anything but an id is ignored.
    pejlemaerke_id = parse_int(request.GET.get("pejlemaerke", ""))
    if pejlemaerke_id is not None:
        action.pejlemaerke_id = pejlemaerke_id
    form = ActionForm(request.POST or None, instance=action, user=user)
    if request.method == "POST" and form.is_valid():
        services.create_action(form.instance, user=user, m2m=form.m2m_values())
        messages.success(request, _("Handlingen er oprettet."))
        return redirect("strategy:action_detail", pk=form.instance.pk)
    return render(request, "strategy/actions/form.html", {"form": form, "plan": plan, "action": None})


@login_required
def action_edit(request, pk):
    action = _action_to_edit(request, pk)
    # The form works on its own copy, so the page around it keeps showing the stored action.
    form = ActionForm(request.POST or None, instance=_action(pk), user=request.user)
    conflict = None
    if request.method == "POST" and form.is_valid():
        expected = form.cleaned_data["version"]
        try:
            services.save_action(form.instance, user=request.user, expected_version=expected,
                                 m2m=form.m2m_values())
        except services.ActionConflict as error:
            conflict = history.changes_since(error.current, expected)
            # Keep what the person wrote; the form now builds on the current version, so saving
            # again is a deliberate choice made after seeing what changed.
            data = request.POST.copy()
            data["version"] = error.current.version
            form = ActionForm(data, instance=_action(pk), user=request.user)
            form.is_valid()
            form.add_error(None, _("Handlingen er blevet ændret af en anden, mens du redigerede den. Dine "
                                   "ændringer er ikke gemt, men din tekst er bevaret herunder. Se, hvad der "
                                   "er ændret i mellemtiden, og gem igen, hvis dine ændringer stadig skal med."))
            action = error.current
        else:
            messages.success(request, _("Handlingen er gemt."))
            return redirect("strategy:action_detail", pk=action.pk)
    return render(request, "strategy/actions/form.html",
                  {"form": form, "plan": action.plan, "action": action, "conflict": conflict},
                  status=409 if conflict is not None else 200)


@login_required
@require_POST
def action_status(request, pk):
    action = _action_to_edit(request, pk)
    form = StatusForm(request.POST)
    error = None
    if not form.is_valid():
        error = _("Vælg en gyldig status.")
    else:
        try:
            services.change_status(action, form.cleaned_data["status"], user=request.user,
                                   expected_version=form.cleaned_data["version"])
        except services.ActionConflict as conflict:
            action = conflict.current
            error = _("Handlingen er blevet ændret af en anden i mellemtiden; status er nu %(status)s. "
                      "Vælg igen, hvis den skal ændres.") % {"status": action.get_status_display()}
    done = _("Status for handlingen er nu %(status)s.") % {"status": action.get_status_display()}
    if _is_htmx(request):
        action.user_can_edit = True
        response = render(request, "strategy/components/action_row.html", {
            "action": action, "status_error": error, "status_saved": error is None,
            "list_url": request.POST.get("next", ""),
        })
        response["HX-Trigger"] = json.dumps({"obb:announce": {"value": error or done}})
        return response
    if error:
        messages.error(request, error)
    else:
        messages.success(request, done)
    return _back(request, action)


@login_required
@require_POST
def action_note_add(request, pk):
    action = _action_to_edit(request, pk)
    form = ProgressNoteForm(request.POST)
    if form.is_valid():
        services.add_note(action, user=request.user, text=form.cleaned_data["text"], date=form.cleaned_data["date"])
        messages.success(request, _("Statusnoten er gemt."))
        return redirect(reverse("strategy:action_detail", kwargs={"pk": action.pk}) + "#noter")
    can_restore = request.user.is_leadership and not action.plan.content_is_locked
    return render(request, "strategy/actions/detail.html", {
        "action": action, "can_edit": True, "can_restore": can_restore,
        "notes": action.notes.select_related("author"), "note_form": form, "history": history.entries(action),
        "projects": action.projects.all(), "partners": action.partners.all(), "goals": action.goals.all(),
    }, status=400)


@login_required
@require_POST
def action_archive(request, pk):
    action = _action_to_edit(request, pk)
    form = ArchiveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Vælg, om handlingen skal arkiveres eller genoprettes."))
        return _back(request, action)
    try:
        services.set_archived(action, form.cleaned_data["arkiveret"], user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Handlingen er arkiveret.") if action.is_archived
                         else _("Handlingen er genoprettet."))
    return _back(request, action)


@login_required
@require_POST
def action_move(request, pk):
    action = _action_to_edit(request, pk)
    form = MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Vælg, om handlingen skal flyttes op eller ned."))
        return _back(request, action)
    direction = "up" if form.cleaned_data["retning"] == "op" else "down"
    try:
        moved = services.move_action(action, direction, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if moved:
            messages.success(request, _("Handlingen er flyttet."))
        else:
            messages.info(request, _("Handlingen står allerede først.") if direction == "up"
                          else _("Handlingen står allerede sidst."))
    return _back(request, action)


@login_required
@require_POST
def action_restore(request, pk, history_id):
    action = _action(pk)
    if not request.user.is_leadership:
        raise PermissionDenied
    record = get_object_or_404(action.history.all(), history_id=history_id)
    try:
        services.restore_version(action, record, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except services.ActionConflict:
        messages.error(request, _("Handlingen blev ændret af en anden i samme øjeblik. Prøv igen."))
    else:
        messages.success(request, _("Den tidligere version er gendannet. Gendannelsen står i historikken."))
    return redirect(reverse("strategy:action_detail", kwargs={"pk": action.pk}) + "#historik")

