"""Leadership edits the plan's printed content: pejlemærker and their priorities, forewords,
partners, projects and key-figure tables. Everyone else gets 403. A published plan is
read-only: its edit pages send the user back to the plan with a message and change nothing.
Every save goes through the ORM, so django-simple-history records who changed what.

Two leaders may open the same page: a save made from a page whose saved state has changed since
it was opened is refused with 409, keeping what the person wrote and showing what changed
meanwhile (`forms.SavedStateForm`)."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from strategy.forms import editing as forms
from strategy.models import (
    Foreword,
    KeyFigureRow,
    KeyFigureTable,
    Partner,
    Pejlemaerke,
    PhotoCaption,
    Plan,
    Priority,
    Project,
)


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


def _save_unless_changed(state, lock, save, *bound_forms):
    """Validate `bound_forms` and save them with `save()`, unless the page's saved state has
    changed since it was opened. Returns (saved, conflict); `conflict` is None or what changed
    meanwhile. `lock` (a queryset of one row) serialises two saves of the same content, so the
    check and the save see the same state."""
    conflict = state.changed_meanwhile()
    if conflict is not None or not all([form.is_valid() for form in bound_forms]):
        return False, conflict
    with transaction.atomic():
        list(lock.select_for_update().values_list("pk"))
        conflict = state.changed_meanwhile()
        if conflict is None:
            save()
    return conflict is None, conflict


def _render(request, template, context, state, conflict=None):
    """The edit page. After a refused save it answers 409, keeps the person's input, and carries
    the current saved state, so that saving again is a deliberate choice."""
    if conflict is not None:
        state = forms.SavedStateForm(parts=state.parts)
    return render(request, template, {**context, "state_form": state, "conflict": conflict},
                  status=409 if conflict is not None else 200)


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
        "photo_count": plan.photos.count(),
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
    state = forms.SavedStateForm(_data(request), parts=[
        (Pejlemaerke, {"id": pejlemaerke.pk}, forms.PejlemaerkeForm),
        (Priority, {"pejlemaerke": pejlemaerke.pk}, forms.PriorityFormSet),
    ])
    form = forms.PejlemaerkeForm(_data(request), instance=pejlemaerke, prefix="pejlemaerke")
    formset = forms.PriorityFormSet(_data(request), instance=pejlemaerke, prefix="priorities")
    conflict = None
    if request.method == "POST":
        def save():
            if form.has_changed():
                form.save()
            formset.save_in_order()

        lock = Pejlemaerke.objects.filter(pk=pejlemaerke.pk)
        saved, conflict = _save_unless_changed(state, lock, save, form, formset)
        if saved:
            return _saved(request, plan, _("Pejlemærket »%(name)s« er gemt.") % {"name": pejlemaerke.name},
                          to="strategy:pejlemaerke_detail", slug=pejlemaerke.slug)
    return _render(request, "strategy/editing/pejlemaerke_edit.html", {
        "plan": plan, "pejlemaerke": pejlemaerke, "form": form, "formset": formset,
    }, state, conflict)


@leadership_edit
def foreword_edit(request, plan, kind):
    if kind not in Foreword.Kind.values:
        raise Http404
    foreword = plan.forewords.filter(kind=kind).first() or Foreword(
        plan=plan, kind=kind, heading=Foreword.Kind(kind).label,
        order=list(Foreword.Kind.values).index(kind),
    )
    state = forms.SavedStateForm(_data(request), parts=[
        (Foreword, {"plan": plan.pk, "kind": kind}, forms.ForewordForm),
    ])
    form = forms.ForewordForm(_data(request), instance=foreword)
    conflict = None
    if request.method == "POST":
        def save():
            if form.has_changed() or foreword.pk is None:
                form.save()

        saved, conflict = _save_unless_changed(state, Plan.objects.filter(pk=plan.pk), save, form)
        if saved:
            return _saved(request, plan, _("»%(heading)s« er gemt.") % {"heading": form.instance.heading})
    return _render(request, "strategy/editing/foreword_edit.html", {
        "plan": plan, "form": form, "kind_label": Foreword.Kind(kind).label,
    }, state, conflict)


@leadership_edit
def partners_edit(request, plan):
    state = forms.SavedStateForm(_data(request), parts=[
        (Plan, {"id": plan.pk}, forms.PartnersIntroForm),
        (Partner, {"plan": plan.pk}, forms.PartnerFormSet),
    ])
    form = forms.PartnersIntroForm(_data(request), instance=plan, prefix="plan")
    formset = forms.PartnerFormSet(_data(request), instance=plan, prefix="partners")
    conflict = None
    if request.method == "POST":
        def save():
            if form.has_changed():
                form.save()
            formset.save_in_order()

        saved, conflict = _save_unless_changed(state, Plan.objects.filter(pk=plan.pk), save, form, formset)
        if saved:
            return _saved(request, plan, _("Partnerne er gemt."))
    return _render(request, "strategy/editing/partners_edit.html", {
        "plan": plan, "form": form, "formset": formset,
    }, state, conflict)


def _edit_plan_rows(request, plan, formset, model, template, saved_text):
    """An edit page of one formset of the plan's own rows (its projects, its photos)."""
    state = forms.SavedStateForm(_data(request), parts=[(model, {"plan": plan.pk}, type(formset))])
    conflict = None
    if request.method == "POST":
        saved, conflict = _save_unless_changed(state, Plan.objects.filter(pk=plan.pk), formset.save_in_order,
                                               formset)
        if saved:
            return _saved(request, plan, saved_text)
    return _render(request, template, {"plan": plan, "formset": formset}, state, conflict)


