"""Checks for uploaded files: size and real content, never the file name."""

import io
import warnings
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# A photo for the plan needs far fewer (an A4 page at 300 dpi is under 9 megapixels); decoding a
# larger one would cost the PDF export hundreds of megabytes.
MAX_IMAGE_PIXELS = 40_000_000


def check_size(upload):
    limit = settings.MAX_UPLOAD_MB * 1024 * 1024
    if upload.size > limit:
        raise ValidationError(
            _("Filen er for stor (%(size).1f MB). Den må højst fylde %(limit)s MB.")
            % {"size": upload.size / 1024 / 1024, "limit": settings.MAX_UPLOAD_MB}
        )


def open_workbook(upload):
    """Return the openpyxl workbook in an uploaded .xlsx file, or raise a Danish
    ValidationError when the file is too large or is not an Excel workbook at all."""
    from openpyxl import load_workbook

    check_size(upload)
    upload.seek(0)
    content = upload.read()
    not_excel = ValidationError(
        _("Filen er ikke et Excel-regneark (.xlsx). Gem arket som Excel-projektmappe og prøv igen.")
    )
    if not content.startswith(b"PK"):
        raise not_excel
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if "[Content_Types].xml" not in archive.namelist():
                raise not_excel
        return load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise not_excel from error


def check_image(upload):
    """Raise a Danish ValidationError unless the upload is a real PNG, JPEG or WebP image."""
    from PIL import Image, UnidentifiedImageError

    check_size(upload)
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the limit below says it
            with Image.open(upload) as image:
                width, height = image.size
                image.verify()
                kind = image.format
    except Image.DecompressionBombError as error:
        raise _too_many_pixels() from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise ValidationError(_("Filen er ikke et billede, vi kan læse (PNG, JPEG eller WebP).")) from error
    finally:
        upload.seek(0)
    if kind not in {"PNG", "JPEG", "WEBP"}:
        raise ValidationError(_("Billedet skal være PNG, JPEG eller WebP."))
    if width * height > MAX_IMAGE_PIXELS:
        raise _too_many_pixels(width, height)


def _too_many_pixels(width=None, height=None):
    limit = MAX_IMAGE_PIXELS // 1_000_000
    if width is None:
        return ValidationError(_("Billedet har for mange punkter. Det må højst have %(limit)s megapixel.")
                               % {"limit": limit})
    return ValidationError(
        _("Billedet er for stort (%(width)s × %(height)s punkter). Det må højst have %(limit)s megapixel; "
          "gem det i en mindre størrelse og prøv igen.") % {"width": width, "height": height, "limit": limit}
    )
