"""Onboarding pages. Objects are loaded through `visible_to`, so another person's id is a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hrtools.onboarding import services
from hrtools.onboarding.forms import (
    EvaluationForm,
    MentorForm,
    OnboardingStartForm,
    TemplateForm,
    TemplateTaskForm,
)
from hrtools.onboarding.models import (
    PHASE_ORDER,
    Onboarding,
    OnboardingEvaluation,
    OnboardingTask,
    OnboardingTemplate,
    Phase,
    TemplateTask,
)
from obb.numbers import percent


def _require_hr(user):
    if not user.is_hr:
        raise PermissionDenied


def _require_hr_or_manager(user):
    if not (user.is_hr or user.is_manager):
        raise PermissionDenied


def _crumbs(*items):
    return [{"label": _("Onboarding"), "url": reverse("onboarding:overview")}, *items]


def _phases(tasks):
    """Tasks grouped by phase, in phase order."""
    groups = {phase: [] for phase in Phase}
    for task in tasks:
        groups[Phase(task.phase)].append(task)
    return [{"phase": phase, "tasks": items} for phase, items in groups.items() if items]


# --- Overviews -----------------------------------------------------------------------------


@login_required
def overview(request):
    """HR: every open onboarding; a manager: their own staff's."""
    user = request.user
    _require_hr_or_manager(user)
    onboardings = list(Onboarding.objects.managed_by(user).open().with_progress()
                       .order_by("start_date", "pk"))
    for onboarding in onboardings:
        onboarding.percent = percent(onboarding.done_count, onboarding.task_count)
    overdue = (OnboardingTask.objects.overdue()
               .filter(onboarding__in=[o.pk for o in onboardings])
               .select_related("onboarding__new_hire", "onboarding__manager", "onboarding__mentor")
               .order_by("due_date", "pk"))
    return render(request, "hrtools/onboarding/overview.html", {
        "onboardings": onboardings,
        "without_mentor": [o for o in onboardings if o.mentor_id is None],
        "overdue": overdue,
        "crumbs": [{"label": _("Onboarding"), "url": ""}],
    })


@login_required
def mine(request):
    """The new hire's programme, and the tasks the user is responsible for."""
    user = request.user
    own = (Onboarding.objects.filter(new_hire=user).open().select_related("manager", "mentor", "unit").first())
    own_tasks = list(own.tasks.select_related("done_by")) if own else []
    my_tasks = (OnboardingTask.objects.responsible_for(user).open().exclude(onboarding__new_hire=user)
                .select_related("onboarding__new_hire").order_by("due_date", "pk"))
    return render(request, "hrtools/onboarding/mine.html", {
        "own": own, "phases": _phases(own_tasks), "my_tasks": my_tasks, "today": timezone.localdate(),
        "crumbs": [{"label": _("Min onboarding"), "url": ""}],
    })


# --- One onboarding ----------------------------------------------------------------------------


def _get_onboarding(request, pk):
    return get_object_or_404(
        Onboarding.objects.visible_to(request.user).select_related("new_hire", "manager", "mentor", "unit",
                                                                    "template"), pk=pk)


@login_required
def onboarding_detail(request, pk):
    onboarding = _get_onboarding(request, pk)
    user = request.user
    tasks = list(onboarding.tasks.select_related("done_by"))
    for task in tasks:
        task.onboarding = onboarding
        task.tickable = task.can_tick(user)
    done = sum(1 for task in tasks if task.is_done)
    evaluations = list(onboarding.evaluations.all()) if onboarding.can_see_evaluations(user) else []
    role = onboarding.evaluation_role_of(user)
    return render(request, "hrtools/onboarding/detail.html", {
        "onboarding": onboarding,
        "phases": _phases(tasks),
        "done": done,
        "total": len(tasks),
        "percent": percent(done, len(tasks)),
        "can_manage": onboarding.can_manage(user),
        "can_tick_any": any(task.tickable for task in tasks),
        "evaluations": evaluations,
        "can_evaluate": role is not None and onboarding.evaluation_open and onboarding.closed_at is None,
        "has_evaluated": any(e.author_role == role for e in evaluations),
        "crumbs": _crumbs({"label": str(onboarding.new_hire), "url": ""}) if onboarding.can_manage(user)
        else [{"label": str(onboarding.new_hire), "url": ""}],
    })


