"""Recruitment pages. Cases and candidates are loaded through `RecruitmentCase.objects.visible_to`,
so someone outside HR, the hiring manager and the committee gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hrtools.recruitment import services
from hrtools.recruitment.forms import CandidateForm, CaseForm, GuideStepForm, HireForm, NoteForm
from hrtools.recruitment.models import Candidate, CaseStep, GuideStep, RecruitmentCase
from obb.numbers import percent


def _crumbs(*items):
    return [{"label": _("Rekruttering"), "url": reverse("recruitment:case_list")}, *items]


def _case_crumb(case):
    return {"label": case.title, "url": reverse("recruitment:case_detail", args=[case.pk])}


def _get_case(request, pk):
    return get_object_or_404(
        RecruitmentCase.objects.visible_to(request.user).select_related("unit", "hiring_manager"), pk=pk)


def _get_candidate(request, pk):
    visible = RecruitmentCase.objects.visible_to(request.user).values("pk")
    return get_object_or_404(
        Candidate.objects.filter(case__in=visible).select_related("case__unit", "case__hiring_manager",
                                                                  "hired_user", "onboarding"), pk=pk)


def _require_edit(case, user):
    if not case.can_edit(user):
        raise PermissionDenied


# --- Cases -------------------------------------------------------------------------------------


@login_required
def case_list(request):
    """HR: every case; a manager or committee member: their own."""
    user = request.user
    cases = RecruitmentCase.objects.visible_to(user)
    if not (user.is_hr or user.is_manager or cases.exists()):
        raise PermissionDenied
    show_closed = request.GET.get("vis") == "lukkede"
    cases = cases.filter(status=RecruitmentCase.Status.CLOSED if show_closed else RecruitmentCase.Status.OPEN)
    rows = list(RecruitmentCase.objects.filter(pk__in=cases.values("pk")).with_progress()
                .order_by("application_deadline", "pk"))
    for case in rows:
        case.percent = percent(case.steps_done, case.step_count)
    return render(request, "hrtools/recruitment/case_list.html", {
        "cases": rows, "show_closed": show_closed, "can_create": user.is_hr or user.is_manager,
        "crumbs": [{"label": _("Rekruttering"), "url": ""}],
    })


@login_required
def case_create(request):
    user = request.user
    if not (user.is_hr or user.is_manager):
        raise PermissionDenied
    form = CaseForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        case = services.open_case(unit=data["unit"], title=data["title"], hiring_manager=data["hiring_manager"],
                                  application_deadline=data["application_deadline"], committee=data["committee"],
                                  user=user)
        messages.success(request, _("Rekrutteringssagen er oprettet med rekrutteringsguidens trin."))
        return redirect("recruitment:case_detail", pk=case.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Ny rekrutteringssag"), "submit": _("Opret sag"),
        "cancel": reverse("recruitment:case_list"), "crumbs": _crumbs({"label": _("Ny sag"), "url": ""}),
    })


@login_required
def case_detail(request, pk):
    case = _get_case(request, pk)
    steps = list(case.steps.select_related("done_by"))
    candidates = list(case.candidates.annotate(note_count=models.Count("notes")).order_by("name", "pk"))
    counts = {label: 0 for _value, label in Candidate.Status.choices}
    for candidate in candidates:
        counts[candidate.get_status_display()] += 1
    done = sum(1 for step in steps if step.done_at)
    return render(request, "hrtools/recruitment/case_detail.html", {
        "case": case, "steps": steps, "candidates": candidates, "committee": list(case.committee.all()),
        "counts": [(label, n) for label, n in counts.items() if n], "done": done, "total": len(steps),
        "percent": percent(done, len(steps)),
        "can_edit": case.can_edit(request.user) and case.is_open,
        "crumbs": _crumbs({"label": case.title, "url": ""}),
    })


@login_required
def case_edit(request, pk):
    case = _get_case(request, pk)
    _require_edit(case, request.user)
    old_deadline = case.application_deadline
    form = CaseForm(request.POST or None, instance=case, user=request.user)
    if request.method == "POST" and form.is_valid():
        case = form.save()
        if case.application_deadline != old_deadline:
            services.update_deadline(case, case.application_deadline)
        messages.success(request, _("Sagen er gemt."))
        return redirect("recruitment:case_detail", pk=case.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Rediger rekrutteringssag"), "submit": _("Gem"),
        "cancel": reverse("recruitment:case_detail", args=[case.pk]),
        "crumbs": _crumbs(_case_crumb(case), {"label": _("Rediger"), "url": ""}),
    })


@login_required
@require_POST
def case_close(request, pk):
    case = _get_case(request, pk)
    _require_edit(case, request.user)
    services.close_case(case)
    messages.success(request, _("Sagen er lukket. Kandidaternes persondata anonymiseres den %(date)s.")
                     % {"date": date_format(case.anonymise_on)})
    return redirect("recruitment:case_detail", pk=case.pk)


@login_required
@require_POST
def step_toggle(request, pk):
    step = get_object_or_404(
        CaseStep.objects.filter(case__in=RecruitmentCase.objects.visible_to(request.user).values("pk"))
        .select_related("case"), pk=pk)
    if not (step.case.can_edit(request.user) and step.case.is_open):
        raise PermissionDenied
    services.toggle_step(step, request.user)
    return redirect(reverse("recruitment:case_detail", args=[step.case_id]) + f"#trin-{step.pk}")


# --- Candidates --------------------------------------------------------------------------------


@login_required
def candidate_add(request, pk):
    case = _get_case(request, pk)
    _require_edit(case, request.user)
    if not case.is_open:
        raise PermissionDenied
    form = CandidateForm(request.POST or None, instance=Candidate(case=case))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Kandidaten er registreret."))
        return redirect("recruitment:case_detail", pk=case.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Registrér kandidat"), "submit": _("Gem kandidat"),
        "cancel": reverse("recruitment:case_detail", args=[case.pk]),
        "crumbs": _crumbs(_case_crumb(case), {"label": _("Ny kandidat"), "url": ""}),
    })


@login_required
def candidate_detail(request, pk):
    candidate = _get_candidate(request, pk)
    case = candidate.case
    form = NoteForm(request.POST or None)
    if request.method == "POST":
        if candidate.anonymised_at or not case.is_open:
            raise PermissionDenied
        if form.is_valid():
            note = form.save(commit=False)
            note.candidate, note.author = candidate, request.user
            note.save()
            messages.success(request, _("Noten er gemt."))
            return redirect("recruitment:candidate_detail", pk=candidate.pk)
    return render(request, "hrtools/recruitment/candidate_detail.html", {
        "candidate": candidate, "case": case, "notes": candidate.notes.select_related("author"), "form": form,
        "can_edit": case.can_edit(request.user) and case.is_open and not candidate.anonymised_at,
        "can_note": case.is_open and not candidate.anonymised_at,
        "crumbs": _crumbs(_case_crumb(case), {"label": candidate.name, "url": ""}),
    })


@login_required
def candidate_edit(request, pk):
    candidate = _get_candidate(request, pk)
    case = candidate.case
    _require_edit(case, request.user)
    if not case.is_open or candidate.anonymised_at:
        raise PermissionDenied
    form = CandidateForm(request.POST or None, instance=candidate)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Kandidaten er gemt."))
        return redirect("recruitment:candidate_detail", pk=candidate.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Rediger kandidat"), "submit": _("Gem kandidat"),
        "cancel": reverse("recruitment:candidate_detail", args=[candidate.pk]),
        "crumbs": _crumbs(_case_crumb(case), {"label": candidate.name,
                                              "url": reverse("recruitment:candidate_detail", args=[candidate.pk])},
                          {"label": _("Rediger"), "url": ""}),
    })


@login_required
def candidate_hire(request, pk):
    candidate = _get_candidate(request, pk)
    case = candidate.case
    _require_edit(case, request.user)
    if not case.is_open:
        raise PermissionDenied
    form = HireForm(request.POST or None, candidate=candidate, user=request.user)
    if candidate.status == Candidate.Status.HIRED:
        form.add_error(None, _("%(name)s er allerede markeret som ansat.") % {"name": candidate.name})
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            onboarding = services.hire_candidate(candidate, data["start_date"], request.user,
                                                 offer_date=data["offer_date"], existing_user=data["existing_user"],
                                                 mentor=data["mentor"])
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
        else:
            messages.success(request, _("%(name)s er ansat, og onboardingforløbet er startet.")
                             % {"name": candidate.name})
            return redirect("onboarding:onboarding_detail", pk=onboarding.pk)
    return render(request, "forms/page.html", {
        "form": form, "title": _("Ansæt %(name)s") % {"name": candidate.name}, "submit": _("Ansæt og start onboarding"),
        "intro": _("Medarbejderen oprettes i %(unit)s som %(title)s med %(manager)s som leder, og "
                   "onboardingforløbet startes fra enhedens skabelon.")
        % {"unit": case.unit, "title": case.title, "manager": case.hiring_manager},
        "cancel": reverse("recruitment:candidate_detail", args=[candidate.pk]),
        "crumbs": _crumbs(_case_crumb(case), {"label": candidate.name,
                                              "url": reverse("recruitment:candidate_detail", args=[candidate.pk])},
                          {"label": _("Ansæt"), "url": ""}),
    })


# --- The guide ---------------------------------------------------------------------------------


@login_required
def guide(request):
    """Everyone may read the guide; HR maintains it."""
    return render(request, "hrtools/recruitment/guide.html", {
        "steps": GuideStep.objects.all() if request.user.is_hr else GuideStep.objects.filter(is_active=True),
        "crumbs": [{"label": _("Rekrutteringsguide"), "url": ""}],
    })


def _guide_form(request, instance, title):
    if not request.user.is_hr:
        raise PermissionDenied
    form = GuideStepForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Trinnet er gemt. Det gælder for nye rekrutteringssager."))
        return redirect("recruitment:guide")
    return render(request, "forms/page.html", {
        "form": form, "title": title, "submit": _("Gem trin"), "cancel": reverse("recruitment:guide"),
        "crumbs": [{"label": _("Rekrutteringsguide"), "url": reverse("recruitment:guide")},
                   {"label": title, "url": ""}],
    })


@login_required
def guide_step_add(request):
    return _guide_form(request, GuideStep(order=GuideStep.objects.count() + 1), _("Nyt trin"))


@login_required
def guide_step_edit(request, pk):
    if not request.user.is_hr:
        raise PermissionDenied
    return _guide_form(request, get_object_or_404(GuideStep, pk=pk), _("Rediger trin"))
