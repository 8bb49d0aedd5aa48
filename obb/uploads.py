"""Checks for uploaded files: size and real content, never the file name."""

import io
import warnings
import zipfile
import zlib

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


# What an uploaded workbook may unpack to. An .xlsx file is a zip archive, and a zip member of a
# few hundred kilobytes can unpack to gigabytes (one 150 MB shared string compresses to 150 KB),
# all of which openpyxl would hold in memory. The largest sheet the imports take (1,000 actions
# of at most 2,000 characters, 5,000 staff rows) unpacks to a few megabytes.
MAX_WORKBOOK_MEMBER_MB = 16
MAX_WORKBOOK_TOTAL_MB = 32
# Unpacked size / packed size. Sheets of real rows compress 5 to 30 times; only a member that
# repeats one thing over and over (a bomb, or hundreds of thousands of styled empty rows)
# compresses much better. Small members (styles, relations) are let through at any ratio.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024


def open_workbook(upload, *, formulas=False):
    """Return the openpyxl workbook (read-only) in an uploaded .xlsx file, or raise a Danish
    ValidationError when the file is too large, is not an Excel workbook at all, or unpacks to
    more than a workbook of the imports' size can (a decompression bomb).

    The zip archive is inspected before openpyxl reads any of it. The sizes checked are those the
    archive's directory declares; a member that unpacks to more than its declared size cannot
    slip through, since Python's zipfile stops reading it at that size, and its checksum then
    fails (tested here, reading each member in pieces of 1 MB), so memory stays bounded by the
    limits here.

    With `formulas`, a formula cell holds its formula (cell.data_type "f") rather than the value
    Excel last cached for it, so an import can refuse it."""
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
            members = archive.infolist()
            if "[Content_Types].xml" not in {member.filename for member in members}:
                raise not_excel
            check_unpacked_size(members)
            # Unpack every member once, in bounded pieces, and compare its checksum: a member whose
            # header lies about its size stops here rather than in the middle of reading a sheet.
            if archive.testzip() is not None:
                raise not_excel
        return load_workbook(io.BytesIO(content), read_only=True, data_only=not formulas)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, zlib.error) as error:
        raise not_excel from error


def check_unpacked_size(members):
    """Raise a Danish ValidationError when the zip members (`ZipInfo`s) unpack to too much."""
    total, member_limit, total_limit = 0, MAX_WORKBOOK_MEMBER_MB * 1024 * 1024, MAX_WORKBOOK_TOTAL_MB * 1024 * 1024
    for member in members:
        size, packed = member.file_size, member.compress_size
        total += size
        if size > member_limit or total > total_limit:
            limit = MAX_WORKBOOK_MEMBER_MB if size > member_limit else MAX_WORKBOOK_TOTAL_MB
            raise ValidationError(
                _("Regnearket fylder for meget, når det pakkes ud (over %(limit)s MB). Gem kun de rækker og "
                  "kolonner, der skal importeres, og prøv igen."),
                code="unpacked_size", params={"limit": limit},
            )
        if size >= RATIO_CHECKED_FROM and size > MAX_COMPRESSION_RATIO * max(packed, 1):
            raise ValidationError(
                _("Regnearket ligner ikke et almindeligt Excel-ark: en del af filen pakkes ud til %(ratio)s gange "
                  "sin størrelse. Gem arket igen som Excel-projektmappe (uden tomme, formaterede rækker), og prøv "
                  "igen."),
                code="compression_ratio", params={"ratio": size // max(packed, 1)},
            )


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
