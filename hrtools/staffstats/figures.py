"""The personaleregnskab as published tables: each dimension over the years, optionally for one
unit's subtree, always through `publication.publish_table`. The page, the PDF and the Excel file
all call `build_report`, so they show the same (suppressed) figures."""

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Max
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.translation import gettext as _

from hrtools.staffstats.dimensions import DIMENSIONS, UNIT_KEY, UNKNOWN, UNKNOWN_LABEL, Dimension
from hrtools.staffstats.models import ReferenceFigure, Snapshot, SnapshotPerson
from hrtools.staffstats.publication import EXPLANATION, PublishedTable, publish_table, suppress_lines
from obb.charts import Series, bar_chart
from obb.models import Unit

CHART_SERIES = 4  # the chart compares the latest years (and Odense); the table shows every year


@dataclass
class DimensionFigures:
    key: str
    label: str
    table: PublishedTable
    references: list  # Odense's share per row (Decimal or None), or [] when not comparable
    reference_source: str = ""
    reference_is_demo: bool = False

    @property
    def has_reference(self):
        return any(value is not None for value in self.references)

    def rows(self):
        """(label, cells, reference share) per row, for templates and the Excel sheet."""
        references = self.references or [None] * len(self.table.rows)
        return [(label, cells, ref) for (label, cells, _total), ref in zip(self.table.body(), references, strict=True)]

    def chart(self):
        """Bars of the shares (percent) of the latest years beside Odense's, as SVG. Hidden cells
        have no bar: the chart publishes nothing the table does not."""
        table = self.table
        years = list(range(len(table.column_labels)))[-(CHART_SERIES - 1 if self.has_reference else CHART_SERIES):]
        series = [Series(str(table.column_labels[j]), [row[j].share for row in table.rows]) for j in years]
        if self.has_reference:
            series.append(Series(_("Odense"), list(self.references), color="#5c5c5c"))
        description = _("Andel i procent pr. kategori. Tallene står også i tabellen.")
        labels = [_short(label) for label in table.row_labels]
        return bar_chart(f"{self.label} – {_('andel i procent')}", labels, series, description=description)


def _short(label, limit=28):
    label = str(label)
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


@dataclass
class Report:
    unit: Unit | None
    years: list
    dimensions: list = field(default_factory=list)
    explanation: str = str(EXPLANATION)

    def get(self, key):
        return next(figures for figures in self.dimensions if figures.key == key)


ALL = ("all", None)  # the whole organisation
TOTAL = ("", "")  # the (dimension, category) of a group's total


def _subtree(pk):
    return ("sub", pk)


def _direct(pk):
    """The staff placed directly in unit `pk` (None: people with no unit)."""
    return ("own", pk)


def _unit_categories(units, base):
    """Rows of the unit dimension: the units right below `base` (each with its subtree), and
    `base` itself for people placed directly in it, as (group, label, is_direct)."""
    children = sorted((unit for unit in units if unit.parent_id == (base.pk if base else None)),
                      key=lambda unit: unit.name)
    categories = []
    if base is not None:
        categories.append((_direct(base.pk), _("%(unit)s (direkte)") % {"unit": base.name}, True))
    categories += [(_subtree(child.pk), child.name, False) for child in children]
    return categories


def _codes(dimension):
    return [code for code, _label in dimension.categories] + [UNKNOWN]


