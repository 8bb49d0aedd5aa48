"""Publishing staff figures safely: the one place the privacy rule lives.

Every figure of the personaleregnskab that leaves the database (the page, the PDF, the Excel
file) goes through `publish_table` (or `publish_count` for a single number):

1. Primary suppression: a cell (body or total) counting 1–4 people is not published; it reads
   "færre end 5". Zero is published as 0, as Danmarks Statistik does: an empty group reveals
   nothing about a person.
2. Complementary suppression: each row with a published total, and each column with one, is an
   equation (cells add up to the total). If exactly one of its cells (the total included) is
   hidden, it could be computed from the others, so the smallest other non-zero cell of that line
   is hidden too (reads "skjult"); a body cell is preferred to the total. One new hidden cell may
   expose another line, so this repeats until nothing changes.
3. Shares (percent of the column total) are published only where both the cell and the total are.
4. Across filters: every unit filter shows a slice of one table over the whole unit hierarchy,
   and each unit's figure is the sum of its sub-units' and its own direct staff's, so the
   differences between two filters are lines of that table too. `figures.build_report` runs rules
   1 and 2 over all of it at once (`suppress_lines`), so no two filters together give away a
   group of 1–4 (see docs/personaleregnskab.md).
"""

from collections import defaultdict, deque
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from obb.privacy import HIDDEN_LABEL, SMALL_GROUP, SMALL_LABEL

THRESHOLD = SMALL_GROUP
PRIMARY, SECONDARY = "primary", "secondary"
EXPLANATION = _(
    "Grupper med færre end 5 personer vises som »færre end 5«. Hvor en sum ellers ville afsløre "
    "en sådan gruppe, er endnu et tal »skjult«. 0 vises som 0."
)


@dataclass
class Cell:
    count: int
    suppressed: str = ""  # "", PRIMARY or SECONDARY
    share: Decimal | None = None  # percent of the column total, when both are published

    @property
    def visible(self):
        return not self.suppressed

    @property
    def value(self):
        """The published number, or None when the cell is hidden."""
        return None if self.suppressed else self.count

    @property
    def text(self):
        if self.suppressed == PRIMARY:
            return str(SMALL_LABEL)
        if self.suppressed == SECONDARY:
            return str(HIDDEN_LABEL)
        return number_format(self.count, force_grouping=True)

    @property
    def share_text(self):
        return "" if self.share is None else f"{number_format(self.share, decimal_pos=1)}\u00a0%"

    def __str__(self):
        return self.text


@dataclass
class PublishedTable:
    row_labels: list
    column_labels: list
    rows: list  # list of lists of Cell
    row_totals: list | None = None  # one Cell per row
    column_totals: list | None = None  # one Cell per column
    grand_total: Cell | None = None
    title: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def has_suppression(self):
        cells = [cell for row in self.rows for cell in row]
        cells += (self.row_totals or []) + (self.column_totals or []) + [c for c in [self.grand_total] if c]
        return any(cell.suppressed for cell in cells)

    def body(self):
        """(label, cells, row total) per row, for templates."""
        totals = self.row_totals or [None] * len(self.rows)
        return list(zip(self.row_labels, self.rows, totals, strict=True))


def _lines(n_rows, n_cols, row_totals, column_totals):
    """The equations of the table as lists of positions; totals sit at index n_rows / n_cols."""
    lines = []
    if row_totals:
        lines += [[(i, j) for j in range(n_cols)] + [(i, n_cols)] for i in range(n_rows)]
    if column_totals:
        lines += [[(i, j) for i in range(n_rows)] + [(n_rows, j)] for j in range(n_cols)]
    if row_totals and column_totals:
        lines.append([(n_rows, j) for j in range(n_cols)] + [(n_rows, n_cols)])
        lines.append([(i, n_cols) for i in range(n_rows)] + [(n_rows, n_cols)])
    return lines


