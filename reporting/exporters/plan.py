"""The yearly plan, "Det gør vi <år>", as PDF, HTML and Excel."""

import io
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from obb.spreadsheets import append_row, sheet_title
from reporting.exporters.base import Export, Exporter
from reporting.pdf import render_pdf
from reporting.plan_document import build_plan_document


class PlanExporter(Exporter):
    """Base of the plan's exporters: `plan` and whether to mark every page "KLADDE" (by
    default: when the plan is a draft)."""

    document = "plan"

    def __init__(self, plan, include_draft_mark=None):
        self.plan = plan
        self.include_draft_mark = plan.is_draft if include_draft_mark is None else include_draft_mark

    @property
    def filename(self):
        return f"det-goer-vi-{self.plan.year}.{self.extension}"

    def export(self, content):
        return Export(self.filename, self.content_type, content)


def render_plan_html(plan, *, include_draft_mark, inline_css=False):
    """The plan as one HTML document: the source of the PDF and the HTML download."""
    with translation.override("da"):
        context = {"doc": build_plan_document(plan), "draft_mark": include_draft_mark}
        if inline_css:
            context["inline_css"] = Path(finders.find("reporting/plan.css")).read_text(encoding="utf-8")
        return render_to_string("reporting/plan/document.html", context)


class PlanPdfExporter(PlanExporter):
    identifier = "plan-pdf"
    name = "PDF"
    extension = "pdf"
    content_type = "application/pdf"

    def render_html(self):
        return render_plan_html(self.plan, include_draft_mark=self.include_draft_mark)

    def render(self):
        return self.export(render_pdf(self.render_html()))


class PlanHtmlExporter(PlanExporter):
    identifier = "plan-html"
    name = "HTML"
    extension = "html"
    content_type = "text/html; charset=utf-8"

    def render(self):
        html = render_plan_html(self.plan, include_draft_mark=self.include_draft_mark, inline_css=True)
        return self.export(html.encode("utf-8"))


class PlanXlsxExporter(PlanExporter):
    """One sheet per pejlemærke (its actions with status, owner and notes) and one per
    key-figure table."""

    identifier = "plan-xlsx"
    name = "Excel"
    extension = "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def render(self):
        with translation.override("da"):
            doc = build_plan_document(self.plan, with_owners=True)
            workbook = Workbook(write_only=True)
            used = set()
            bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")

            overview = workbook.create_sheet(sheet_title(_("Oversigt"), used))
            overview.column_dimensions["A"].width = 24
            overview.column_dimensions["B"].width = 60
            append_row(overview, [doc.plan.title], font=Font(bold=True, size=14))
            append_row(overview, [_("Organisation"), doc.plan.organisation_name])
            append_row(overview, [_("År"), doc.plan.year])
            append_row(overview, [_("Status"), doc.plan.get_status_display()])
            append_row(overview, [_("Strategi"), doc.strategy.name])
            append_row(overview, [_("Handlinger"), len(doc.actions)])

            headers = [_("Nr."), _("Handling"), _("Status"), _("Ansvarlig enhed"), _("Ansvarlig"), _("Tidsramme"),
                       _("Prioritering"), _("Mål"), _("Statusnoter")]
            widths = [6, 70, 14, 24, 24, 22, 40, 30, 70]
            for section in doc.sections:
                sheet = workbook.create_sheet(sheet_title(section.pejlemaerke.name, used))
                for index, width in enumerate(widths):
                    sheet.column_dimensions[chr(ord("A") + index)].width = width
                sheet.freeze_panes = "A2"
                append_row(sheet, headers, font=bold)
                for number, action in enumerate(section.actions, start=1):
                    notes = "\n".join(
                        f"{date_format(note.date, 'SHORT_DATE_FORMAT')} "
                        f"{note.author.get_full_name() if note.author else ''}: {note.text}".replace(" :", ":")
                        for note in action.notes.all()
                    )
                    append_row(sheet, [
                        number, action.text, action.get_status_display(), str(action.unit or ""),
                        action.owner.get_full_name() if action.owner else "", action.timing,
                        action.priority.text if action.priority else "",
                        "; ".join(str(goal) for goal in action.goals.all()), notes,
                    ], alignment=wrap)

            for figure in doc.tables:
                table = figure.table
                sheet = workbook.create_sheet(sheet_title(table.title, used))
                sheet.column_dimensions["A"].width = 50
                append_row(sheet, [table.title + (f" ({table.unit_note})" if table.unit_note else "")], font=bold)
                if table.column_groups:
                    groups = [""]
                    for group in table.column_groups:
                        groups += [group["label"]] + [""] * (int(group.get("span", 1)) - 1)
                    append_row(sheet, groups, font=bold)
                append_row(sheet, [""] + table.column_labels, font=bold)
                for table_row in figure.rows:
                    label = ("    " * table_row.level) + table_row.label
                    style = {"font": bold} if table_row.is_total else {}
                    append_row(sheet, [label] + [cell.value for cell in table_row.cells], **style)
                for note in table.note_lines + ([table.source] if table.source else []):
                    append_row(sheet, [note])

            buffer = io.BytesIO()
            workbook.save(buffer)
        return self.export(buffer.getvalue())

