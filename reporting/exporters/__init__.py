"""Every export of the intranet is an exporter: one class per document and format, registered
here, used by the download views and by `manage.py` commands alike."""

from reporting.exporters.base import Export, Exporter, get_exporter, register

__all__ = ["Export", "Exporter", "get_exporter", "register"]
