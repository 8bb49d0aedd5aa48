"""What reporting does for the yearly plan: render its exports, and store its documents when the
plan is published (the workflow itself is the plan's: strategy.services.publication)."""

from reporting.exporters.base import Export, formats
from reporting.models import PublishedDocument

STORED_FORMATS = (PublishedDocument.Format.PDF, PublishedDocument.Format.HTML)


def store_published_documents(plan, user):
    """Render the plan's PDF and HTML and keep them as its published documents."""
    for fmt in STORED_FORMATS:
        export = formats("plan")[fmt](plan, include_draft_mark=False).render()
        PublishedDocument.objects.create(plan=plan, format=fmt, filename=export.filename,
                                         content_type=export.content_type, content=export.content,
                                         created_by=user)


def export_plan(plan, fmt):
    """The plan in format `fmt` ("pdf", "html", "xlsx"). A published plan's PDF and HTML are
    the documents stored at publication; everything else is rendered now."""
    if plan.is_published and fmt in STORED_FORMATS:
        document = PublishedDocument.objects.current(plan, fmt)
        if document is not None:
            return Export(document.filename, document.content_type, bytes(document.content))
        store_published_documents(plan, plan.published_by)
        return export_plan(plan, fmt)
    return formats("plan")[fmt](plan).render()
