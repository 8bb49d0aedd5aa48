"""Views of the kompetencespejl, the career model and the catalogue. Each loads its objects
through the visibility rules in models.py, so another person's id gives 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.validators import slug_re
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hrtools.competences import charts, forms
from hrtools.competences.models import (
    Assessment,
    CareerAim,
    CareerStep,
    CareerTrack,
    Competence,
    DevelopmentActivity,
    DevelopmentProposal,
    JobFamily,
    Profile,
    ProfileLevel,
    aggregate_units,
    can_maintain,
    mirror_subjects,
)
from hrtools.competences.services import current_year, mirror_for, unit_gaps
from obb.parsing import parse_int, parse_year


def get_employee_for_mirror(user, user_id):
    """The employee whose mirror `user` asks for, or 404 when it is not theirs to see."""
    return get_object_or_404(mirror_subjects(user).select_related("unit", "manager"), pk=user_id)


def _year(request):
    raw = request.GET.get("aar", "")
    if not raw:
        return current_year()
    year = parse_year(raw)
    if year is None:
        raise Http404(_("Ukendt år."))
    return year


def _require_maintainer(user):
    if not can_maintain(user):
        raise PermissionDenied(_("Kun HR kan vedligeholde kompetencer, profiler og kataloget."))


# --- Overview and the mirror -------------------------------------------------------------------

@login_required
def index(request):
    user = request.user
    return render(request, "hrtools/competences/index.html", {
        "manages_staff": user.is_manager and user.managed_staff().exists(),
        "sees_units": aggregate_units(user).exists(),
        "can_maintain": can_maintain(user),
    })


@login_required
def my_mirror(request):
    return _mirror(request, request.user)


@login_required
def mirror(request, user_id):
    return _mirror(request, get_employee_for_mirror(request.user, user_id))


def _mirror(request, employee):
    year = _year(request)
    data = mirror_for(employee, year)
    own_kind = Assessment.kind_for(request.user, employee)
    proposals = (DevelopmentProposal.objects.visible_to(request.user).filter(employee=employee)
                 .select_related("activity", "proposed_by"))
    aim = CareerAim.objects.filter(employee=employee).select_related("step__track").first()
    years = sorted({*data.years, current_year(), year}, reverse=True)
    return render(request, "hrtools/competences/mirror.html", {
        "employee": employee,
        "is_self": employee.pk == request.user.pk,
        "mirror": data,
        "year": year,
        "years": years,
        "own_kind": own_kind,
        "missing_own": own_kind is not None and any(
            (row.self_id if own_kind == Assessment.Kind.SELF else row.manager_id) is None for row in data.rows),
        "chart": charts.mirror_chart(data),
        "development_chart": charts.development_chart(data),
        "proposals": proposals,
        "can_decide": request.user.manages(employee),
        "aim": aim,
    })


@login_required
def assessment_add(request, user_id):
    employee = get_employee_for_mirror(request.user, user_id)
    kind = Assessment.kind_for(request.user, employee)
    if kind is None:  # a mirror one may see but not assess (cannot happen today; kept explicit)
        raise PermissionDenied
    initial = {"year": _year(request)}
    slug = request.GET.get("kompetence", "")
    if slug_re.match(slug):  # anything but a slug is ignored (PostgreSQL refuses a NUL in a query)
        initial["competence"] = Competence.objects.filter(slug=slug, is_active=True).first()
    form = forms.AssessmentForm(request.POST or None, employee=employee, kind=kind, initial=initial)
    if request.method == "POST" and form.is_valid():
        assessment = form.save(assessed_by=request.user)
        messages.success(request, _("Vurderingen af »%(c)s« er gemt.") % {"c": assessment.competence})
        return redirect(_mirror_url(request.user, employee, assessment.year))
    return render(request, "hrtools/competences/assessment_form.html", {
        "form": form, "employee": employee, "kind": kind, "is_self": employee.pk == request.user.pk,
    })


@login_required
def assessment_edit(request, pk):
    assessment = get_object_or_404(
        Assessment.objects.visible_to(request.user).select_related("employee", "competence"), pk=pk
    )
    if not assessment.can_edit(request.user):
        raise PermissionDenied(_("Du kan kun rette dine egne vurderinger."))
    form = forms.AssessmentEditForm(request.POST or None, instance=assessment)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Vurderingen er rettet."))
        return redirect(_mirror_url(request.user, assessment.employee, assessment.year))
    return render(request, "hrtools/competences/assessment_edit.html", {
        "form": form, "assessment": assessment, "is_self": assessment.employee_id == request.user.pk,
    })


def _mirror_url(user, employee, year):
    if employee.pk == user.pk:
        return reverse("competences:my_mirror") + f"?aar={year}"
    return reverse("competences:mirror", args=[employee.pk]) + f"?aar={year}"


@login_required
def team(request):
    """The manager's staff with this year's assessments counted; each opens their mirror."""
    if not request.user.is_manager:
        raise PermissionDenied(_("Siden er for ledere."))
    year = _year(request)
    staff = (request.user.managed_staff().filter(is_active=True).select_related("unit", "career_aim__step__track")
             .annotate(own=Count("competence_assessments", filter=Q(competence_assessments__year=year,
                                                                     competence_assessments__kind="selv")),
                       managers=Count("competence_assessments",
                                      filter=Q(competence_assessments__year=year,
                                               competence_assessments__kind="leder")))
             .order_by("unit__path", "first_name", "last_name"))
    return render(request, "hrtools/competences/team.html", {
        "staff": staff, "year": year, "competence_count": Competence.objects.filter(is_active=True).count(),
    })


# --- Unit aggregates ---------------------------------------------------------------------------

def _require_aggregates(user):
    if not (user.is_hr or user.is_leadership or user.is_manager):
        raise PermissionDenied(_("Enhedsoversigten er for ledere, HR og ledelsen."))


@login_required
def units(request):
    """The unit chooser's target: the chosen unit, or the first the user may see."""
    _require_aggregates(request.user)
    allowed = aggregate_units(request.user)
    raw = request.GET.get("enhed", "")
    if raw:
        unit_id = parse_int(raw)
        if unit_id is None:
            raise Http404(_("Ukendt enhed."))
        chosen = get_object_or_404(allowed, pk=unit_id)
    else:
        chosen = allowed.order_by("path").first()
        if chosen is None:
            raise PermissionDenied(_("Du er ikke leder for nogen enhed."))
    return redirect(reverse("competences:unit", args=[chosen.pk]) + f"?aar={_year(request)}")


