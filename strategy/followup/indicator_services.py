"""Operations on indicators: entering a measured value, and turning a key-figure table of the
plan whose columns are years into indicators, values included, without retyping."""

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied
from django.db import transaction

from strategy.followup.indicators import Indicator, IndicatorValue

YEAR_COLUMN = re.compile(r"^(?P<year>\d{4})(?:_(?P<measure>[a-z]+))?$")


def add_value(indicator, *, user, year, quarter, value, measured_on, source):
    if not indicator.can_edit(user):
        raise PermissionDenied
    entry = IndicatorValue(indicator=indicator, year=year, quarter=quarter, value=value, measured_on=measured_on,
                           source=source, entered_by=user)
    entry._history_user = user
    entry.save()
    return entry


def series(table):
    """The year series of a key-figure table: [(row, measure label or "", {year: value})] for a
    table whose every column is a year ("2019") or a year and a measure ("2019_antal"); [] for
    any other table."""
    columns = [(YEAR_COLUMN.match(column["key"]), column) for column in table.columns]
    if not columns or not all(match for match, _column in columns):
        return []
    measures = []
    for match, _column in columns:
        if match["measure"] not in measures:
            measures.append(match["measure"])
    result = []
    for row in table.rows.all():
        for measure in measures:
            numbers = {}
            for index, (match, _column) in enumerate(columns):
                if match["measure"] != measure or index >= len(row.values):
                    continue
                try:
                    numbers[int(match["year"])] = Decimal(str(row.values[index]))
                except (InvalidOperation, TypeError, ValueError):
                    continue
            if numbers:
                result.append((row, measure or "", numbers))
    return result


def indicators_from_key_figures(table, pejlemaerke, *, user, owner=None):
    """One indicator per row (and measure) of `table`'s year series, under `pejlemaerke`, with
    the table's numbers as its values; a row already turned into an indicator is left alone.
    Returns the indicators made."""
    made = []
    source = table.source or f"{table.plan.title}: {table.title}"
    with transaction.atomic():
        done = set(Indicator.objects.filter(key_figure_row__table=table).values_list("key_figure_row", "name"))
        order = Indicator.objects.filter(pejlemaerke=pejlemaerke).count()
        for row, measure, numbers in series(table):
            name = f"{row.label} ({measure})" if measure else row.label
            if (row.pk, name) in done:
                continue
            first = min(numbers)
            indicator = Indicator(pejlemaerke=pejlemaerke, order=order, name=name[:200],
                                  unit_of_measure=table.unit or ("procent" if measure == "pct" else "antal"),
                                  source=source[:300], owner=owner, baseline_year=first, baseline=numbers[first],
                                  key_figure_row=row)
            indicator._history_user = user
            indicator.save()
            order += 1
            values = [IndicatorValue(indicator=indicator, year=year, value=number, entered_by=user,
                                     measured_on=date(year, 12, 31), source=source[:300])
                      for year, number in sorted(numbers.items())]
            IndicatorValue.objects.bulk_create(values)
            made.append(indicator)
    return made
