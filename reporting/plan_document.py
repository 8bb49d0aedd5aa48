"""Everything "Det gør vi <år>" shows, gathered for one plan in a fixed number of queries.

The same `PlanDocument` feeds the web pages, the HTML and PDF exports and the Excel workbook,
so the printed plan and its web page cannot drift apart.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from obb.charts import Series, bar_chart, pie_chart
from strategy.models import Action, KeyFigureRow, KeyFigureTable, PhotoCaption, Plan, ProgressNote

MINUS = "\u2212"


def format_number(value):
    """A key figure in Danish format: 62.612.478, −8.010.657, 12,5; empty for no value."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    decimals = 0 if float(value).is_integer() else 1
    # The plan is a Danish document whatever language the reader's interface is in.
    with translation.override("da"):
        text = number_format(abs(value), decimal_pos=decimals, force_grouping=True)
    return f"{MINUS}{text}" if value < 0 else text


@dataclass
class Cell:
    text: str
    value: object


@dataclass
class TableRow:
    label: str
    level: int
    is_total: bool
    cells: list


@dataclass
class FigureTable:
    table: KeyFigureTable
    rows: list
    chart: str = ""

    @property
    def title(self):
        return self.table.title

    @property
    def anchor(self):
        return f"noegletal-{self.table.slug}"


@dataclass
class PejlemaerkeSection:
    pejlemaerke: object
    priorities: list
    actions: list

    @property
    def anchor(self):
        return f"pejlemaerke-{self.pejlemaerke.slug}"


@dataclass
class PlanDocument:
    plan: Plan
    strategy: object
    forewords: list
    values: list
    sections: list
    projects: list
    partners: list
    tables: list
    photos: dict = field(default_factory=dict)
    kerneopgave_context: dict = field(default_factory=dict)

    @property
    def actions(self):
        return [action for section in self.sections for action in section.actions]

    def photos_at(self, placement):
        return self.photos.get(placement, [])

    @property
    def photos_after_forewords(self):
        return self.photos_at(PhotoCaption.Placement.AFTER_FOREWORDS)

    @property
    def photos_handlinger_intro(self):
        return self.photos_at(PhotoCaption.Placement.HANDLINGER_INTRO)

    @property
    def project_groups(self):
        """The projects table's rows grouped by pejlemærke, in the order the table prints them."""
        groups = []
        for project in self.projects:
            if groups and groups[-1][0] == project.pejlemaerke:
                groups[-1][1].append(project)
            else:
                groups.append((project.pejlemaerke, [project]))
        return groups

    @property
    def unplaced_photos(self):
        placed = (PhotoCaption.Placement.AFTER_FOREWORDS, PhotoCaption.Placement.HANDLINGER_INTRO)
        return [photo for key, photos in self.photos.items() if key not in placed for photo in photos]


def _legend(label, width=46):
    """A label short enough for the chart's legend; the table beside it has it in full."""
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def _table_chart(table, rows):
    spec = table.chart or {}
    if not spec or not rows or not table.columns:
        return ""
    body = [row for row in rows if not row.is_total]
    title = spec.get("title") or table.title
    description = spec.get("subtitle") or ""
    if spec.get("kind") == "pie":
        slices = [(_legend(row.label), row.values[0]) for row in body if row.level == 0 and row.values]
        return pie_chart(title, slices, description=description or title)
    if spec.get("kind") == "bar":
        column = len(table.columns) - 1
        categories = [_legend(row.label, 30) for row in body]
        values = [row.values[column] if len(row.values) > column else None for row in body]
        return bar_chart(title, categories, [Series(table.columns[column]["label"], values)],
                         description=description or title)
    return ""


def build_plan_document(plan, *, with_owners=False):
    """Load `plan` with everything the printed plan shows. `with_owners` also fetches each
    action's unit, owner and progress notes (for the Excel workbook)."""
    plan = Plan.objects.select_related("strategy").get(pk=plan.pk)
    strategy = plan.strategy
    actions = Action.objects.filter(plan=plan, is_archived=False).order_by("pejlemaerke__number", "order", "pk")
    if with_owners:
        actions = actions.select_related("unit", "owner", "priority").prefetch_related(
            "goals", Prefetch("notes", queryset=ProgressNote.objects.select_related("author")))
    by_pejlemaerke = {}
    for action in actions:
        by_pejlemaerke.setdefault(action.pejlemaerke_id, []).append(action)
    pejlemaerker = strategy.pejlemaerker.prefetch_related("priorities").order_by("number")
    sections = [PejlemaerkeSection(p, list(p.priorities.all()), by_pejlemaerke.get(p.pk, [])) for p in pejlemaerker]

    tables = []
    for table in plan.key_figure_tables.prefetch_related(
            Prefetch("rows", queryset=KeyFigureRow.objects.order_by("order"))).order_by("order"):
        rows = list(table.rows.all())
        formatted = [
            TableRow(row.label, row.level, row.is_total,
                     [Cell(format_number(row.values[i] if i < len(row.values) else None),
                           row.values[i] if i < len(row.values) else None) for i in range(len(table.columns))])
            for row in rows
        ]
        with translation.override("da"):
            chart = _table_chart(table, rows)
        tables.append(FigureTable(table, formatted, chart))

    photos = {}
    for photo in plan.photos.order_by("order"):
        photos.setdefault(photo.placement or "", []).append(photo)

    return PlanDocument(
        plan=plan,
        strategy=strategy,
        forewords=list(plan.forewords.order_by("order")),
        values=list(strategy.values.order_by("order")),
        sections=sections,
        projects=list(plan.projects.select_related("pejlemaerke").order_by("order")),
        partners=list(plan.partners.order_by("order", "name")),
        tables=tables,
        photos=photos,
        kerneopgave_context=(strategy.extra or {}).get("kerneopgave_context") or {},
    )


def status_chart(plan):
    """The plan's actions by status: an SVG bar chart and the rows of the table beside it."""
    counts = dict(
        Action.objects.filter(plan=plan, is_archived=False).values_list("status").annotate(n=Count("pk"))
        .order_by().values_list("status", "n")
    )
    rows = [(label, counts.get(value, 0)) for value, label in Action.Status.choices]
    chart = bar_chart(_("Handlinger efter status"), [label for label, _n in rows],
                      [Series(_("Handlinger"), [n for _label, n in rows])],
                      description=_("Antal handlinger i planen fordelt på status"), label_width=120)
    return chart, rows
