"""The hostile values, by the kind of field they are tried against.

Each payload has a name (shown in the test id) and an `expect`: REJECT when the form must refuse
it with a Danish error and change nothing, EITHER when it is legitimate input that may be saved,
as long as it is shown escaped wherever it is displayed (and never crashes the page).
"""

import functools
import io
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass

REJECT = "reject"
EITHER = "either"


@dataclass(frozen=True)
class Payload:
    name: str
    value: object  # str, list of str, or a callable(context) for values that need the world
    expect: str = REJECT
    markup: bool = False  # HTML that must never reach a page unescaped


# --- Text: script and HTML injection, local and internal URLs, formulas, overlong --------------

SCRIPT = '<script>alert("obb-xss")</script>'
IMG_FILE_URL = '<img src="file:///etc/passwd" onerror="alert(\'obb-xss\')">'
INTERNAL_URL = ('<a href="http://169.254.169.254/latest/meta-data/">obb-link</a>'
                '<iframe src="http://localhost:8000/admin/"></iframe>')
STYLE_URL = '<style>@import url("file:///etc/shadow");</style><link rel="stylesheet" href="http://127.0.0.1/x.css">'
FORMULAS = [
    '=HYPERLINK("http://169.254.169.254/latest/meta-data/","Klik her")',
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
]
OVERLONG = "Langt " * 20_000  # 120,000 characters
NUL = "før\x00efter"

TEXT = [
    Payload("script", SCRIPT, EITHER, markup=True),
    Payload("img-file-url", IMG_FILE_URL, EITHER, markup=True),
    Payload("internal-url", INTERNAL_URL, EITHER, markup=True),
    Payload("formula", FORMULAS[0], EITHER),
    Payload("overlong", OVERLONG),
    Payload("nul-byte", NUL),
]
# Every text a user writes, as the export tests store it: markup and formulas at once.
EXPORT_TEXTS = [SCRIPT, IMG_FILE_URL, INTERNAL_URL, STYLE_URL, *FORMULAS]

# --- Dates, times and numbers -------------------------------------------------------------------

DATE = [
    Payload("month-13", "2023-13-45"),
    Payload("feb-30", "2023-02-30"),
    Payload("zero-date", "0000-00-00"),
    Payload("not-a-date", "i morgen<script>"),
    Payload("year-9999", "9999-12-31"),
    Payload("year-1", "0001-01-01"),
]
TIME = [
    Payload("hour-25", "25:61"),
    Payload("not-a-time", "kl. tolv"),
]
NUMBER = [
    Payload("letters", "abc"),
    Payload("1e309", "1e309"),
    Payload("huge", "99999999999999999999999"),
    Payload("negative", "-1", EITHER),
    Payload("fraction", "1.5"),
]
DECIMAL = [
    Payload("letters", "abc"),
    Payload("1e309", "1e309"),
    Payload("nan", "NaN"),
    Payload("infinity", "Infinity"),
    Payload("negative", "-1", EITHER),
]
# A formset's management form: TOTAL_FORMS and friends. Django caps a huge TOTAL_FORMS and
# ignores MIN_NUM_FORMS and MAX_NUM_FORMS, so a huge number there may go through.
MANAGEMENT = [
    Payload("letters", "abc"),
    Payload("huge", "99999999", EITHER),
]
# The hidden saved state of a leadership edit page (strategy/forms/editing.py): a page that does
# not credibly say what it was opened on is refused (409), since it might undo someone's work.
SAVED_STATE = [
    Payload("missing", ""),
    Payload("forged", "0" * 64),
    Payload("script", SCRIPT, markup=True),
    Payload("overlong", OVERLONG),
    Payload("year-1", "0001-01-01T00:00:00+01:00"),
    Payload("year-9999", "9999-12-31T23:59:59-01:00"),
    Payload("future", "2999-01-01T00:00:00+00:00"),
]
# The Danish numbers of a key-figure row (one text per column).
DANISH_NUMBER = [
    Payload("letters", "abc"),
    Payload("1e309", "1e309"),
    Payload("script", SCRIPT, markup=True),
    Payload("huge", "9" * 400),
]

# --- Ids and choices ----------------------------------------------------------------------------

UNKNOWN_ID = "999999"
FOREIGN = "foreign"  # resolved at run time: the id of an object the form does not offer

ID = [
    Payload("unknown-id", UNKNOWN_ID),
    Payload("foreign-id", FOREIGN),
    Payload("not-an-id", "1 OR 1=1"),
]
IDS = [
    Payload("unknown-id", [UNKNOWN_ID]),
    Payload("foreign-id", FOREIGN),
    Payload("not-an-id", ["1 OR 1=1"]),
]
CHOICE = [
    Payload("unknown-choice", "ukendt<script>"),
]

# --- Files --------------------------------------------------------------------------------------


