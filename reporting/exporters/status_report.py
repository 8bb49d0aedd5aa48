"""The status report of a closed follow-up round as an HTML document and as a tagged PDF, from
one template (reporting/status_report.py builds the content)."""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from reporting import status_report
from reporting.exporters.base import Export, Exporter, register
from reporting.pdf import render_pdf


class _StatusReport(Exporter):
    def __init__(self, round_):
        self.round = round_

    @property
    def filename(self):
        return f"statusrapport-{self.round.plan.year}-runde-{self.round.number}.{self.extension}"

    def render_html(self, for_pdf=False):
        with translation.override("da"):
            return render_to_string("reporting/status_report.html", {
                **status_report.build(self.round), "generated": timezone.localtime(), "for_pdf": for_pdf,
            })


@register
class StatusReportHtmlExporter(_StatusReport):
    identifier = "status-report-html"
    name = "Statusrapport (HTML)"
    extension = "html"
    content_type = "text/html; charset=utf-8"

    def render(self):
        return Export(self.filename, self.content_type, self.render_html().encode("utf-8"))


@register
class StatusReportPdfExporter(_StatusReport):
    identifier = "status-report-pdf"
    name = "Statusrapport (PDF)"
    extension = "pdf"
    content_type = "application/pdf"

    def render(self):
        return Export(self.filename, self.content_type, render_pdf(self.render_html(for_pdf=True)))
