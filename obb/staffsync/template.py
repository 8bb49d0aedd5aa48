"""The template of the staff file: the headers, two example rows and a sheet of the columns."""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from obb.staffsync import columns

EXAMPLES = [
    ["1001", "Birgitte", "Holm", "birgitte.holm@odense.dk", "OBB", _("Biblioteks- og borgerservicechef"), "",
     "2010-08-01", ""],
    ["1002", "Karen", "Mortensen", "karen.mortensen@odense.dk", "Dalum Bibliotek", _("Biblioteksleder"), "1001",
     "2015-01-01", ""],
]


def template_workbook():
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Medarbejdere")
    sheet.append([str(columns.label(key)) for key in columns.COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in EXAMPLES:
        sheet.append(row)
    for row in sheet.iter_rows():
        for cell in row:
            cell.data_type = "s"
            cell.number_format = "@"
    for letter in "ABCDEFGHI":
        sheet.column_dimensions[letter].width = 24
    help_sheet = workbook.create_sheet(_("Kolonner"))
    help_sheet.append([_("Kolonne"), _("Skal udfyldes"), _("Andre navne, der også læses")])
    for key, (label, variants) in columns.COLUMNS.items():
        cell_values = [str(label), _("ja") if key in columns.REQUIRED else _("nej"), ", ".join(variants)]
        help_sheet.append(cell_values)
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    help_sheet.column_dimensions["A"].width = 36
    help_sheet.column_dimensions["C"].width = 80
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
