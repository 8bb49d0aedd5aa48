"""What the plan pages, the dashboard and the front-page panels read, each in a fixed number of
queries however many actions, partners or key figures a plan holds."""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.utils import numberformat

from strategy.models import Action, KeyFigureTable, Pejlemaerke, Plan, StrategyPeriod

RECENT_LIMIT = 10
# The plan and pejlemærke pages show the first actions of each pejlemærke and link to the
# (paginated) action list for the rest, so a plan of any size renders in the same time.
PLAN_PAGE_ACTIONS = 10
PEJLEMAERKE_PAGE_ACTIONS = 30
MINE_LIMIT = 10


# --- Plans -----------------------------------------------------------------------------------

def newest_plan():
    """The plan of the latest year, or None when there is none yet."""
    return Plan.objects.select_related("strategy").order_by("-year").first()


def plan_actions(plan):
    """The plan's actions that are not archived, with what a list of them shows."""
    return Action.objects.filter(plan=plan).active().select_related("unit", "owner").order_by("order", "pk")


def pejlemaerker_with_actions(plan, pejlemaerker=None, limit=None):
    """The pejlemærker of the plan's strategy, each with `priorities`, `plan_actions` (the
    first `limit` of them when a limit is given) and `action_count` (all of them)."""
    queryset = pejlemaerker if pejlemaerker is not None else plan.strategy.pejlemaerker.all()
    actions = plan_actions(plan)
    if limit is not None:
        actions = actions[:limit]
    return queryset.annotate(
        action_count=Count("actions", filter=Q(actions__plan=plan, actions__is_archived=False))
    ).prefetch_related(
        "priorities", Prefetch("actions", queryset=actions, to_attr="plan_actions")
    ).order_by("number")  # a grouped query leaves Meta.ordering out


def plan_contents(plan):
    """Everything the plan page shows, as the printed plan orders it."""
    return {
        "forewords": list(plan.forewords.all()),
        "partners": list(plan.partners.all()),
        "pejlemaerker": list(pejlemaerker_with_actions(plan, limit=PLAN_PAGE_ACTIONS)),
        "projects": list(plan.projects.select_related("pejlemaerke")),
        "key_figure_tables": [KeyFigureDisplay(table) for table in plan.key_figure_tables.prefetch_related("rows")],
    }


def plans_of(strategy):
    return Plan.objects.filter(strategy=strategy).order_by("-year")


def strategy_with_contents(slug):
    """A strategy with its values and pejlemærker (with priorities), for the strategy page."""
    return StrategyPeriod.objects.prefetch_related(
        "values", Prefetch("pejlemaerker", queryset=Pejlemaerke.objects.prefetch_related("priorities"))
    ).filter(slug=slug)


# --- Key figures -----------------------------------------------------------------------------

def format_number(value):
    """A key figure as the printed plan writes it: 62.612.478, -8.010.657, 12,5. Always Danish,
    whatever the reader's language: the plan is a Danish document, and the edit form reads
    numbers back in exactly this notation."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return numberformat.format(value, decimal_sep=",", grouping=3, thousand_sep=".", force_grouping=True)


@dataclass
class HeaderCell:
    label: str
    span: int = 1
    rows: int = 1


@dataclass
class KeyFigureDisplay:
    """A key-figure table laid out for a page: one or two header rows, rows of formatted cells."""

    table: KeyFigureTable
    group_row: list = field(default_factory=list)  # first header row when columns are grouped
    column_row: list = field(default_factory=list)
    rows: list = field(default_factory=list)

    def __post_init__(self):
        columns = self.table.columns or []
        if any(column.get("group") for column in columns):
            # Two header rows: the groups (an ungrouped column spans both rows), then the columns.
            for column in columns:
                group = column.get("group")
                if not group:
                    self.group_row.append(HeaderCell(column["label"], rows=2))
                elif self.group_row and self.group_row[-1].label == group and self.group_row[-1].rows == 1:
                    self.group_row[-1].span += 1
                else:
                    self.group_row.append(HeaderCell(group))
                if group:
                    self.column_row.append(HeaderCell(column["label"]))
        else:
            self.column_row = [HeaderCell(column["label"]) for column in columns]
        width = len(columns)
        for row in self.table.rows.all():
            values = list(row.values or [])[:width]
            values += [None] * (width - len(values))
            self.rows.append({"row": row, "cells": [format_number(value) for value in values]})

    @property
    def is_grouped(self):
        return bool(self.group_row)

    @property
    def colgroups(self):
        """Spans for <colgroup> elements, so that scope="colgroup" headers have a group."""
        return [cell.span for cell in self.group_row]

    @property
    def unit_text(self):
        return self.table.unit_note or self.table.unit


# --- Dashboard and panels --------------------------------------------------------------------

def mine_filter(user):
    """Actions `user` answers for: those they own and those of the units they lead."""
    condition = Q(owner=user)
    if user.is_manager and user.authority_unit_ids:
        condition |= Q(unit__in=user.authority_unit_ids)
    return condition


def status_counts_by_pejlemaerke(plan):
    """{pejlemærke id: {status: count}} for the plan's actions, in one query."""
    counts = {}
    rows = (
        Action.objects.filter(plan=plan).active().order_by().values("pejlemaerke_id", "status")
        .annotate(count=Count("pk"))
    )
    for row in rows:
        counts.setdefault(row["pejlemaerke_id"], {})[row["status"]] = row["count"]
    return counts


def status_counts(queryset):
    """{status: count} for a queryset of actions, in one query."""
    rows = queryset.order_by().values("status").annotate(count=Count("pk"))
    return {row["status"]: row["count"] for row in rows}


def my_actions(plan, user):
    return plan_actions(plan).filter(mine_filter(user)).select_related("pejlemaerke")


def recently_changed(plan, limit=RECENT_LIMIT):
    return (
        Action.objects.filter(plan=plan).active().select_related("pejlemaerke", "unit", "owner")
        .order_by("-updated_at", "-pk")[:limit]
    )