def _suppress_hierarchy(units, counts, years):
    """The privacy rule over every group any filter shows, at once. The groups are the whole
    organisation, each unit's subtree and each unit's direct staff; the equations are each
    group's categories adding up to its total, and each subtree adding up to its direct staff
    plus its sub-units' subtrees (the organisation: its root units plus people with no unit).
    The difference between a filter and any filter inside it (the organisation, or a unit,
    minus a unit below it) is a group of its own with the same equations, so that difference is
    never 1–4 beside both figures. Complementary cells are taken from the groups no table shows
    first (direct staff, differences), then from the deepest unit, so the whole organisation's
    figures stay as complete as they can."""
    children, by_pk = {}, {unit.pk: unit for unit in units}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit.pk)
    groups = [ALL, _direct(None)]
    groups += [group for unit in units for group in (_subtree(unit.pk), _direct(unit.pk))]
    pairs = []  # (outer, inner, difference) for every filter and every unit inside it
    for unit in units:
        ancestor = by_pk.get(unit.parent_id)
        outers = [ALL]
        while ancestor is not None:
            outers.append(_subtree(ancestor.pk))
            ancestor = by_pk.get(ancestor.parent_id)
        pairs += [(outer, _subtree(unit.pk), ("diff", outer, unit.pk)) for outer in outers]
    groups += [difference for _outer, _inner, difference in pairs]
    cells = [TOTAL] + [(dimension.key, code) for dimension in DIMENSIONS for code in _codes(dimension)]
    lines = []
    for year in years:
        for group in groups:
            for dimension in DIMENSIONS:
                lines.append([(group, dimension.key, code, year) for code in _codes(dimension)]
                             + [(group, *TOTAL, year)])
        for parent, whole in [(None, ALL)] + [(unit.pk, _subtree(unit.pk)) for unit in units]:
            parts = [whole, _direct(parent)] + [_subtree(pk) for pk in children.get(parent, [])]
            lines += [[(part, *cell, year) for part in parts] for cell in cells]
        for outer, inner, difference in pairs:
            lines += [[(part, *cell, year) for part in (outer, inner, difference)] for cell in cells]

    def count(key):
        group, *cell = key
        if group[0] == "diff":
            return counts.get((group[1], *cell), 0) - counts.get((_subtree(group[2]), *cell), 0)
        return counts.get(key, 0)

    values = {key: count(key) for line in lines for key in line}
    rank = {ALL: 0, _direct(None): 10_000}
    rank.update({difference: 10_000 for _outer, _inner, difference in pairs})
    for unit in units:
        rank[_subtree(unit.pk)] = 1 + unit.depth
        rank[_direct(unit.pk)] = 10_000

    def order(key):
        return (key[1] == TOTAL[0], -rank[key[0]], values[key], str(key))

    return suppress_lines(values, lines, order=order)


def build_report(unit=None, keys=None):
    """Every dimension (or those in `keys`) for every snapshot year, for `unit`'s subtree or the
    whole organisation. The suppression is worked out for every filter at once (see
    `_suppress_hierarchy`), so the figures of one filter never give away another's hidden ones.
    Four queries, however many people and years."""
    years = list(Snapshot.objects.order_by("year").values_list("year", flat=True))
    units = list(Unit.objects.order_by("path"))
    by_pk = {u.pk: u for u in units}
    if unit is None:
        roots = [u for u in units if u.parent_id is None]
        base = roots[0] if len(roots) == 1 else None
        scope = ALL
    else:
        base = unit
        scope = _subtree(unit.pk)
    fields = [dimension.key for dimension in DIMENSIONS]
    rows = list(SnapshotPerson.objects.values_list("snapshot__year", "unit_id", *fields))
    references = {}
    for figure in ReferenceFigure.objects.all():
        references[(figure.dimension, figure.category)] = figure

    groups_of = {None: [_direct(None), ALL]}
    for u in units:
        chain, parent = [_direct(u.pk)], u
        while parent is not None:
            chain.append(_subtree(parent.pk))
            parent = by_pk.get(parent.parent_id)
        groups_of[u.pk] = [*chain, ALL]
    counts = Counter()
    for year, unit_id, *values in rows:
        for group in groups_of.get(unit_id, groups_of[None]):
            counts[(group, *TOTAL, year)] += 1
            for key, code in zip(fields, values, strict=True):
                counts[(group, key, code, year)] += 1
    hidden = _suppress_hierarchy(units, counts, years)
    report = Report(unit=unit, years=years)

    def published(cells, labels, title):
        """The table of `cells` ((group, dimension, category) per row) with the hierarchy's pattern."""
        matrix = [[counts.get((*cell, year), 0) for year in years] for cell in cells]
        pattern = {(i, j): hidden[(*cell, year)] for i, cell in enumerate(cells) for j, year in enumerate(years)
                   if (*cell, year) in hidden}
        pattern.update({(len(cells), j): hidden[(scope, *TOTAL, year)] for j, year in enumerate(years)
                        if (scope, *TOTAL, year) in hidden})
        return publish_table(matrix, row_labels=labels, column_labels=years, title=title, pattern=pattern)

    for dimension in DIMENSIONS:
        if keys and dimension.key not in keys:
            continue
        codes = [code for code, _label in dimension.categories]
        labels = [str(label) for _code, label in dimension.categories]
        if any(counts.get((scope, dimension.key, UNKNOWN, year)) for year in years):
            codes.append(UNKNOWN)
            labels.append(str(UNKNOWN_LABEL))
        table = published([(scope, dimension.key, code) for code in codes], labels, str(dimension.label))
        report.dimensions.append(_dimension_figures(dimension, table, codes, references))

    if not keys or UNIT_KEY in keys:
        categories = _unit_categories(units, base)
        if scope == ALL and any(counts.get((_direct(None), *TOTAL, year)) for year in years):
            categories.append((_direct(None), _("Ukendt enhed"), True))
        categories = [(group, label) for group, label, direct in categories
                      if not direct or any(counts.get((group, *TOTAL, year)) for year in years)]
        table = published([(group, *TOTAL) for group, _label in categories],
                          [label for _group, label in categories], _("Enhed"))
        report.dimensions.append(DimensionFigures(UNIT_KEY, _("Enhed"), table, []))
    return report


