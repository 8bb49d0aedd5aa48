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
# Text beginning with each character a spreadsheet may read as the start of a formula.
FORMULA_STARTS = {
    "equals": FORMULAS[0],
    "plus": FORMULAS[1],
    "minus": FORMULAS[2],
    "at": FORMULAS[3],
    "tab": "\t=1+1",
    "carriage-return": "\r=HYPERLINK(\"http://169.254.169.254/\")",
}
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


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MEMBERS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><sheets>'
        '<sheet name="Handlinger" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
        f'Type="{_DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    "xl/worksheets/sheet1.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>2</v></c></row></sheetData></worksheet>'),
}


def _workbook_with_shared_string(size, *, declared=None):
    """A workbook, built by hand, with the action import's headers in row 1 and in row 2 one
    shared string of `size` characters, written in pieces so that building it costs little
    memory. With `declared`, the archive's headers claim that string's member unpacks to
    `declared` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _MEMBERS.items():
            archive.writestr(name, text)
        with archive.open("xl/sharedStrings.xml", "w") as member:
            member.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}" count="4" uniqueCount="3">'
                         "<si><t>Pejlemærke</t></si><si><t>Handling</t></si><si><t>".encode())
            chunk = b"A" * (1024 * 1024)
            for _index in range(size // len(chunk)):
                member.write(chunk)
            member.write(b"</t></si></sst>")
    content = buffer.getvalue()
    if declared is not None:
        content = _declare_size(content, "xl/sharedStrings.xml", declared)
    return content


def _declare_size(content, name, size):
    """`content` (a zip archive) with the uncompressed size of member `name` changed to `size`
    in its local header and in the central directory: a header that lies."""
    data = bytearray(content)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        info = archive.getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, size)  # local file header
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, size)  # central directory entry
    return bytes(data)


@functools.cache
def xlsx_bomb(megabytes=64):
    """A decompression bomb: a file of about 100 KB whose shared strings unpack to `megabytes`."""
    return _workbook_with_shared_string(megabytes * 1024 * 1024)


@functools.cache
def xlsx_compresses_too_well():
    """Within the unpacked-size limit, but one member compresses a thousand times."""
    return _workbook_with_shared_string(8 * 1024 * 1024)


@functools.cache
def xlsx_lying_header():
    """The shared strings unpack to 8 MB, but the headers say 900 bytes."""
    return _workbook_with_shared_string(8 * 1024 * 1024, declared=900)


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
    FilePayload("decompression-bomb", "handlinger.xlsx", lambda s: xlsx_bomb()),
    FilePayload("compresses-too-well", "handlinger.xlsx", lambda s: xlsx_compresses_too_well()),
    FilePayload("lying-zip-header", "handlinger.xlsx", lambda s: xlsx_lying_header()),
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
