"""The employee's agreed development plan from a MUS conversation as a tagged PDF.

The caller has loaded the conversation through `Conversation.objects.visible_to`, so only the
employee, the manager who holds the conversation (and HR when the employee has shared it) can
ask for it. The document holds the plan and the confirmed summary; nothing else of the
preparation."""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from reporting.exporters.base import Export, Exporter
from reporting.pdf import render_pdf


class MusPlanPdfExporter(Exporter):
    identifier = "mus-plan-pdf"
    name = "Udviklingsplan fra MUS (PDF)"
    extension = "pdf"
    content_type = "application/pdf"

    def __init__(self, conversation):
        self.conversation = conversation

    def render_html(self):
        conversation = self.conversation
        goals = list(conversation.goals.select_related("competence", "activity"))
        with translation.override("da"):
            return render_to_string("reporting/mus/plan.html", {
                "conversation": conversation, "goals": goals, "generated": timezone.localtime(),
                "agreed": conversation.status not in ("ikke_planlagt", "planlagt", "forberedt"),
            })

    def render(self):
        conversation = self.conversation
        filename = f"udviklingsplan-{conversation.round.year}-{conversation.employee.username}.pdf"
        return Export(filename, self.content_type, render_pdf(self.render_html()))