def _dimension_figures(dimension: Dimension, table, codes, references):
    refs, source, is_demo = [], "", False
    if dimension.has_reference:
        figures = [references.get((dimension.key, code)) for code in codes]
        refs = [figure.share if figure else None for figure in figures]
        known = [figure for figure in figures if figure]
        source = known[0].source if known else ""
        is_demo = any(figure.is_demo for figure in known)
    return DimensionFigures(dimension.key, str(dimension.label), table, refs, source, is_demo)


# --- Cache -------------------------------------------------------------------------------------

REPORT_CACHE_SECONDS = 60 * 60
_generation = [0]  # bumped on every change this process saves; the fingerprint covers the others


def _changed(**kwargs):
    _generation[0] += 1


for _model in (Snapshot, SnapshotPerson, Unit, ReferenceFigure):
    post_save.connect(_changed, sender=_model, dispatch_uid=f"staffstats-report-{_model.__name__}")
    post_delete.connect(_changed, sender=_model, dispatch_uid=f"staffstats-report-delete-{_model.__name__}")


def _fingerprint():
    """What changes whenever the data behind the report does, in three small queries: the
    snapshots and their people (a new snapshot replaces its people and re-saves the snapshot,
    which moves `created_at`), and the history of the units and the reference figures."""
    snapshots = Snapshot.objects.aggregate(
        snapshot_count=Count("pk", distinct=True), last_snapshot=Max("pk"), changed=Max("created_at"),
        person_count=Count("people"), last_person=Max("people__id"))
    units = Unit.history.aggregate(last=Max("history_id"), count=Count("history_id"))
    references = ReferenceFigure.history.aggregate(last=Max("history_id"), count=Count("history_id"))
    return (_generation[0], *snapshots.values(), *units.values(), *references.values())


def cached_report(unit=None):
    """`build_report(unit)` from the cache while none of its data has changed. The report costs
    time in proportion to people × years (the suppression works on every group at once), the
    fingerprint three small queries."""
    key = "staffstats-report:" + hashlib.sha256(repr(
        (unit.pk if unit else None, translation.get_language(), _fingerprint())).encode()).hexdigest()
    report = cache.get(key)
    if report is None:
        report = build_report(unit)
        cache.set(key, report, REPORT_CACHE_SECONDS)
    return report
