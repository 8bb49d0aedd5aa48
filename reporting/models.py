"""Stored documents: what a plan looked like when it was published."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from obb.history import HistoricalRecords


class PublishedDocumentQuerySet(models.QuerySet):
    def current(self, plan, fmt):
        """The newest stored document of `plan` in format `fmt`, or None."""
        return self.filter(plan=plan, format=fmt).order_by("-created_at", "-pk").first()


class PublishedDocument(models.Model):
    """The PDF or HTML of a plan as it was rendered at publication. A published plan's
    documents are served from here, so they stay byte for byte the same."""

    class Format(models.TextChoices):
        PDF = "pdf", "PDF"
        HTML = "html", "HTML"

    plan = models.ForeignKey("strategy.Plan", verbose_name=_("plan"), on_delete=models.CASCADE,
                             related_name="published_documents")
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    filename = models.CharField(_("filnavn"), max_length=200)
    content_type = models.CharField(_("indholdstype"), max_length=100)
    content = models.BinaryField(_("indhold"), editable=False)
    size = models.PositiveIntegerField(_("størrelse (bytes)"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("oprettet af"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    # The content itself is left out of the history: it never changes, and the rows record
    # who stored which version when.
    history = HistoricalRecords(excluded_fields=["content"])
    objects = PublishedDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("offentliggjort dokument")
        verbose_name_plural = _("offentliggjorte dokumenter")

    def __str__(self):
        return f"{self.filename} ({self.created_at:%d.%m.%Y %H:%M})" if self.created_at else self.filename

    def save(self, *args, **kwargs):
        self.content = bytes(self.content)
        self.size = len(self.content)
        self.sha256 = hashlib.sha256(self.content).hexdigest()
        super().save(*args, **kwargs)