def _zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def text_named_xlsx():
    return b"Navn;Enhed\nAlice;Nordhuset\n"


def random_bytes():
    return random.Random(4).randbytes(64 * 1024)


def zip_not_xlsx():
    return _zip({"readme.txt": "Dette er ikke et regneark."})


def xlsx_without_sheets():
    """A zip that claims to be a workbook ([Content_Types].xml) but has nothing in it."""
    return _zip({"[Content_Types].xml": "<Types/>"})


def html_named_xlsx():
    return f"<html><body>{SCRIPT}<table><tr><td>=1+1</td></tr></table></body></html>".encode()


@functools.cache
def oversized(megabytes):
    """A file just over the upload limit; it starts like a zip, so only its size gives it away."""
    return b"PK\x03\x04" + b"\0" * (megabytes * 1024 * 1024 + 1)


@functools.cache
def xlsx_many_rows(rows=20_000):
    """A real workbook with far more rows than any sheet the app reads."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for number in range(rows):
        sheet.append([f"Række {number}", number])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@functools.cache
def xlsx_lookalike_numbers():
    """A workbook for both imports (a sheet each) whose number cells are texts that only look like
    numbers: "²" is a digit to str.isdigit(), but int("²") fails; "NaN" is a Decimal that cannot
    be compared."""
    from openpyxl import Workbook

    from hrtools.staffstats.services import COLUMNS as STAFF_COLUMNS
    from strategy.services.importing import COLUMNS as ACTION_COLUMNS

    workbook = Workbook(write_only=True)
    actions = workbook.create_sheet("Handlinger")
    actions.append([str(label) for label in ACTION_COLUMNS.values()])
    actions.append(["service", "OBB tæller til ²", "²", "team-nord", "mia", "planlagt", "²", "²", "٢٠٢٣", "١"])
    staff = workbook.create_sheet("Medarbejdere")
    staff.append([column.header for column in STAFF_COLUMNS])
    staff.append(["team-nord", "²", "kvinde", "bibliotekar", "dansk oprindelse", "01-08-2015", "NaN", "fuldtid"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@functools.cache
def png(width, height):
    """A minimal valid PNG of the given size (1 bit per pixel, all black), built by hand so a
    huge picture is still a small file."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\0" + b"\0" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def text_named_png():
    return b"GIF89a? nej, bare tekst " + SCRIPT.encode()


def truncated_png():
    return png(64, 64)[:60]


def svg_named_png():
    return f'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/>{SCRIPT}</svg>'.encode()


@dataclass(frozen=True)
class FilePayload:
    name: str
    filename: str
    build: object  # callable(settings) -> bytes


def _limit(settings):
    return settings.MAX_UPLOAD_MB


XLSX_FILES = [
    FilePayload("text-as-xlsx", "handlinger.xlsx", lambda s: text_named_xlsx()),
    FilePayload("random-bytes", "handlinger.xlsx", lambda s: random_bytes()),
    FilePayload("zip-not-xlsx", "handlinger.xlsx", lambda s: zip_not_xlsx()),
    FilePayload("empty-workbook-zip", "handlinger.xlsx", lambda s: xlsx_without_sheets()),
    FilePayload("html-as-xlsx", "handlinger.xlsx", lambda s: html_named_xlsx()),
    FilePayload("empty-file", "handlinger.xlsx", lambda s: b""),
    FilePayload("oversized", "handlinger.xlsx", lambda s: oversized(_limit(s))),
    FilePayload("many-rows", "handlinger.xlsx", lambda s: xlsx_many_rows()),
    FilePayload("lookalike-numbers", "handlinger.xlsx", lambda s: xlsx_lookalike_numbers()),
]
IMAGE_FILES = [
    FilePayload("text-as-png", "foto.png", lambda s: text_named_png()),
    FilePayload("truncated-png", "foto.png", lambda s: truncated_png()),
    FilePayload("svg-as-png", "foto.png", lambda s: svg_named_png()),
    FilePayload("xlsx-as-png", "foto.png", lambda s: zip_not_xlsx()),
    FilePayload("huge-dimensions", "foto.png", lambda s: png(30_000, 30_000)),
    FilePayload("large-dimensions", "foto.png", lambda s: png(12_000, 12_000)),
    FilePayload("oversized", "foto.png", lambda s: oversized(_limit(s))),
]

BY_KIND = {
    "text": TEXT,
    "date": DATE,
    "time": TIME,
    "number": NUMBER,
    "decimal": DECIMAL,
    "management": MANAGEMENT,
    "saved-state": SAVED_STATE,
    "danish-numbers": DANISH_NUMBER,
    "id": ID,
    "ids": IDS,
    "choice": CHOICE,
    "xlsx": XLSX_FILES,
    "image": IMAGE_FILES,
}
