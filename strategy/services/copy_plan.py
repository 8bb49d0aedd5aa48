"""Starting next year's plan as a copy of this year's."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from strategy.models import Action, Partner, Plan, Project, StrategyPeriod


@dataclass
class CopyResult:
    plan: Plan
    carried_over: int  # actions carried over
    left_behind: int  # actions not done that could not be carried over (no matching pejlemærke)


def strategy_for_year(year, fallback):
    """The main strategy covering `year`, else `fallback` (the strategy of the plan copied)."""
    covering = (
        StrategyPeriod.objects.filter(kind=StrategyPeriod.Kind.MAIN, start_year__lte=year, end_year__gte=year)
        .order_by("-start_year")
        .first()
    )
    return covering or fallback


def next_title(plan, year):
    return plan.title.replace(str(plan.year), str(year)) if str(plan.year) in plan.title else _(
        "Det gør vi %(year)s") % {"year": year}


def check_can_copy(plan, user):
    if not (user.is_authenticated and user.is_leadership):
        raise PermissionDenied
    if Plan.objects.filter(year=plan.year + 1).exists():
        raise ValidationError(
            _("Planen for %(year)s findes allerede. Den kan ikke oprettes igen som kopi.") % {"year": plan.year + 1}
        )


def _copy(instance, **changes):
    """An unsaved copy of `instance` with `changes` applied."""
    values = {
        f.attname: getattr(instance, f.attname)
        for f in instance._meta.concrete_fields
        if not f.primary_key
    }
    values.update(changes)
    return type(instance)(**values)


def _pejlemaerke_map(old_strategy, new_strategy):
    """Old pejlemærke id → new pejlemærke, matched by short name, then by name."""
    old = list(old_strategy.pejlemaerker.all())
    if old_strategy.pk == new_strategy.pk:
        return {p.pk: p for p in old}, {}
    new = list(new_strategy.pejlemaerker.prefetch_related("priorities"))
    by_slug = {p.slug: p for p in new}
    by_name = {p.name.casefold(): p for p in new}
    mapping = {}
    for pejlemaerke in old:
        match = by_slug.get(pejlemaerke.slug) or by_name.get(pejlemaerke.name.casefold())
        if match is not None:
            mapping[pejlemaerke.pk] = match
    priorities = {}
    for pejlemaerke in old_strategy.pejlemaerker.prefetch_related("priorities"):
        match = mapping.get(pejlemaerke.pk)
        if match is None:
            continue
        texts = {priority.text: priority for priority in match.priorities.all()}
        for priority in pejlemaerke.priorities.all():
            if priority.text in texts:
                priorities[priority.pk] = texts[priority.text]
    return mapping, priorities


def copy_plan_to_next_year(plan, user):
    """Create next year's plan as a draft copy of `plan`.

    Copied: the texts of the plan, forewords, photo captions, partners, projects and key-figure
    tables with their rows (for leadership to update), and every action that is not done,
    dropped or archived, with its pejlemærke, priority, unit, owner, status, goals and links to
    the copied partners and projects; `carried_over_from` points at the original. Progress
    notes stay with the original. An action whose planned end lies before the new year gets
    its end cleared, since it is no longer known. Raises PermissionDenied for anyone but
    leadership and a Danish ValidationError when next year's plan exists already."""
    with transaction.atomic():
        plan = Plan.objects.select_for_update().get(pk=plan.pk)
        check_can_copy(plan, user)
        year = plan.year + 1
        strategy = strategy_for_year(year, plan.strategy)
        pejlemaerker, priorities = _pejlemaerke_map(plan.strategy, strategy)
        same_strategy = strategy.pk == plan.strategy_id

        new_plan = _copy(
            plan, year=year, title=next_title(plan, year), strategy_id=strategy.pk, status=Plan.Status.DRAFT,
            approved_at=None, approved_by_id=None, published_at=None, published_by_id=None, copied_from_id=plan.pk,
        )
        new_plan.save()

        for foreword in plan.forewords.all():
            _copy(foreword, plan_id=new_plan.pk).save()
        for photo in plan.photos.all():
            _copy(photo, plan_id=new_plan.pk).save()
        partners = {}
        for partner in plan.partners.all():
            partners[partner.pk] = _copy(partner, plan_id=new_plan.pk)
            partners[partner.pk].save()
        projects = {}
        for project in plan.projects.all():
            new_pejlemaerke = pejlemaerker.get(project.pejlemaerke_id)
            projects[project.pk] = _copy(project, plan_id=new_plan.pk,
                                         pejlemaerke_id=new_pejlemaerke.pk if new_pejlemaerke else None)
            projects[project.pk].save()
        for table in plan.key_figure_tables.prefetch_related("rows"):
            new_table = _copy(table, plan_id=new_plan.pk)
            new_table.save()
            for row in table.rows.all():
                _copy(row, table_id=new_table.pk).save()

        open_actions = (
            plan.actions.active()
            .exclude(status__in=[Action.Status.DONE, Action.Status.DROPPED])
            .order_by("pejlemaerke__number", "order", "pk")
            .prefetch_related("goals", Prefetch("partners", queryset=Partner.objects.only("pk")),
                              Prefetch("projects", queryset=Project.objects.only("pk")))
        )
        carried, left_behind = 0, 0
        for action in open_actions:
            new_pejlemaerke = pejlemaerker.get(action.pejlemaerke_id)
            if new_pejlemaerke is None:
                left_behind += 1
                continue
            priority_id = action.priority_id if same_strategy else getattr(
                priorities.get(action.priority_id), "pk", None)
            changes = {}
            if action.end_year and action.end_year < year:
                changes = {"end_year": None, "end_quarter": None}
            new_action = _copy(
                action, plan_id=new_plan.pk, pejlemaerke_id=new_pejlemaerke.pk, priority_id=priority_id,
                carried_over_from_id=action.pk, version=1, is_archived=False, **changes,
            )
            new_action.save()
            goals = list(action.goals.all())
            if goals:
                new_action.goals.set(goals)
            linked_partners = [partners[p.pk] for p in action.partners.all() if p.pk in partners]
            if linked_partners:
                new_action.partners.set(linked_partners)
            linked_projects = [projects[p.pk] for p in action.projects.all() if p.pk in projects]
            if linked_projects:
                new_action.projects.set(linked_projects)
            carried += 1
    return CopyResult(new_plan, carried, left_behind)



def copy_summary(plan):
    """What `copy_plan_to_next_year` would copy, for the confirmation page."""
    actions = plan.actions.all()
    carried = actions.active().exclude(status__in=[Action.Status.DONE, Action.Status.DROPPED]).count()
    year = plan.year + 1
    return {
        "year": year,
        "exists": Plan.objects.filter(year=year).exists(),
        "strategy": strategy_for_year(year, plan.strategy),
        "carried_over": carried,
        "left_behind": actions.count() - carried,
        "forewords": plan.forewords.count(),
        "partners": plan.partners.count(),
        "projects": plan.projects.count(),
        "key_figure_tables": plan.key_figure_tables.count(),
    }