@leadership_edit
def photos_edit(request, plan):
    """The plan's photos and their captions: upload, caption, alternative text, placement,
    order; a row without an image keeps the caption alone, as the printed plan has them."""
    files = request.FILES if request.method == "POST" else None
    formset = forms.PhotoFormSet(_data(request), files, instance=plan, prefix="photos")
    return _edit_plan_rows(request, plan, formset, PhotoCaption, "strategy/editing/photos_edit.html",
                           _("Billederne er gemt."))


@leadership_edit
def projects_edit(request, plan):
    formset = forms.ProjectFormSet(
        _data(request), instance=plan, prefix="projects",
        queryset=plan.projects.select_related("pejlemaerke"),
        form_kwargs={"pejlemaerker": plan.strategy.pejlemaerker.all()},
    )
    return _edit_plan_rows(request, plan, formset, Project, "strategy/editing/projects_edit.html",
                           _("Projekterne er gemt."))


@leadership_edit
def keyfigure_edit(request, plan, slug):
    table = get_object_or_404(plan.key_figure_tables, slug=slug)
    columns = forms.column_labels(table)
    form = forms.KeyFigureTableForm(_data(request), instance=table, prefix="table")
    formset = forms.KeyFigureRowFormSet(
        _data(request), instance=table, prefix="rows", form_kwargs={"columns": columns},
    )
    state = forms.SavedStateForm(_data(request), parts=[
        (KeyFigureTable, {"id": table.pk}, forms.KeyFigureTableForm),
        (KeyFigureRow, {"table": table.pk}, forms.KeyFigureRowFormSet),
    ])
    conflict = None
    if request.method == "POST":
        def save():
            if form.has_changed():
                form.save()
            formset.save_in_order()

        lock = KeyFigureTable.objects.filter(pk=table.pk)
        saved, conflict = _save_unless_changed(state, lock, save, form, formset)
        if saved:
            return _saved(request, plan, _("Tabellen »%(title)s« er gemt.") % {"title": form.instance.title})
    return _render(request, "strategy/editing/keyfigure_edit.html", {
        "plan": plan, "table": table, "columns": columns, "form": form, "formset": formset,
    }, state, conflict)
