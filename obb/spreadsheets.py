"""The one rule for every Excel workbook the intranet writes (exports and import templates): text
stays text. A cell whose text begins with = + - @, a tab or a line break could be read as a
formula by a spreadsheet (at once, or once a user edits the cell), so it is stored as a text
cell marked "quote prefix": Excel shows and keeps the text exactly as written, with no
apostrophe added to it, and never evaluates it. Numbers stay numbers."""

from django.utils.functional import Promise

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
SHEET_TITLE_FORBIDDEN = str.maketrans({char: " " for char in "[]:*?/\\"})
SHEET_TITLE_LENGTH = 31


def _cell_value(value):
    """A lazy translation becomes its text; openpyxl takes str, numbers and dates only."""
    return str(value) if isinstance(value, Promise) else value


def could_be_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_START)


def keep_text(cell):
    """Make `cell` (an openpyxl cell, of any workbook) hold its text as text; returns it."""
    if could_be_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def text_cell(sheet, value, **style):
    """A cell for a write-only sheet holding `value` by the rule above, with openpyxl style
    attributes (font=…, alignment=…)."""
    from openpyxl.cell import WriteOnlyCell

    cell = keep_text(WriteOnlyCell(sheet, value=_cell_value(value)))
    for key, item in style.items():
        setattr(cell, key, item)
    return cell


def append_row(sheet, values, **style):
    """Append `values` as a row to `sheet` (write-only or not) by the rule above; returns the
    cells."""
    cells = [text_cell(sheet, value, **style) for value in values]
    sheet.append(cells)
    return cells


def set_cell(sheet, row, column, value, **style):
    """Set one cell of a (not write-only) sheet by the rule above; returns it."""
    cell = keep_text(sheet.cell(row=row, column=column, value=_cell_value(value)))
    for key, item in style.items():
        setattr(cell, key, item)
    return cell


def sheet_title(title, used=None):
    """`title` as a sheet name Excel accepts (no []:*?/\\, at most 31 characters, not empty),
    and, given the set of names `used` so far (lower case), one no other sheet has."""
    base = str(title).translate(SHEET_TITLE_FORBIDDEN).strip().strip("'")[:SHEET_TITLE_LENGTH] or "Ark"
    if used is None:
        return base
    candidate, number = base, 2
    while candidate.lower() in used:
        suffix = f" ({number})"
        candidate, number = base[: SHEET_TITLE_LENGTH - len(suffix)] + suffix, number + 1
    used.add(candidate.lower())
    return candidate
