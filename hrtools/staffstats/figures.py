"""The personaleregnskab as published tables: each dimension over the years, optionally for one
unit's subtree, always through `publication.publish_table`. The page, the PDF and the Excel file
all call `build_report`, so they show the same (suppressed) figures."""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from hrtools.staffstats.dimensions import DIMENSIONS, UNIT_KEY, UNKNOWN, UNKNOWN_LABEL, Dimension
from hrtools.staffstats.models import ReferenceFigure, Snapshot, SnapshotPerson
from hrtools.staffstats.publication import EXPLANATION, PublishedTable, publish_table
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


def _unit_categories(units, base):
    """Categories of the unit dimension: the units right below `base` (each with its subtree),
    and `base` itself for people placed directly in it."""
    children = sorted((unit for unit in units if unit.parent_id == (base.pk if base else None)),
                      key=lambda unit: unit.name)
    categories = []
    if base is not None:
        categories.append((base.path, _("%(unit)s (direkte)") % {"unit": base.name}, True))
    categories += [(child.path, child.name, False) for child in children]
    return categories


def _unit_category(path, categories):
    for index, (category_path, _label, exact) in enumerate(categories):
        if (path == category_path) if exact else path.startswith(category_path):
            return index
    return None


def build_report(unit=None, keys=None):
    """Every dimension (or those in `keys`) for every snapshot year, for `unit`'s subtree or the
    whole organisation. Four queries, however many people and years."""
    years = list(Snapshot.objects.order_by("year").values_list("year", flat=True))
    units = list(Unit.objects.order_by("path"))
    paths = {u.pk: u.path for u in units}
    if unit is None:
        roots = [u for u in units if u.parent_id is None]
        base = roots[0] if len(roots) == 1 else None
    else:
        base = unit
    people = SnapshotPerson.objects.all()
    if unit is not None:
        people = people.filter(unit__path__startswith=unit.path)
    fields = [dimension.key for dimension in DIMENSIONS]
    rows = list(people.values_list("snapshot__year", "unit_id", *fields))
    references = {}
    for figure in ReferenceFigure.objects.all():
        references[(figure.dimension, figure.category)] = figure
    column_of = {year: j for j, year in enumerate(years)}
    report = Report(unit=unit, years=years)

    for dimension in DIMENSIONS:
        if keys and dimension.key not in keys:
            continue
        index = 2 + fields.index(dimension.key)
        counts = Counter((row[index], row[0]) for row in rows)
        report.dimensions.append(_dimension_figures(dimension, counts, years, column_of, references))

    if not keys or UNIT_KEY in keys:
        categories = _unit_categories(units, base)
        counts = Counter()
        for row in rows:
            category = _unit_category(paths.get(row[1], ""), categories)
            counts[(category, row[0])] += 1
        labels = [label for _path, label, _exact in categories]
        codes = list(range(len(categories)))
        if any(key[0] is None for key in counts):
            codes.append(None)
            labels.append(_("Ukendt enhed"))
        matrix = [[counts.get((code, year), 0) for year in years] for code in codes]
        keep = [i for i, row in enumerate(matrix) if any(row) or (i < len(categories) and not categories[i][2])]
        table = publish_table([matrix[i] for i in keep], row_labels=[labels[i] for i in keep], column_labels=years,
                              title=_("Enhed"))
        report.dimensions.append(DimensionFigures(UNIT_KEY, _("Enhed"), table, []))
    return report


def _dimension_figures(dimension: Dimension, counts, years, column_of, references):
    codes = [code for code, _label in dimension.categories]
    labels = [str(label) for _code, label in dimension.categories]
    if any(code == UNKNOWN for code, _year in counts):
        codes.append(UNKNOWN)
        labels.append(str(UNKNOWN_LABEL))
    matrix = [[counts.get((code, year), 0) for year in years] for code in codes]
    table = publish_table(matrix, row_labels=labels, column_labels=years, title=str(dimension.label))
    refs, source, is_demo = [], "", False
    if dimension.has_reference:
        figures = [references.get((dimension.key, code)) for code in codes]
        refs = [figure.share if figure else None for figure in figures]
        known = [figure for figure in figures if figure]
        source = known[0].source if known else ""
        is_demo = any(figure.is_demo for figure in known)
    return DimensionFigures(dimension.key, str(dimension.label), table, refs, source, is_demo)
