"""The unit view of the kompetencespejl as an Excel workbook: aggregated gaps per competence,
never an individual's assessment, and "færre end 5" where fewer than 5 are assessed."""

import io

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from hrtools.competences.services import unit_gaps
from obb.spreadsheets import set_cell, sheet_title
from reporting.exporters.base import Export, Exporter


class CompetenceUnitExporter(Exporter):
    identifier = "competences-unit-xlsx"
    name = "Kompetencer pr. enhed (Excel)"
    extension = "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def __init__(self, unit, year):
        self.unit, self.year = unit, year

    def render(self) -> Export:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        data = unit_gaps(self.unit, self.year)
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = sheet_title(_("Kompetencer"))
        bold = Font(bold=True)

        def text_cell(row, column, value, font=None):
            return set_cell(sheet, row, column, value, **({"font": font} if font else {}))

        text_cell(1, 1, _("Kompetencer i %(unit)s, %(year)s") % {"unit": self.unit.name, "year": self.year}, bold)
        text_cell(2, 1, _("%(count)s medarbejdere i enheden og underenhederne. Dannet %(date)s.")
                  % {"count": data["staff_count"], "date": timezone.localdate().strftime("%d.%m.%Y")})
        text_cell(3, 1, _("Samlede tal; ingen enkeltpersons vurdering. \u201dfærre end 5\u201d, hvor færre end 5 er "
                          "vurderet."))
        headers = [_("Kompetence"), _("Vurderede"), _("Gennemsnitligt niveau"), _("Under profilen"),
                   _("Profilens gennemsnit")]
        for column, header in enumerate(headers, start=1):
            text_cell(5, column, header, bold)
        for index, row in enumerate(data["rows"], start=6):
            text_cell(index, 1, row.competence.name)
            if row.suppressed:
                for column in (2, 3, 4):
                    text_cell(index, column, row.suppressed_text)
            else:
                sheet.cell(row=index, column=2, value=row.assessed)
                sheet.cell(row=index, column=3, value=row.average)
                sheet.cell(row=index, column=4, value=row.below)
            sheet.cell(row=index, column=5, value=row.average_profile)
        sheet.column_dimensions["A"].width = 40
        for letter in "BCDE":
            sheet.column_dimensions[letter].width = 22
        buffer = io.BytesIO()
        workbook.save(buffer)
        filename = f"kompetencer-{slugify(self.unit.slug or self.unit.name)}-{self.year}.xlsx"
        return Export(filename=filename, content_type=self.content_type, content=buffer.getvalue())
