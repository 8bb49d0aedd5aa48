"""Every export of the intranet is an exporter: one class per document and format, registered
by the reporting app when it starts (apps.py), used by the download views and by `manage.py` commands alike."""

from reporting.exporters.base import Export, Exporter, formats, get_exporter, register

__all__ = ["Export", "Exporter", "formats", "get_exporter", "register"]
