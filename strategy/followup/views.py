"""Follow-up pages. "Mine opfølgninger" and the answer form are for whoever answers for an
action (its owner; a manager also for their units' actions; leadership for all): an item that is
not theirs gives 404. Rounds are opened, followed and closed by leadership only (403 for others).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from strategy.followup import services
from strategy.followup.forms import AnswerForm, OpenRoundForm
from strategy.followup.models import Completion, FollowUpItem, FollowUpRound


def _require_leadership(request):
    if not request.user.is_leadership:
        raise PermissionDenied


def _crumbs(*extra):
    return [{"label": _("Mine opfølgninger"), "url": reverse("followup:mine")}, *extra]


def _my_items(user):
    return list(FollowUpItem.objects.answerable_by(user).with_related()
                .order_by("round__deadline", "round__pk", "pejlemaerke_number", "action_order", "pk"))


@login_required
def mine(request):
    user = request.user
    items = _my_items(user)
    rounds = {}
    for item in items:
        rounds.setdefault(item.round, []).append(item)
    done = set(Completion.objects.filter(person=user, round__in=list(rounds)).values_list("round_id", flat=True))
    groups = [{"round": round_, "items": round_items, "done": round_.pk in done,
               "answered": sum(item.is_answered for item in round_items)}
              for round_, round_items in rounds.items()]
    waiting = []
    if user.is_manager:
        unit_items = [item for item in items if item.action.unit_id in user.authority_unit_ids]
        done_ids = set(Completion.objects.filter(round__in=list(rounds)).values_list("person_id", flat=True))
        waiting = [(person, count) for person, count in services.waiting_owners(unit_items, done_ids)
                   if person.pk != user.pk]
    return render(request, "followup/mine.html", {
        "groups": groups, "waiting": waiting, "crumbs": _crumbs(),
    })


@login_required
def answer(request, pk):
    item = get_object_or_404(FollowUpItem.objects.answerable_by(request.user).with_related(), pk=pk)
    form = AnswerForm(request.POST or None, item=item)
    conflict = False
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.answer_item(item, user=request.user, status=data["status"], is_delayed=data["is_delayed"],
                                 note=data["note"], expected_version=data["version"],
                                 expected_action_version=data["action_version"])
        except services.AnswerConflict as error:
            conflict = True
            item = error.current
            fresh = request.POST.copy()
            fresh["version"], fresh["action_version"] = item.version, item.action.version
            form = AnswerForm(fresh, item=item)
            form.is_valid()
            form.add_error(None, _("Handlingen er blevet besvaret eller ændret af en anden, mens du svarede. Dit svar "
                                   "er ikke gemt, men din tekst er bevaret herunder. Se det aktuelle svar, og gem "
                                   "igen, hvis dit svar stadig skal med."))
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for name, errors in error.error_dict.items():
                    form.add_error(name if name in form.fields else None, errors)
            else:
                form.add_error(None, error)
        else:
            messages.success(request, _("Dit svar er gemt."))
            return redirect(reverse("followup:mine") + f"#punkt-{item.pk}")
    status = 409 if conflict else (400 if form.is_bound and form.errors else 200)
    return render(request, "followup/answer.html", {
        "item": item, "form": form, "conflict": conflict,
        "crumbs": _crumbs({"label": item.short_text, "url": ""}),
    }, status=status)


@login_required
@require_POST
def done(request, pk):
    round_ = get_object_or_404(FollowUpRound.objects.open(), pk=pk)
    items = [item for item in _my_items(request.user) if item.round_id == round_.pk]
    if not items:
        raise Http404
    try:
        services.mark_done(round_, user=request.user, items=items)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Du har meldt runden færdig. Tak for dine svar."))
    return redirect("followup:mine")


@login_required
def round_list(request):
    _require_leadership(request)
    rounds = FollowUpRound.objects.select_related("plan", "opened_by", "closed_by").order_by("-deadline", "-pk")
    return render(request, "followup/rounds.html", {
        "rounds": rounds, "crumbs": _crumbs({"label": _("Opfølgningsrunder"), "url": ""}),
    })


@login_required
def round_open(request):
    _require_leadership(request)
    form = OpenRoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            round_ = services.open_round(data["plan"], user=request.user, deadline=data["deadline"],
                                         reminder_days=data["reminder_days"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(round)s er åbnet med %(count)s handlinger.")
                             % {"round": round_.title, "count": round_.items.count()})
            return redirect("followup:round_detail", pk=round_.pk)
    return render(request, "followup/round_form.html", {
        "form": form, "crumbs": _crumbs({"label": _("Opfølgningsrunder"), "url": reverse("followup:round_list")},
                                        {"label": _("Ny runde"), "url": ""}),
    }, status=400 if form.is_bound and form.errors else 200)


@login_required
def round_detail(request, pk):
    _require_leadership(request)
    round_ = get_object_or_404(FollowUpRound.objects.select_related("plan", "opened_by", "closed_by"), pk=pk)
    items = services.round_items(round_)
    previous, changed = services.changes(round_, items)
    done_ids = set(round_.completions.values_list("person_id", flat=True))
    return render(request, "followup/round.html", {
        "round": round_, "items": items, "progress": services.progress(items, changed),
        "previous": previous, "changed": changed,
        "late": [item for item in items if item.is_delayed],
        "waiting": services.waiting_owners(items, done_ids) if round_.is_open else [],
        "crumbs": _crumbs({"label": _("Opfølgningsrunder"), "url": reverse("followup:round_list")},
                          {"label": round_.title, "url": ""}),
    })


@login_required
@require_POST
def round_close(request, pk):
    _require_leadership(request)
    round_ = get_object_or_404(FollowUpRound, pk=pk)
    try:
        services.close_round(round_, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(round)s er lukket; svarene er gemt, som de er.") % {"round": round_.title})
    return redirect("followup:round_detail", pk=round_.pk)