@login_required
def onboarding_start(request):
    user = request.user
    _require_hr_or_manager(user)
    form = OnboardingStartForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            onboarding = services.start_onboarding(data["new_hire"], data["start_date"], user,
                                                   template=data["template"], mentor=data["mentor"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Onboardingforløbet er oprettet."))
            return redirect("onboarding:onboarding_detail", pk=onboarding.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Start et onboardingforløb"), "submit": _("Opret forløb"),
        "cancel": reverse("onboarding:overview"), "crumbs": _crumbs({"label": _("Nyt forløb"), "url": ""}),
    })


@login_required
def mentor_assign(request, pk):
    onboarding = _get_onboarding(request, pk)
    if not onboarding.can_manage(request.user):
        raise PermissionDenied
    form = MentorForm(request.POST or None, onboarding=onboarding)
    if request.method == "POST" and form.is_valid():
        onboarding.mentor = form.cleaned_data["mentor"]
        onboarding.save(update_fields=["mentor"])
        messages.success(request, _("%(name)s er nu mentor.") % {"name": onboarding.mentor})
        return redirect("onboarding:onboarding_detail", pk=onboarding.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Mentor for %(name)s") % {"name": onboarding.new_hire}, "submit": _("Gem mentor"),
        "cancel": reverse("onboarding:onboarding_detail", args=[onboarding.pk]),
        "crumbs": _crumbs({"label": str(onboarding.new_hire),
                           "url": reverse("onboarding:onboarding_detail", args=[onboarding.pk])},
                          {"label": _("Mentor"), "url": ""}),
    })


@login_required
@require_POST
def onboarding_close(request, pk):
    onboarding = _get_onboarding(request, pk)
    if not onboarding.can_manage(request.user):
        raise PermissionDenied
    if onboarding.closed_at is None:
        onboarding.closed_at = timezone.now()
        onboarding.save(update_fields=["closed_at"])
        messages.success(request, _("Onboardingforløbet er afsluttet."))
    return redirect("onboarding:onboarding_detail", pk=onboarding.pk)


@login_required
def evaluation(request, pk):
    onboarding = _get_onboarding(request, pk)
    role = onboarding.evaluation_role_of(request.user)
    if role is None:
        raise PermissionDenied
    if not onboarding.evaluation_open or onboarding.closed_at is not None:
        messages.error(request, _("Evalueringen åbner to uger før tremånedersdagen (%(date)s).")
                       % {"date": date_format(onboarding.evaluation_date)})
        return redirect("onboarding:onboarding_detail", pk=onboarding.pk)
    instance = onboarding.evaluations.filter(author_role=role).first() or OnboardingEvaluation(
        onboarding=onboarding, author_role=role)
    form = EvaluationForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        evaluation = form.save(commit=False)
        evaluation.author = request.user
        evaluation.save()
        messages.success(request, _("Tak! Evalueringen er gemt."))
        return redirect("onboarding:onboarding_detail", pk=onboarding.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Evaluering efter tre måneder"), "submit": _("Gem evaluering"),
        "intro": _("Hvordan er introduktionen af %(name)s gået – fagligt, organisatorisk og kulturelt?")
        % {"name": onboarding.new_hire},
        "cancel": reverse("onboarding:onboarding_detail", args=[onboarding.pk]),
        "crumbs": [{"label": str(onboarding.new_hire),
                    "url": reverse("onboarding:onboarding_detail", args=[onboarding.pk])},
                   {"label": _("Evaluering"), "url": ""}],
    })


