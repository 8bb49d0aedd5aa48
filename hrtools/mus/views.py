"""MUS pages. Every conversation, answer and goal is loaded through
`Conversation.objects.visible_to(user)`, so another person's id gives 404; a party who may see a
conversation but not do the thing asked (the employee scheduling, say) gets 403."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from hrtools.competences.models import CareerAim, mirror_subjects
from hrtools.competences.services import mirror_for
from hrtools.mus import charts, forms, ics, services
from hrtools.mus import history as history_module
from hrtools.mus.models import (
    Audience,
    Conversation,
    Goal,
    PreparationTemplate,
    Round,
    Status,
    TemplateQuestion,
    can_run_rounds,
    can_see_aggregates,
)
from obb.downloads import download_response


def _crumbs(*items):
    return [{"label": _("MUS"), "url": reverse("mus:index")}, *items]


def _require_hr(user):
    if not can_run_rounds(user):
        raise PermissionDenied(_("Kun HR åbner MUS-runder og vedligeholder skabelonerne."))


def _errors(error):
    return error.messages if hasattr(error, "messages") else [str(error)]


def _flash_errors(request, error):
    for message in _errors(error):
        messages.error(request, message)


def _conversation(request, pk):
    return get_object_or_404(
        Conversation.objects.visible_to(request.user).select_related("round", "employee", "employee__unit",
                                                                     "manager"),
        pk=pk)


def _party(request, pk, *, manager_only=False, employee_only=False):
    """The conversation, for one of its two parties; 404 for strangers, 403 for HR reading a
    shared conversation or for the party who may not do this."""
    conversation = _conversation(request, pk)
    user = request.user
    if manager_only and not conversation.is_manager(user):
        raise PermissionDenied(_("Kun lederen, der holder samtalen, kan gøre dette."))
    if employee_only and not conversation.is_employee(user):
        raise PermissionDenied(_("Kun medarbejderen kan gøre dette."))
    if not conversation.is_party(user):
        raise PermissionDenied(_("Kun medarbejderen og lederen arbejder i samtalen; HR kan læse den, når den "
                                 "er delt."))
    return conversation


def _current_round():
    return Round.objects.filter(opened_at__isnull=False).order_by("-year").first()


# --- Overviews -------------------------------------------------------------------------------------

@login_required
def index(request):
    user = request.user
    own = list(Conversation.objects.filter(employee=user).select_related("round", "manager")
               .order_by("-round__year"))
    return render(request, "hrtools/mus/index.html", {
        "own": own,
        "is_manager": user.is_manager,
        "sees_rounds": can_see_aggregates(user),
        "can_run_rounds": can_run_rounds(user),
        "crumbs": [{"label": _("MUS"), "url": ""}],
    })


@login_required
def team(request):
    """A manager's people in a round and each conversation's status (no content)."""
    user = request.user
    if not user.is_manager:
        raise PermissionDenied(_("Siden er for ledere."))
    open_rounds = list(Round.objects.filter(opened_at__isnull=False).order_by("-year"))
    round_ = open_rounds[0] if open_rounds else None
    raw = request.GET.get("runde")
    if raw:
        round_ = next((r for r in open_rounds if str(r.pk) == raw), None)
        if round_ is None:
            raise Http404(_("Ukendt runde."))
    conversations, missing = services.team_overview(user, round_) if round_ else ([], [])
    counts = {status: 0 for status in Status}
    for conversation in conversations:
        counts[Status(conversation.status)] += 1
    return render(request, "hrtools/mus/team.html", {
        "round": round_, "rounds": open_rounds, "conversations": conversations, "missing": missing,
        "counts": [(status.label, counts[status]) for status in Status], "today": timezone.localdate(),
        "crumbs": _crumbs({"label": _("Mine medarbejdere"), "url": ""}),
    })


@login_required
def rounds(request):
    user = request.user
    if not can_see_aggregates(user):
        raise PermissionDenied(_("Oversigten over MUS-runder er for HR og ledelsen."))
    all_rounds = (Round.objects.select_related("template").annotate(conversation_count=Count("conversations"))
                  .order_by("-year", "name", "pk"))
    return render(request, "hrtools/mus/rounds.html", {
        "rounds": all_rounds, "can_run_rounds": can_run_rounds(user),
        "crumbs": _crumbs({"label": _("MUS-runder"), "url": ""}),
    })


@login_required
def round_add(request):
    _require_hr(request.user)
    form = forms.RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        round_ = form.save(commit=False)
        services.save_with_history(round_, request.user, _("Oprettet"))
        messages.success(request, _("Runden er oprettet. Åbn den, når skabelonen er klar."))
        return redirect(round_)
    return render(request, "hrtools/mus/form.html", {
        "form": form, "title": _("Ny MUS-runde"), "submit": _("Opret runde"),
        "crumbs": _crumbs({"label": _("MUS-runder"), "url": reverse("mus:rounds")},
                          {"label": _("Ny runde"), "url": ""}),
    })


@login_required
def round_detail(request, pk):
    """Completion per unit as numbers and a chart, without content."""
    user = request.user
    if not can_see_aggregates(user):
        raise PermissionDenied(_("Fremdriften i MUS-runden er for HR og ledelsen."))
    round_ = get_object_or_404(Round.objects.select_related("template", "opened_by"), pk=pk)
    rows, total = services.completion(round_)
    shared = []
    if user.is_hr:
        shared = list(Conversation.objects.visible_to(user).filter(round=round_, shared_with_hr=True)
                      .select_related("employee", "manager"))
    return render(request, "hrtools/mus/round.html", {
        "round": round_, "rows": rows, "total": total, "statuses": list(Status),
        "overlapping": list(round_.overlapping_rounds()) if user.is_hr else [],
        "chart": charts.completion_chart(round_, rows), "shared": shared,
        "questions": list(round_.questions.all()) if user.is_hr else [],
        "can_run_rounds": can_run_rounds(user),
        "crumbs": _crumbs({"label": _("MUS-runder"), "url": reverse("mus:rounds")}, {"label": round_.name, "url": ""}),
    })


@login_required
@require_POST
def round_open(request, pk):
    _require_hr(request.user)
    round_ = get_object_or_404(Round, pk=pk)
    try:
        result = services.open_round(round_, user=request.user)
    except ValidationError as error:
        _flash_errors(request, error)
        return redirect(round_)
    created = ngettext("%(created)s ny samtale oprettet", "%(created)s nye samtaler oprettet",
                       result.created) % {"created": result.created}
    already = ngettext("%(already)s fandtes i forvejen", "%(already)s fandtes i forvejen",
                       result.already) % {"already": result.already}
    messages.success(request, _("Runden er åbnet: %(created)s (%(already)s).") % {"created": created,
                                                                                   "already": already})
    for other in round_.overlapping_rounds():
        messages.warning(request, _(
            "Runden overlapper »%(other)s« (%(start)s–%(end)s), som stadig er i gang. Medarbejderne har nu en "
            "samtale i begge runder; forsiden viser den næste planlagte først.") % {
            "other": other.name, "start": date_format(other.period_start), "end": date_format(other.period_end)})
    if result.without_manager:
        messages.warning(request, ngettext(
            "%(count)s medarbejder har ingen leder og fik ingen samtale: %(names)s.",
            "%(count)s medarbejdere har ingen leder og fik ingen samtale: %(names)s.",
            len(result.without_manager)) % {
            "count": len(result.without_manager),
            "names": ", ".join(str(person) for person in result.without_manager[:10]),
        })
    return redirect(round_)


# --- Templates ---------------------------------------------------------------------------------------

@login_required
def templates(request):
    _require_hr(request.user)
    return render(request, "hrtools/mus/templates.html", {
        "templates": PreparationTemplate.objects.annotate(question_count=Count("questions")).order_by("name", "pk"),
        "crumbs": _crumbs({"label": _("Skabeloner"), "url": ""}),
    })


@login_required
def template_add(request):
    _require_hr(request.user)
    form = forms.TemplateCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        template = services.save_with_history(form.save(commit=False), request.user, _("Oprettet"))
        messages.success(request, _("Skabelonen er oprettet. Tilføj nu spørgsmålene."))
        return redirect("mus:template", template.pk)
    return render(request, "hrtools/mus/form.html", {
        "form": form, "title": _("Ny skabelon"), "submit": _("Opret skabelon"),
        "crumbs": _crumbs({"label": _("Skabeloner"), "url": reverse("mus:templates")},
                          {"label": _("Ny skabelon"), "url": ""}),
    })


@login_required
def template_detail(request, pk):
    _require_hr(request.user)
    template = get_object_or_404(PreparationTemplate, pk=pk)
    form = forms.TemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        services.save_with_history(form.save(commit=False), request.user)
        messages.success(request, _("Skabelonen er gemt."))
        return redirect("mus:template", template.pk)
    questions = list(template.questions.all())
    return render(request, "hrtools/mus/template.html", {
        "template": template, "form": form,
        "employee_questions": [q for q in questions if q.audience == Audience.EMPLOYEE],
        "manager_questions": [q for q in questions if q.audience == Audience.MANAGER],
        "rounds": template.rounds.all(),
        "crumbs": _crumbs({"label": _("Skabeloner"), "url": reverse("mus:templates")},
                          {"label": template.name, "url": ""}),
    })


@login_required
def question_add(request, pk):
    _require_hr(request.user)
    template = get_object_or_404(PreparationTemplate, pk=pk)
    form = forms.TemplateQuestionForm(request.POST or None,
                                      initial={"order": template.questions.count() + 1})
    if request.method == "POST" and form.is_valid():
        question = form.save(commit=False)
        question.template = template
        services.save_with_history(question, request.user)
        messages.success(request, _("Spørgsmålet er tilføjet."))
        return redirect("mus:template", template.pk)
    return render(request, "hrtools/mus/form.html", {
        "form": form, "title": _("Nyt spørgsmål"), "submit": _("Tilføj spørgsmål"),
        "crumbs": _crumbs({"label": _("Skabeloner"), "url": reverse("mus:templates")},
                          {"label": template.name, "url": reverse("mus:template", args=[template.pk])},
                          {"label": _("Nyt spørgsmål"), "url": ""}),
    })


@login_required
def question_edit(request, pk):
    _require_hr(request.user)
    question = get_object_or_404(TemplateQuestion.objects.select_related("template"), pk=pk)
    form = forms.TemplateQuestionForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        services.save_with_history(form.save(commit=False), request.user)
        messages.success(request, _("Spørgsmålet er gemt. Runder, der allerede er åbnet, beholder deres kopi."))
        return redirect("mus:template", question.template_id)
    return render(request, "hrtools/mus/question_form.html", {
        "form": form, "question": question,
        "crumbs": _crumbs({"label": _("Skabeloner"), "url": reverse("mus:templates")},
                          {"label": question.template.name,
                           "url": reverse("mus:template", args=[question.template_id])},
                          {"label": _("Ret spørgsmål"), "url": ""}),
    })


@login_required
@require_POST
def question_delete(request, pk):
    _require_hr(request.user)
    question = get_object_or_404(TemplateQuestion, pk=pk)
    template_id = question.template_id
    try:
        services.remove_template_question(question, user=request.user)
    except ValidationError as error:
        _flash_errors(request, error)
    else:
        messages.success(request, _("Spørgsmålet er fjernet fra skabelonen."))
    return redirect("mus:template", template_id)


# --- One conversation ------------------------------------------------------------------------------

@login_required
def conversation_detail(request, pk):
    conversation = _conversation(request, pk)
    user = request.user
    goals = list(conversation.goals.select_related("competence", "activity"))
    answers = list(conversation.answers.select_related("question"))
    return render(request, "hrtools/mus/conversation.html", {
        "conversation": conversation, "goals": goals,
        "employee_answers": [a for a in answers if a.question.audience == Audience.EMPLOYEE],
        "manager_answers": [a for a in answers if a.question.audience == Audience.MANAGER],
        "is_employee": conversation.is_employee(user), "is_manager": conversation.is_manager(user),
        "is_party": conversation.is_party(user), "response_form": forms.ResponseForm(),
        "crumbs": _crumbs({"label": str(conversation), "url": ""}),
    })


@login_required
def schedule(request, pk):
    conversation = _party(request, pk, manager_only=True)
    form = forms.ScheduleForm(request.POST or None, conversation=conversation)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.schedule(conversation, when=data["when"], place=data["place"],
                              duration_minutes=data["duration_minutes"], user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Samtalen er planlagt, og %(name)s har fået en kalenderinvitation på "
                                        "e-mail.") % {"name": conversation.employee})
            return redirect(conversation)
    return render(request, "hrtools/mus/form.html", {
        "form": form, "title": _("Planlæg samtalen med %(name)s") % {"name": conversation.employee},
        "submit": _("Planlæg og send invitation"), "cancel": conversation.get_absolute_url(),
        "crumbs": _crumbs({"label": str(conversation), "url": conversation.get_absolute_url()},
                          {"label": _("Planlæg"), "url": ""}),
    })


@login_required
def calendar(request, pk):
    conversation = _conversation(request, pk)
    if conversation.scheduled_at is None or not conversation.before_meeting:
        raise Http404(_("Samtalen er ikke planlagt."))
    return download_response(ics.invitation(conversation), filename=f"mus-{conversation.round.year}.ics",
                             content_type="text/calendar; charset=utf-8", hr_data=True)


@login_required
def prepare(request, pk):
    conversation = _party(request, pk)
    user = request.user
    audience = conversation.audience_of(user)
    questions = list(conversation.round.questions.all())
    answers = {a.question_id: a for a in conversation.answers.select_related("author")}
    own_questions = [q for q in questions if q.audience == audience]
    form = forms.PreparationForm(request.POST or None, questions=own_questions,
                                 answers={pk: a.text for pk, a in answers.items()})
    if request.method == "POST":
        if form.is_valid():
            try:
                services.save_answers(conversation, user=user, texts=form.texts())
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Din forberedelse er gemt."))
                return redirect("mus:prepare", conversation.pk)
    other = Audience.MANAGER if audience == Audience.EMPLOYEE else Audience.EMPLOYEE
    other_ready = conversation.manager_prepared_at if other == Audience.MANAGER else conversation.employee_prepared_at
    employee = conversation.employee
    mirror = None
    if mirror_subjects(user).filter(pk=employee.pk).exists():
        mirror = mirror_for(employee, conversation.round.year)
    return render(request, "hrtools/mus/prepare.html", {
        "conversation": conversation, "form": form, "editable": conversation.before_meeting,
        "is_employee": audience == Audience.EMPLOYEE,
        "own_ready": conversation.employee_prepared_at if audience == Audience.EMPLOYEE
        else conversation.manager_prepared_at,
        "other_questions": [(q, answers.get(q.pk)) for q in questions if q.audience == other],
        "other_ready": other_ready,
        "mirror": mirror,
        "aim": CareerAim.objects.filter(employee=employee).select_related("step__track").first(),
        "crumbs": _crumbs({"label": str(conversation), "url": conversation.get_absolute_url()},
                          {"label": _("Forberedelse"), "url": ""}),
    })


@login_required
@require_POST
def prepared(request, pk):
    conversation = _party(request, pk)
    try:
        services.mark_prepared(conversation, user=request.user)
    except ValidationError as error:
        _flash_errors(request, error)
    else:
        messages.success(request, _("Din forberedelse er markeret som færdig. Den anden part kan nu læse dine svar."))
    return redirect("mus:prepare", conversation.pk)


@login_required
def summary(request, pk):
    conversation = _party(request, pk)
    user = request.user
    if not conversation.summary_editable:
        messages.info(request, _("Referatet er bekræftet og kan ikke længere ændres."))
        return redirect(conversation)
    if conversation.is_employee(user) and conversation.before_meeting:
        messages.info(request, _("Lederen skriver referatet efter samtalen; derefter kan du rette i det."))
        return redirect(conversation)
    conflict = None
    form = forms.SummaryForm(request.POST or None,
                             initial={"summary": conversation.summary, "version": conversation.summary_version})
    if request.method == "POST" and form.is_valid():
        hold = "hold" in request.POST
        try:
            services.save_summary(conversation, user=user, text=form.cleaned_data["summary"],
                                  expected_version=form.cleaned_data["version"], hold=hold)
        except services.SummaryConflict as error:
            conflict = error.current
            # The person's own text stays in the form; the version moves on, so a deliberate
            # second save (after reading the other text) goes through.
            form = forms.SummaryForm({"summary": form.cleaned_data["summary"], "version": conflict.summary_version})
            form.add_error(None, _("%(name)s har gemt referatet, mens du skrev. Din tekst er ikke gemt, men står "
                                   "stadig i feltet. Læs den gemte tekst nedenfor, ret til og gem igen.")
                           % {"name": _last_editor(conflict)})
        except ValidationError as error:
            conversation.refresh_from_db()
            form.add_error(None, error)
        else:
            messages.success(request, _("Samtalen er markeret som afholdt, og referatet er gemt.") if hold
                             else _("Referatet er gemt."))
            return redirect(conversation)
    return render(request, "hrtools/mus/summary.html", {
        "conversation": conversation, "form": form, "conflict": conflict,
        "can_hold": conversation.is_manager(user) and conversation.before_meeting,
        "crumbs": _crumbs({"label": str(conversation), "url": conversation.get_absolute_url()},
                          {"label": _("Referat"), "url": ""}),
    })


def _last_editor(conversation):
    record = conversation.history.select_related("history_user").first()
    return (record.history_user if record and record.history_user else None) or _("En anden")


@login_required
@require_POST
def respond(request, pk):
    conversation = _party(request, pk, employee_only=True)
    form = forms.ResponseForm(request.POST)
    if form.is_valid():
        try:
            services.respond(conversation, user=request.user, response=form.cleaned_data["response"],
                             comment=form.cleaned_data["comment"])
        except ValidationError as error:
            _flash_errors(request, error)
        else:
            messages.success(request, _("Tak. Dit svar på referatet er gemt."))
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect(conversation)


@login_required
@require_POST
def share(request, pk):
    conversation = _party(request, pk, employee_only=True)
    shared = request.POST.get("shared") == "1"
    services.set_shared(conversation, user=request.user, shared=shared)
    messages.success(request, _("Samtalen er nu delt med HR.") if shared
                     else _("Samtalen er ikke længere delt med HR."))
    return redirect(conversation)


@login_required
@require_POST
def close(request, pk):
    conversation = _party(request, pk, manager_only=True)
    try:
        services.close(conversation, user=request.user)
    except ValidationError as error:
        _flash_errors(request, error)
    else:
        messages.success(request, _("Samtalen er afsluttet."))
    return redirect(conversation)


@login_required
def history(request, pk):
    conversation = _conversation(request, pk)
    return render(request, "hrtools/mus/history.html", {
        "conversation": conversation, "entries": history_module.entries(conversation, request.user),
        "crumbs": _crumbs({"label": str(conversation), "url": conversation.get_absolute_url()},
                          {"label": _("Historik"), "url": ""}),
    })


# --- The development plan ------------------------------------------------------------------------------

def _goal(request, pk):
    return get_object_or_404(
        Goal.objects.visible_to(request.user).select_related("conversation__round", "conversation__employee",
                                                             "conversation__manager", "competence", "activity"),
        pk=pk)


@login_required
def goal_add(request, pk):
    conversation = _party(request, pk, manager_only=True)
    if not conversation.plan_editable:
        messages.error(request, _("Samtalen er afsluttet; udviklingsplanen kan ikke ændres."))
        return redirect(conversation)
    form = forms.GoalForm(request.POST or None, initial={"competence": request.GET.get("kompetence") or None})
    if request.method == "POST" and form.is_valid():
        goal = form.save(commit=False)
        goal.conversation = conversation
        services.save_goal(goal, user=request.user)
        messages.success(request, _("Målet er føjet til udviklingsplanen."))
        return redirect(reverse("mus:conversation", args=[conversation.pk]) + "#plan")
    return render(request, "hrtools/mus/form.html", {
        "form": form, "title": _("Nyt mål i udviklingsplanen"), "submit": _("Tilføj mål"),
        "cancel": conversation.get_absolute_url(),
        "crumbs": _crumbs({"label": str(conversation), "url": conversation.get_absolute_url()},
                          {"label": _("Nyt mål"), "url": ""}),
    })


@login_required
def goal_edit(request, pk):
    goal = _goal(request, pk)
    conversation = goal.conversation
    if not conversation.is_manager(request.user):
        raise PermissionDenied(_("Lederen retter målene; begge kan skrive opfølgningen."))
    if not conversation.plan_editable:
        messages.error(request, _("Samtalen er afsluttet; udviklingsplanen kan ikke ændres."))
        return redirect(conversation)
    form = forms.GoalForm(request.POST or None, instance=goal)
    if request.method == "POST" and form.is_valid():
        services.save_goal(form.save(commit=False), user=request.user)
        messages.success(request, _("Målet er gemt."))
        return redirect(reverse("mus:conversation", args=[conversation.pk]) + "#plan")
    return render(request, "hrtools/mus/form.html", {
        "form": form, "title": _("Ret mål"), "submit": _("Gem mål"), "cancel": conversation.get_absolute_url(),
        "crumbs": _crumbs({"label": str(conversation), "url": conversation.get_absolute_url()},
                          {"label": _("Ret mål"), "url": ""}),
    })


@login_required
def goal_follow_up(request, pk):
    goal = _goal(request, pk)
    conversation = goal.conversation
    if not conversation.is_party(request.user):
        raise PermissionDenied(_("Kun medarbejderen og lederen følger op på målene."))
    if not conversation.plan_editable:
        messages.error(request, _("Samtalen er afsluttet; udviklingsplanen kan ikke ændres."))
        return redirect(conversation)
    form = forms.FollowUpForm(request.POST or None, instance=goal)
    if request.method == "POST" and form.is_valid():
        goal = form.save(commit=False)
        goal.followed_up_at = timezone.now()
        services.save_goal(goal, user=request.user)
        messages.success(request, _("Opfølgningen er gemt."))
        return redirect(reverse("mus:conversation", args=[conversation.pk]) + "#plan")
    return render(request, "hrtools/mus/follow_up.html", {
        "form": form, "goal": goal, "conversation": conversation,
        "crumbs": _crumbs({"label": str(conversation), "url": conversation.get_absolute_url()},
                          {"label": _("Opfølgning"), "url": ""}),
    })

