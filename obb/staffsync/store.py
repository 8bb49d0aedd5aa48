"""The uploaded file between the preview and the confirmation, kept on the server's disk under
a random token (never in the browser, nor in the session, which is written on every request).
The confirmation reads it again and checks it again; it is removed once used."""

import hashlib
import re
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def _folder():
    folder = Path(getattr(settings, "STAFF_SYNC_DIR", "") or Path(tempfile.gettempdir()) / "obb-staffsync")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def keep(token, upload):
    upload.seek(0)
    content = upload.read()
    (_folder() / token).write_bytes(content)
    return hashlib.sha256(content).hexdigest()


def take(token, digest, name):
    """The kept file as an upload, or None when it is gone or not the one previewed."""
    if not _TOKEN.match(token or ""):
        return None
    path = _folder() / token
    try:
        content = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(content).hexdigest() != digest:
        return None
    return SimpleUploadedFile(name, content)


def drop(token):
    if _TOKEN.match(token or ""):
        (_folder() / token).unlink(missing_ok=True)
