"""Reading the staff file: CSV (UTF-8 with or without BOM, `;`, `,` or tab) or Excel (.xlsx).

`read_file` returns `FileRow`s: texts (stripped, empty as None) and, from Excel date cells,
dates, keyed by column. A file that cannot be read as a whole (too large, not a spreadsheet,
no or wrong headers) is refused with a Danish `ValidationError` and no rows.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from obb.staffsync import columns
from obb.uploads import check_size, open_workbook

# The whole of Odense Kommune is about 20,000 people: room for growth, a bound on the work.
MAX_ROWS = 50_000


@dataclass(frozen=True)
class RowError:
    """One problem in the file, at a row (numbered as a spreadsheet shows it, headers = 1) and
    a column (a key of `columns.COLUMNS`)."""

    row: int | None
    column: str | None
    message: str

    def __str__(self):
        if self.row and self.column:
            return _("Række %(row)s, kolonne »%(column)s«: %(message)s") % {
                "row": self.row, "column": columns.label(self.column), "message": self.message}
        if self.row:
            return _("Række %(row)s: %(message)s") % {"row": self.row, "message": self.message}
        return str(self.message)


@dataclass
class FileRow:
    number: int
    values: dict
    errors: list = field(default_factory=list)


def _not_a_spreadsheet():
    return ValidationError(_("Filen er hverken et Excel-regneark (.xlsx) eller en CSV-fil. Gem udtrækket fra "
                             "HR- og lønsystemet som .xlsx eller som CSV (UTF-8), og prøv igen."))


def read_file(upload):
    """The rows of an uploaded staff file (a Django UploadedFile or any file object with
    ``size``, ``read`` and ``seek``)."""
    check_size(upload)
    upload.seek(0)
    head = upload.read(4)
    upload.seek(0)
    if head.startswith(b"PK"):
        return _read_excel(upload)
    return _read_csv(upload.read())


# --- Excel -------------------------------------------------------------------------------------

def _read_excel(upload):
    workbook = open_workbook(upload)  # its own checks and Danish refusals
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong size; read what is there
        rows = ((number, [_excel_value(cell) for cell in cells])
                for number, cells in enumerate(sheet.iter_rows(), start=1))
        return _rows(rows)
    finally:
        workbook.close()


def _excel_value(cell):
    value = cell.value
    if cell.data_type == "e":
        return _CellProblem(_("Cellen indeholder en fejlværdi (%(value)s).") % {"value": value})
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool):
        return _CellProblem(_("Cellen indeholder en sandhedsværdi. Skriv en tekst."))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None or isinstance(value, date):
        return value
    return str(value)


class _CellProblem(str):
    """A cell that cannot be read; its text is the Danish reason."""


# --- CSV ---------------------------------------------------------------------------------------

def _read_csv(content):
    if b"\0" in content[:8192]:
        raise _not_a_spreadsheet()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("CSV-filen er ikke gemt som UTF-8. Gem den igen med tegnsættet UTF-8 "
                                "(i Excel: »CSV UTF-8«), og prøv igen.")) from error
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    if not first_line.count(delimiter):
        raise _not_a_spreadsheet()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _rows((number, cells) for number, cells in enumerate(reader, start=1))
    except csv.Error as error:
        raise ValidationError(_("CSV-filen kan ikke læses: %(error)s") % {"error": error}) from error


# --- Both --------------------------------------------------------------------------------------

def _clean(value):
    if isinstance(value, str) and not isinstance(value, _CellProblem):
        value = " ".join(value.split())
        return value or None
    return value


def _header_map(cells):
    known = columns.lookup()
    positions, errors = {}, []
    for position, cell in enumerate(cells):
        header = _clean(cell)
        if header is None:
            continue
        key = known.get(columns.header_key(header))
        if key is None:
            errors.append(_("Kolonne %(position)s, »%(header)s«, kendes ikke.")
                          % {"position": position + 1, "header": header})
        elif key in positions.values():
            errors.append(_("Kolonnen »%(header)s« står der to gange.") % {"header": columns.label(key)})
        else:
            positions[position] = key
    for key in columns.REQUIRED:
        if key not in positions.values():
            errors.append(_("Kolonnen »%(header)s« mangler.") % {"header": columns.label(key)})
    if errors:
        errors.append(_("Første række skal være overskrifterne, fx fra skabelonen: %(headers)s.")
                      % {"headers": ", ".join(str(columns.label(key)) for key in columns.COLUMNS)})
        raise ValidationError(errors)
    return positions


def _rows(numbered):
    numbered = iter(numbered)
    header = None
    for _number, cells in numbered:
        if any(_clean(cell) is not None for cell in cells):
            header = cells
            break
    if header is None:
        raise ValidationError(_("Filen er tom. Hent skabelonen, og skriv én medarbejder pr. række under "
                                "overskrifterne."))
    positions = _header_map(header)
    rows, seen = [], 0
    for number, cells in numbered:
        seen += 1  # blank rows count too: they cost the same to read
        if seen > MAX_ROWS:
            raise ValidationError(_("Filen har mere end %(max)s rækker. Del den op, eller kontakt "
                                    "administratoren.") % {"max": MAX_ROWS})
        values, errors = dict.fromkeys(positions.values()), []
        for position, cell in enumerate(cells):
            key = positions.get(position)
            if key is None:
                continue
            value = _clean(cell)
            if isinstance(value, _CellProblem):
                errors.append(RowError(number, key, str(value)))
                value = None
            values[key] = value
        if all(value is None for value in values.values()) and not errors:
            continue
        rows.append(FileRow(number, values, errors))
    if not rows:
        raise ValidationError(_("Filen har ingen medarbejdere under overskriftsrækken."))
    return rows