@login_required
def unit(request, unit_id):
    _require_aggregates(request.user)
    allowed = aggregate_units(request.user)
    chosen = get_object_or_404(allowed, pk=unit_id)
    year = _year(request)
    data = unit_gaps(chosen, year)
    export_url = reverse("reporting:competences_unit_xlsx", args=[chosen.pk]) + f"?aar={year}"
    return render(request, "hrtools/competences/unit.html", {
        "unit": chosen, "units": allowed.order_by("path"), "year": year, "data": data,
        "years": list(range(current_year(), current_year() - 5, -1)),
        "chart": charts.unit_chart(chosen, data), "export_url": export_url,
    })


# --- Career model ------------------------------------------------------------------------------

@login_required
def career(request):
    tracks = CareerTrack.objects.prefetch_related(
        Prefetch("steps", queryset=CareerStep.objects.prefetch_related("competences"))
    )
    aim = CareerAim.objects.filter(employee=request.user).select_related("step__track").first()
    return render(request, "hrtools/competences/career.html", {"tracks": tracks, "aim": aim})


@login_required
def career_aim(request):
    aim = CareerAim.objects.filter(employee=request.user).first() or CareerAim(employee=request.user)
    form = forms.CareerAimForm(request.POST or None, instance=aim)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Dit karriereønske er gemt. Din leder kan se det."))
        return redirect("competences:career")
    return render(request, "hrtools/competences/career_aim.html", {"form": form})


# --- Catalogue ---------------------------------------------------------------------------------

@login_required
def catalogue(request):
    form = forms.CatalogueFilterForm(request.GET)
    activities = DevelopmentActivity.objects.filter(is_active=True).prefetch_related("competences")
    if form.is_valid():
        query, competence, kind = (form.cleaned_data.get(k) for k in ("q", "kompetence", "type"))
        if query:
            activities = activities.filter(Q(title__icontains=query) | Q(description__icontains=query)
                                           | Q(competences__name__icontains=query)).distinct()
        if competence:
            activities = activities.filter(competences=competence)
        if kind:
            activities = activities.filter(kind=kind)
    else:
        activities = activities.none()
    return render(request, "hrtools/competences/catalogue.html", {
        "form": form, "activities": activities, "can_maintain": can_maintain(request.user),
    })


@login_required
def activity(request, pk):
    item = get_object_or_404(DevelopmentActivity.objects.filter(is_active=True).prefetch_related("competences"),
                             pk=pk)
    form = forms.ProposalForm(subjects=mirror_subjects(request.user), initial={"employee": request.user.pk})
    return render(request, "hrtools/competences/activity.html", {
        "activity": item, "form": form, "can_maintain": can_maintain(request.user),
    })


@login_required
@require_POST
def propose(request, pk):
    item = get_object_or_404(DevelopmentActivity.objects.filter(is_active=True), pk=pk)
    form = forms.ProposalForm(request.POST, subjects=mirror_subjects(request.user))
    if form.is_valid():
        proposal = form.save(commit=False)
        proposal.activity, proposal.proposed_by = item, request.user
        proposal.save()
        messages.success(request, _("»%(a)s« er foreslået til udviklingsplanen for %(e)s.")
                         % {"a": item, "e": proposal.employee})
        return redirect(_mirror_url(request.user, proposal.employee, current_year()) + "#forslag")
    for field in form.hidden_fields():  # the shared form template shows no errors of hidden fields
        for error in field.errors:
            messages.error(request, error)
    return render(request, "hrtools/competences/activity.html", {
        "activity": item, "form": form, "can_maintain": can_maintain(request.user),
    }, status=400)