def suppression_pattern(counts, *, row_totals=False, column_totals=False):
    """Which cells of `counts` (and of its totals) to hide: {(i, j): PRIMARY|SECONDARY}, where
    row totals are column index len(cols) and column totals row index len(rows)."""
    n_rows = len(counts)
    n_cols = len(counts[0]) if counts else 0
    values = {(i, j): counts[i][j] for i in range(n_rows) for j in range(n_cols)}
    if row_totals:
        values.update({(i, n_cols): sum(counts[i]) for i in range(n_rows)})
    if column_totals:
        values.update({(n_rows, j): sum(counts[i][j] for i in range(n_rows)) for j in range(n_cols)})
    if row_totals and column_totals:
        values[(n_rows, n_cols)] = sum(sum(row) for row in counts)
    hidden = {pos: PRIMARY for pos, value in values.items() if 0 < value < THRESHOLD}

    def is_total(pos):
        return pos[0] == n_rows or pos[1] == n_cols

    lines = _lines(n_rows, n_cols, row_totals, column_totals)
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(1 for pos in line if pos in hidden) != 1:
                continue
            candidates = [pos for pos in line if pos not in hidden and values[pos] > 0]
            if not candidates:
                continue  # cannot happen: a lone small cell makes a small (hidden) total
            chosen = min(candidates, key=lambda pos: (is_total(pos), values[pos], pos))
            hidden[chosen] = SECONDARY
            changed = True
    return hidden


def suppress_lines(values, lines, *, order):
    """The same rule (primary, then complementary until nothing changes) on any set of equations,
    a little stricter: a line's hidden cells together are a group too (the line gives away their
    sum), so a line whose hidden cells add up to 1–4 gets one more. `values` maps a key to its
    count, each of `lines` is a list of keys whose counts add up (one of them the sum), and
    `order(key)` ranks the candidates for a complementary hidden cell (lowest first). Returns
    {key: PRIMARY|SECONDARY}. Used for the unit hierarchy, where every unit filter
    and every difference between two filters is a line (see figures.py)."""
    hidden = {key: PRIMARY for key, value in values.items() if 0 < value < THRESHOLD}
    lines_of = defaultdict(list)
    for index, line in enumerate(lines):
        for key in line:
            lines_of[key].append(index)
    pending = deque(range(len(lines)))
    queued = set(pending)
    while pending:
        index = pending.popleft()
        queued.discard(index)
        line = lines[index]
        hidden_here = [key for key in line if key in hidden]
        if not hidden_here or (len(hidden_here) > 1 and not 0 < sum(values[key] for key in hidden_here) < THRESHOLD):
            continue
        candidates = [key for key in line if key not in hidden and values[key] > 0]
        if not candidates:
            continue
        chosen = min(candidates, key=order)
        hidden[chosen] = SECONDARY
        for other in lines_of[chosen]:
            if other not in queued:
                pending.append(other)
                queued.add(other)
    return hidden


def _share(cell, total):
    if cell.suppressed or total is None or total.suppressed or not total.count:
        return None
    return (Decimal(100) * cell.count / total.count).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def publish_table(counts, *, row_labels, column_labels, row_totals=False, column_totals=True, title="",
                  pattern=None):
    """The table of `counts` (a list of rows, each a list of ints) with the privacy rule applied
    (see the module docstring). Shares are computed against the column totals. `pattern` is a
    suppression worked out beyond this one table (positions as in `suppression_pattern`); it
    must already hide every cell of 1–4."""
    n_rows, n_cols = len(counts), len(column_labels)
    assert all(len(row) == n_cols for row in counts), "every row needs one count per column"
    if pattern is None:
        hidden = suppression_pattern(counts, row_totals=row_totals, column_totals=column_totals)
    else:
        hidden = pattern

    def cell(pos, count):
        return Cell(count=count, suppressed=hidden.get(pos) or (PRIMARY if 0 < count < THRESHOLD else ""))

    rows = [[cell((i, j), counts[i][j]) for j in range(n_cols)] for i in range(n_rows)]
    table = PublishedTable(list(row_labels), list(column_labels), rows, title=title)
    if row_totals:
        table.row_totals = [cell((i, n_cols), sum(counts[i])) for i in range(n_rows)]
    if column_totals:
        table.column_totals = [cell((n_rows, j), sum(counts[i][j] for i in range(n_rows))) for j in range(n_cols)]
        for row in rows:
            for j, item in enumerate(row):
                item.share = _share(item, table.column_totals[j])
    if row_totals and column_totals:
        table.grand_total = cell((n_rows, n_cols), sum(sum(row) for row in counts))
    return table


def publish_count(count):
    """A single published number (e.g. the size of a year's snapshot)."""
    return Cell(count=count, suppressed=PRIMARY if 0 < count < THRESHOLD else "")