@login_required
@require_POST
def task_toggle(request, pk):
    task = get_object_or_404(OnboardingTask.objects.visible_to(request.user).select_related("onboarding"), pk=pk)
    if not task.can_tick(request.user):
        raise PermissionDenied
    services.toggle_task(task, request.user)
    if task.is_done:
        messages.success(request, _("»%(task)s« er markeret som udført.") % {"task": task.title})
    else:
        messages.info(request, _("»%(task)s« er markeret som ikke udført.") % {"task": task.title})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = ""
    if not target:
        target = (reverse("onboarding:onboarding_detail", args=[task.onboarding_id])
                  if task.onboarding.can_view(request.user) else reverse("onboarding:mine"))
    return redirect(target)


# --- Templates (HR) ----------------------------------------------------------------------------


@login_required
def template_list(request):
    _require_hr(request.user)
    templates = (OnboardingTemplate.objects.select_related("unit").annotate(task_count=models.Count("tasks"))
                 .order_by("name", "pk"))
    return render(request, "hrtools/onboarding/template_list.html", {
        "templates": templates, "crumbs": _crumbs({"label": _("Skabeloner"), "url": ""}),
    })


def _template_crumbs(template=None, *more):
    items = [{"label": _("Skabeloner"), "url": reverse("onboarding:template_list")}]
    if template is not None:
        items.append({"label": template.name, "url": reverse("onboarding:template_detail", args=[template.pk])})
    return _crumbs(*items, *more)


@login_required
def template_create(request):
    _require_hr(request.user)
    form = TemplateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        template = form.save()
        messages.success(request, _("Skabelonen er oprettet. Tilføj nu dens opgaver."))
        return redirect("onboarding:template_detail", pk=template.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Ny onboardingskabelon"), "submit": _("Opret skabelon"),
        "cancel": reverse("onboarding:template_list"),
        "crumbs": _template_crumbs(None, {"label": _("Ny"), "url": ""}),
    })


@login_required
def template_detail(request, pk):
    _require_hr(request.user)
    template = get_object_or_404(OnboardingTemplate.objects.select_related("unit"), pk=pk)
    form = TemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Skabelonen er gemt."))
        return redirect("onboarding:template_detail", pk=template.pk)
    tasks = sorted(template.tasks.all(), key=lambda t: (PHASE_ORDER.get(t.phase, 0), t.order, t.pk))
    return render(request, "hrtools/onboarding/template_detail.html", {
        "template": template, "form": form, "phases": _phases(tasks), "task_count": len(tasks),
        "crumbs": _template_crumbs(None, {"label": template.name, "url": ""}),
    })


@login_required
def template_task_add(request, pk):
    _require_hr(request.user)
    template = get_object_or_404(OnboardingTemplate, pk=pk)
    form = TemplateTaskForm(request.POST or None, instance=TemplateTask(template=template))
    return _task_form(request, form, template, _("Ny opgave i »%(name)s«") % {"name": template.name})


@login_required
def template_task_edit(request, pk):
    _require_hr(request.user)
    task = get_object_or_404(TemplateTask.objects.select_related("template"), pk=pk)
    form = TemplateTaskForm(request.POST or None, instance=task)
    return _task_form(request, form, task.template, _("Rediger opgave"))


def _task_form(request, form, template, title):
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Opgaven er gemt."))
        return redirect("onboarding:template_detail", pk=template.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": title, "submit": _("Gem opgave"),
        "cancel": reverse("onboarding:template_detail", args=[template.pk]),
        "crumbs": _template_crumbs(template, {"label": _("Opgave"), "url": ""}),
    })


@login_required
@require_POST
def template_task_delete(request, pk):
    _require_hr(request.user)
    task = get_object_or_404(TemplateTask, pk=pk)
    template_pk = task.template_id
    task.delete()
    messages.success(request, _("Opgaven er slettet fra skabelonen."))
    return redirect("onboarding:template_detail", pk=template_pk)