@login_required
@require_POST
def proposal_decide(request, pk):
    proposal = get_object_or_404(DevelopmentProposal.objects.visible_to(request.user).select_related("employee"),
                                 pk=pk)
    if not proposal.can_decide(request.user):
        raise PermissionDenied(_("Kun medarbejderens leder kan tage stilling til forslaget."))
    form = forms.ProposalDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Ukendt status. Forslaget er ikke ændret."))
    else:
        proposal.status = form.cleaned_data["status"]
        proposal.save()
        messages.success(request, _("Forslaget er nu »%(s)s«.") % {"s": proposal.get_status_display()})
    return redirect(_mirror_url(request.user, proposal.employee, current_year()) + "#forslag")


# --- HR maintains the content ------------------------------------------------------------------

@login_required
def maintain(request):
    _require_maintainer(request.user)
    return render(request, "hrtools/competences/maintain.html", {
        "competences": Competence.objects.prefetch_related("pejlemaerker"),
        "profiles": Profile.objects.select_related("unit", "job_family").annotate(count=Count("levels"))
                                   .order_by("name", "pk"),
        "activities": DevelopmentActivity.objects.all(),
        "families": JobFamily.objects.all(),
        "tracks": CareerTrack.objects.prefetch_related("steps"),
    })


def _edit(request, form_class, instance, template_title, success):
    _require_maintainer(request.user)
    form = form_class(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, success)
        return redirect("competences:maintain")
    return render(request, "hrtools/competences/edit.html", {"form": form, "title": template_title})


@login_required
def competence_add(request):
    return _edit(request, forms.CompetenceForm, None, _("Ny kompetence"), _("Kompetencen er oprettet."))


@login_required
def competence_edit(request, pk):
    _require_maintainer(request.user)
    return _edit(request, forms.CompetenceForm, get_object_or_404(Competence, pk=pk), _("Ret kompetence"),
                 _("Kompetencen er gemt."))


@login_required
def activity_add(request):
    return _edit(request, forms.ActivityForm, None, _("Ny udviklingsaktivitet"), _("Aktiviteten er oprettet."))


@login_required
def activity_edit(request, pk):
    _require_maintainer(request.user)
    return _edit(request, forms.ActivityForm, get_object_or_404(DevelopmentActivity, pk=pk),
                 _("Ret udviklingsaktivitet"), _("Aktiviteten er gemt."))


@login_required
def profile_edit(request, pk):
    _require_maintainer(request.user)
    profile = get_object_or_404(Profile.objects.select_related("unit", "job_family").prefetch_related("levels"), pk=pk)
    form = forms.ProfileLevelsForm(request.POST or None, profile=profile)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            existing = {level.competence_id: level for level in profile.levels.all()}
            for competence, level in form.levels().items():
                old = existing.get(competence.pk)
                if level is None and old is not None:
                    old.delete()
                elif level is not None and old is None:
                    ProfileLevel.objects.create(profile=profile, competence=competence, level=level)
                elif level is not None and old.level != level:
                    old.level = level
                    old.save()
        messages.success(request, _("Profilen »%(p)s« er gemt.") % {"p": profile})
        return redirect("competences:maintain")
    applies_to = (_("Gælder for alle i %(unit)s og underenhederne, der ikke har deres egen profil.")
                  % {"unit": profile.unit.name} if profile.unit_id else
                  _("Gælder for stillingerne i jobfamilien %(family)s, når enheden ikke har sin egen profil.")
                  % {"family": profile.job_family.name})
    return render(request, "hrtools/competences/edit.html", {
        "form": form, "title": _("Profil: %(p)s") % {"p": profile}, "intro": applies_to,
    })


@login_required
def profile_add(request):
    return _edit(request, forms.ProfileForm, None, _("Ny profil"),
                 _("Profilen er oprettet. Vælg nu niveauerne i den."))


@login_required
def jobfamily_add(request):
    return _edit(request, forms.JobFamilyForm, None, _("Ny jobfamilie"), _("Jobfamilien er oprettet."))


@login_required
def jobfamily_edit(request, pk):
    _require_maintainer(request.user)
    return _edit(request, forms.JobFamilyForm, get_object_or_404(JobFamily, pk=pk), _("Ret jobfamilie"),
                 _("Jobfamilien er gemt."))


@login_required
def track_edit(request, pk):
    _require_maintainer(request.user)
    return _edit(request, forms.CareerTrackForm, get_object_or_404(CareerTrack, pk=pk), _("Ret karrierespor"),
                 _("Karrieresporet er gemt."))


@login_required
def step_add(request):
    return _edit(request, forms.CareerStepForm, None, _("Nyt karrieretrin"), _("Trinnet er oprettet."))


@login_required
def step_edit(request, pk):
    _require_maintainer(request.user)
    return _edit(request, forms.CareerStepForm, get_object_or_404(CareerStep, pk=pk), _("Ret karrieretrin"),
                 _("Trinnet er gemt."))
