"""The personaleregnskab as PDF and as Excel: every dimension over the years, for the whole of
OBB or one unit's subtree. Both take their figures from `hrtools.staffstats.figures.build_report`,
so the privacy rule ("færre end 5" and the complementary hidden cells) is the page's, applied in
one place (`hrtools.staffstats.publication`)."""

import io

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from hrtools.staffstats.figures import build_report
from obb.spreadsheets import append_row, sheet_title
from reporting.exporters.base import Export, Exporter


def _filename(unit, extension):
    scope = slugify(unit.slug or unit.name) if unit else "obb"
    return f"personaleregnskab-{scope}-{timezone.localdate():%Y-%m-%d}.{extension}"


class _StaffstatsExporter(Exporter):
    def __init__(self, unit=None):
        self.unit = unit

    def report(self):
        return build_report(self.unit)


class StaffstatsXlsxExporter(_StaffstatsExporter):
    identifier = "staffstats-xlsx"
    name = "Personaleregnskab (Excel)"
    extension = "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def render(self) -> Export:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        report = self.report()
        workbook = Workbook()
        bold = Font(bold=True)
        about = workbook.active
        about.title = _("Om tallene")
        scope = report.unit.name if report.unit else _("Hele Odense Biblioteker og Borgerservice")
        for line in [
            _("Personaleregnskab – %(scope)s") % {"scope": scope},
            _("Dannet %(date)s. Årsopgørelser: %(years)s.") % {
                "date": timezone.localdate().strftime("%d.%m.%Y"),
                "years": ", ".join(map(str, report.years)) or "–"},
            report.explanation,
            _("Andele er i procent af årets i alt. Skjulte tal har ingen andel."),
        ]:
            append_row(about, [str(line)])
        about["A1"].font = Font(bold=True, size=14)
        about.column_dimensions["A"].width = 110

        used = {about.title.lower()}
        for figures in report.dimensions:
            sheet = workbook.create_sheet(sheet_title(figures.label, used))
            header = [figures.label]
            for year in figures.table.column_labels:
                header += [_("%(year)s antal") % {"year": year}, _("%(year)s andel (%%)") % {"year": year}]
            if figures.has_reference:
                header.append(_("Odense, andel (%)"))
            append_row(sheet, [str(value) for value in header])
            for cell in sheet[1]:
                cell.font = bold
                cell.alignment = Alignment(wrap_text=True)
            for label, cells, reference in figures.rows():
                row = [str(label)]
                for cell in cells:
                    row += [cell.value if cell.visible else cell.text,
                            float(cell.share) if cell.share is not None else None]
                if figures.has_reference:
                    row.append(float(reference) if reference is not None else None)
                append_row(sheet, row)
            totals = [str(_("I alt"))]
            for cell in figures.table.column_totals:
                totals += [cell.value if cell.visible else cell.text, 100.0 if cell.visible and cell.count else None]
            if figures.has_reference:
                totals.append(100.0)
            append_row(sheet, totals)
            for cell in sheet[sheet.max_row]:
                cell.font = bold
            if figures.has_reference:
                sheet.append([])
                note = _("Odense: %(source)s") % {"source": figures.reference_source or _("kilde ikke angivet")}
                append_row(sheet, [str(note)])
            sheet.column_dimensions["A"].width = 38
            for index in range(2, len(header) + 1):
                sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = 14
        buffer = io.BytesIO()
        workbook.save(buffer)
        return Export(_filename(report.unit, "xlsx"), self.content_type, buffer.getvalue())


class StaffstatsPdfExporter(_StaffstatsExporter):
    identifier = "staffstats-pdf"
    name = "Personaleregnskab (PDF)"
    extension = "pdf"
    content_type = "application/pdf"

    def html(self):
        report = self.report()
        return render_to_string("reporting/staffstats/document.html", {
            "report": report,
            "generated": timezone.localdate(),
        })

    def render(self) -> Export:
        from reporting.pdf import render_pdf

        return Export(_filename(self.unit, "pdf"), self.content_type, render_pdf(self.html()))
