"""Leadership edits the plan's printed content: pejlemærker and their priorities, forewords,
partners, projects and key-figure tables. Everyone else gets 403. A published plan is
read-only: its edit pages send the user back to the plan with a message and change nothing.
Every save goes through the ORM, so django-simple-history records who changed what."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from strategy.forms import editing as forms
from strategy.models import Foreword, Plan


def _locked_message(plan, locked_by=None):
    if locked_by is not None and locked_by != plan:
        return _(
            "Strategien indgår i den offentliggjorte plan for %(year)s og kan ikke længere ændres."
        ) % {"year": locked_by.year}
    return _("Planen for %(year)s er offentliggjort, og dens indhold kan ikke længere ændres.") % {
        "year": plan.year
    }


def leadership_edit(view):
    """Only leadership; the plan comes from the URL's year; a published plan is refused."""

    @login_required
    @wraps(view)
    def wrapper(request, year, **kwargs):
        if not request.user.is_leadership:
            raise PermissionDenied
        plan = get_object_or_404(Plan.objects.select_related("strategy"), year=year)
        if plan.content_is_locked:
            messages.error(request, _locked_message(plan))
            return redirect("strategy:plan_detail", year=plan.year)
        return view(request, plan, **kwargs)

    return wrapper


def _data(request):
    return request.POST if request.method == "POST" else None


def _saved(request, plan, text, to="strategy:plan_edit", **kwargs):
    messages.success(request, text)
    return redirect(to, year=plan.year, **kwargs)


@leadership_edit
def plan_edit(request, plan):
    """What leadership may edit in the plan, with a link to each."""
    return render(request, "strategy/editing/plan_edit.html", {
        "plan": plan,
        "pejlemaerker": plan.strategy.pejlemaerker.all(),
        "foreword_kinds": Foreword.Kind.choices,
        "tables": plan.key_figure_tables.all(),
        "partner_count": plan.partners.count(),
        "project_count": plan.projects.count(),
    })


@leadership_edit
def pejlemaerke_edit(request, plan, slug):
    pejlemaerke = get_object_or_404(plan.strategy.pejlemaerker, slug=slug)
    # The strategy is shared by every plan of its period: once one of them is published, the
    # pejlemærker read as printed there and are no longer edited.
    published = plan.strategy.plans.filter(status=Plan.Status.PUBLISHED).first()
    if published is not None:
        messages.error(request, _locked_message(plan, published))
        return redirect("strategy:pejlemaerke_detail", year=plan.year, slug=slug)
    form = forms.PejlemaerkeForm(_data(request), instance=pejlemaerke, prefix="pejlemaerke")
    formset = forms.PriorityFormSet(_data(request), instance=pejlemaerke, prefix="priorities")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        with transaction.atomic():
            if form.has_changed():
                form.save()
            formset.save_in_order()
        return _saved(request, plan, _("Pejlemærket »%(name)s« er gemt.") % {"name": pejlemaerke.name},
                      to="strategy:pejlemaerke_detail", slug=pejlemaerke.slug)
    return render(request, "strategy/editing/pejlemaerke_edit.html", {
        "plan": plan, "pejlemaerke": pejlemaerke, "form": form, "formset": formset,
    })


@leadership_edit
def foreword_edit(request, plan, kind):
    if kind not in Foreword.Kind.values:
        raise Http404
    foreword = plan.forewords.filter(kind=kind).first() or Foreword(
        plan=plan, kind=kind, heading=Foreword.Kind(kind).label,
        order=list(Foreword.Kind.values).index(kind),
    )
    form = forms.ForewordForm(_data(request), instance=foreword)
    if request.method == "POST" and form.is_valid():
        if form.has_changed() or foreword.pk is None:
            form.save()
        return _saved(request, plan, _("»%(heading)s« er gemt.") % {"heading": form.instance.heading})
    return render(request, "strategy/editing/foreword_edit.html", {
        "plan": plan, "form": form, "kind_label": Foreword.Kind(kind).label,
    })


@leadership_edit
def partners_edit(request, plan):
    form = forms.PartnersIntroForm(_data(request), instance=plan, prefix="plan")
    formset = forms.PartnerFormSet(_data(request), instance=plan, prefix="partners")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        with transaction.atomic():
            if form.has_changed():
                form.save()
            formset.save_in_order()
        return _saved(request, plan, _("Partnerne er gemt."))
    return render(request, "strategy/editing/partners_edit.html", {
        "plan": plan, "form": form, "formset": formset,
    })


@leadership_edit
def projects_edit(request, plan):
    formset = forms.ProjectFormSet(
        _data(request), instance=plan, prefix="projects",
        queryset=plan.projects.select_related("pejlemaerke"),
        form_kwargs={"pejlemaerker": plan.strategy.pejlemaerker.all()},
    )
    if request.method == "POST" and formset.is_valid():
        formset.save_in_order()
        return _saved(request, plan, _("Projekterne er gemt."))
    return render(request, "strategy/editing/projects_edit.html", {"plan": plan, "formset": formset})


@leadership_edit
def keyfigure_edit(request, plan, slug):
    table = get_object_or_404(plan.key_figure_tables, slug=slug)
    columns = forms.column_labels(table)
    form = forms.KeyFigureTableForm(_data(request), instance=table, prefix="table")
    formset = forms.KeyFigureRowFormSet(
        _data(request), instance=table, prefix="rows", form_kwargs={"columns": columns},
    )
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        with transaction.atomic():
            if form.has_changed():
                form.save()
            formset.save_in_order()
        return _saved(request, plan, _("Tabellen »%(title)s« er gemt.") % {"title": form.instance.title})
    return render(request, "strategy/editing/keyfigure_edit.html", {
        "plan": plan, "table": table, "columns": columns, "form": form, "formset": formset,
    })
