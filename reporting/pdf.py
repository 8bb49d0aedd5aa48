"""HTML to PDF with WeasyPrint, fetching nothing but the app's own static and media files.

Documents refer to their stylesheets, fonts and images by the URLs the app serves them at
(`/static/…`, `/media/…`). They are rendered with `base_url="file:///"`, so such a URL reaches
WeasyPrint as `file:///static/…`; `SafeURLFetcher` maps it to the file on disk. Every other URL
is refused: `http(s)://` anywhere, `file://` outside the static and media folders, `data:` and
any other scheme. Text a user typed is escaped by the templates, and even markup that slipped
through could not pull a local file or an internal address into a PDF.
"""

import logging
import mimetypes
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from obb.errors import ExplainedFailure

logger = logging.getLogger(__name__)

BASE_URL = "file:///"
PDF_OPTIONS = {
    # Tagged PDF (structure tree, /Lang from <html lang>, title from <title>) for screen readers.
    "pdf_variant": "pdf/ua-1",
    "pdf_identifier": b"obb-intranet-plan",
}


class URLRefused(ValueError):
    """Raised for a URL the PDF may not use."""


class PdfFailed(ExplainedFailure):
    """WeasyPrint could not make the PDF. The message is Danish and says what to do; the view
    shows it (the 500 handler does, for views that do not catch it)."""

    def __init__(self):
        super().__init__(_(
            "PDF-filen kunne ikke dannes. Prøv igen om lidt; sker det igen, så kontakt "
            "intranettets administrator, som kan se fejlen i loggen."
        ))


def _allowed_roots():
    roots = [Path(location if isinstance(location, str | Path) else location[1])
             for location in settings.STATICFILES_DIRS]
    roots += [Path(config.path) / "static" for config in apps.get_app_configs()]
    if settings.STATIC_ROOT:
        roots.append(Path(settings.STATIC_ROOT))
    if settings.MEDIA_ROOT:
        roots.append(Path(settings.MEDIA_ROOT))
    return [root.resolve() for root in roots if root.is_dir()]


def _inside(path, roots):
    return any(path == root or path.is_relative_to(root) for root in roots)


def resolve_local_url(url):
    """The file on disk that `url` names, if it is one of the app's static or media files;
    raises URLRefused otherwise."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        raise URLRefused(f"Refused URL: {url}")
    raw_path = unquote(parts.path)
    if "\x00" in raw_path:
        raise URLRefused(f"Refused URL: {url}")
    path = posixpath.normpath(raw_path)
    static_prefix, media_prefix = settings.STATIC_URL, settings.MEDIA_URL
    candidate = None
    try:
        if static_prefix.startswith("/") and (path + "/").startswith(static_prefix):
            relative = path[len(static_prefix):]
            if settings.STATIC_ROOT and (Path(settings.STATIC_ROOT) / relative).is_file():
                candidate = Path(settings.STATIC_ROOT) / relative
            else:
                found = finders.find(relative) if relative else None
                candidate = Path(found) if isinstance(found, str) else None
        elif media_prefix.startswith("/") and (path + "/").startswith(media_prefix) and settings.MEDIA_ROOT:
            candidate = Path(settings.MEDIA_ROOT) / path[len(media_prefix):]
        else:
            candidate = Path(path)
    except (SuspiciousFileOperation, ValueError) as error:
        raise URLRefused(f"Refused URL: {url}") from error
    if candidate is None:
        raise URLRefused(f"Refused URL: {url}")
    resolved = candidate.resolve()
    if not resolved.is_file() or not _inside(resolved, _allowed_roots()):
        raise URLRefused(f"Refused URL: {url}")
    return resolved


class SafeURLFetcher(URLFetcher):
    """Serves the app's static and media files to WeasyPrint and refuses everything else."""

    def __init__(self, **kwargs):
        super().__init__(allowed_protocols=["file"], allow_redirects=False, **kwargs)

    def fetch(self, url, headers=None):
        path = resolve_local_url(url)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": content_type})

    def open(self, url, data=None, timeout=None):  # never go through urllib's handlers
        raise URLRefused(f"Refused URL: {url}")


def render_pdf(html, base_url=BASE_URL):
    """The PDF of an HTML document: tagged (PDF/UA-1), fonts embedded, nothing from outside.
    An image that cannot be fetched or read is left out (WeasyPrint logs a warning); any other
    failure raises PdfFailed, after logging the original error with its traceback."""
    try:
        return HTML(string=html, base_url=base_url, url_fetcher=SafeURLFetcher()).write_pdf(**PDF_OPTIONS)
    except Exception as error:
        logger.exception("The PDF could not be rendered")
        raise PdfFailed() from error
