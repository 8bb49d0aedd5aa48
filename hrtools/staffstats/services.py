"""Operations of the personaleregnskab: a year's snapshot from the employee register or from an
Excel sheet out of the payroll system, both ending as the same anonymous per-person rows."""

import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from hrtools.staffstats.dimensions import (
    UNKNOWN,
    Education,
    EmploymentType,
    Gender,
    Origin,
    age_group,
    hours_group,
    seniority_group,
    snapshot_date,
)
from hrtools.staffstats.models import Snapshot, SnapshotPerson
from obb.models import Unit, User
from obb.parsing import CellError, parse_int
from obb.spreadsheets import append_row

MAX_ROWS = 5000
# The errors of a refused sheet shown on the page; the rest are counted. A sheet of 5,000 wrong
# rows has 40,000 errors, and nobody reads past the first few hundred before mending the sheet.
MAX_ERRORS_SHOWN = 200


def staff_on(counted_on):
    """The members of staff employed on `counted_on`: placed in a unit, started by then (or no
    start date known) and not left before it. Accounts closed without an end date are left out."""
    return (
        User.objects.filter(unit__isnull=False)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=counted_on))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=counted_on))
        .exclude(is_active=False, end_date__isnull=True)
    )


def person_row(unit_id, counted_on, *, birth_year, gender, education, origin, start_date, weekly_hours,
               employment_type):
    """The anonymous row of one person: categories only (see dimensions.py)."""
    return {
        "unit_id": unit_id,
        "age_group": age_group(birth_year, counted_on),
        "gender": gender or UNKNOWN,
        "education": education or UNKNOWN,
        "origin": origin or UNKNOWN,
        "seniority": seniority_group(start_date, counted_on),
        "hours": hours_group(weekly_hours),
        "employment_type": employment_type or UNKNOWN,
    }


def rows_from_register(counted_on):
    rows = []
    for user in staff_on(counted_on).select_related("staff_profile").order_by("pk"):
        profile = getattr(user, "staff_profile", None)
        rows.append(person_row(
            user.unit_id, counted_on,
            birth_year=profile.birth_year if profile else None,
            gender=profile.gender if profile else None,
            education=profile.education if profile else None,
            origin=profile.origin if profile else None,
            start_date=user.start_date,
            weekly_hours=profile.weekly_hours if profile else None,
            employment_type=profile.employment_type if profile else None,
        ))
    return rows


@transaction.atomic
def save_snapshot(year, counted_on, source, rows, *, user=None, file_name=""):
    """Store `rows` as the snapshot of `year`, replacing the one there is (callers ask first)."""
    snapshot, _created = Snapshot.objects.select_for_update().get_or_create(
        year=year, defaults={"counted_on": counted_on, "source": source})
    snapshot.people.all().delete()
    snapshot.counted_on, snapshot.source, snapshot.file_name, snapshot.created_by = (
        counted_on, source, file_name, user)
    snapshot.save()
    people = [SnapshotPerson(snapshot=snapshot, **row) for row in rows]
    bulk_create_with_history(people, SnapshotPerson, batch_size=500, default_user=user)
    return snapshot


def snapshot_from_register(year, *, user=None, source=Snapshot.Source.REGISTER, today=None):
    counted_on = snapshot_date(year, today)
    return save_snapshot(year, counted_on, source, rows_from_register(counted_on), user=user)


# --- Import from the payroll system -------------------------------------------------------


def _choice_words(pairs):
    return {word.lower(): code for code, words in pairs for word in words}


@dataclass(frozen=True)
class Column:
    header: str
    kind: str  # "unit", "year", "choice", "date", "hours"
    words: dict | None = None  # accepted words (lower case) -> code, for "choice"
    shown: tuple = ()  # the values named in an error message and in the template


COLUMNS = [
    Column("Enhed", "unit"),
    Column("Fødselsår", "year"),
    Column("Køn", "choice", _choice_words([(Gender.MALE, ["mand"]), (Gender.FEMALE, ["kvinde"]),
                                           (Gender.OTHER, ["andet"])]),
           ("mand", "kvinde", "andet")),
    Column("Faggruppe", "choice", _choice_words([
        (Education.LIBRARIAN, ["bibliotekar", "informationsspecialist", "bibliotekar/informationsspecialist"]),
        (Education.OFFICE, ["kontoruddannet", "kontor"]),
        (Education.PEDAGOGICAL, ["pædagogisk", "paedagogisk"]),
        (Education.ACADEMIC, ["akademisk", "akademiker"]),
        (Education.IT, ["it", "it og teknik", "teknisk"]),
        (Education.OTHER, ["andet"]),
    ]), ("bibliotekar", "kontoruddannet", "pædagogisk", "akademisk", "it", "andet")),
    Column("Oprindelse", "choice", _choice_words([
        (Origin.DANISH, ["dansk oprindelse", "dansk", "personer med dansk oprindelse"]),
        (Origin.IMMIGRANT, ["indvandrer", "indvandrere"]),
        (Origin.DESCENDANT, ["efterkommer", "efterkommere"]),
    ]), ("dansk oprindelse", "indvandrer", "efterkommer")),
    Column("Ansat fra", "date"),
    Column("Ugentlige timer", "hours"),
    Column("Ansættelsesform", "choice", _choice_words([
        (EmploymentType.FULL_TIME, ["fuldtid"]),
        (EmploymentType.PART_TIME, ["deltid"]),
        (EmploymentType.HOURLY, ["timelønnet/vikar", "timelønnet", "vikar"]),
    ]), ("fuldtid", "deltid", "timelønnet/vikar")),
]
SHEET_NAME = "Medarbejdere"


class SheetInvalid(Exception):
    """The sheet cannot be imported; `errors` are Danish messages naming row and column (at most
    MAX_ERRORS_SHOWN of them), `count` how many there are in all."""

    def __init__(self, errors, count=None):
        super().__init__("; ".join(errors))
        self.errors = errors
        self.count = len(errors) if count is None else count

    @property
    def hidden(self):
        return self.count - len(self.errors)


class _Errors:
    """The errors found in a sheet: the first MAX_ERRORS_SHOWN kept, all counted."""

    def __init__(self):
        self.shown, self.count = [], 0

    def add(self, message):
        self.count += 1
        if len(self.shown) < MAX_ERRORS_SHOWN:
            self.shown.append(message)

    def raise_any(self):
        if self.count:
            raise SheetInvalid(self.shown, self.count)


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _parse_date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    for pattern in ("%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()  # noqa: DTZ007 - a calendar date
        except ValueError:
            continue
    raise ValueError(text)


# Weekly hours as the payroll system writes them: 37, 30,5 or 30.5 (plain digits 0-9 only).
_HOURS = re.compile(r"\d+(?:[.,]\d+)?", re.ASCII)


class _RowParser:
    def __init__(self, year, counted_on):
        self.year, self.counted_on = year, counted_on
        units = list(Unit.objects.all())
        self.units = {unit.slug.lower(): unit for unit in units}
        self.units.update({unit.name.lower(): unit for unit in units})

    def value(self, column, raw):
        """The parsed value of one cell, or raise CellError with the Danish reason."""
        text = _text(raw)
        if not text:
            raise CellError(_("skal udfyldes."))
        if column.kind == "unit":
            unit = self.units.get(text.lower())
            if unit is None:
                raise CellError(_("»%(value)s« er ikke en kendt enhed. Brug enhedens navn eller korte navn, "
                                  "som de står på intranettet.") % {"value": text})
            return unit.pk
        if column.kind == "choice":
            code = column.words.get(text.lower())
            if code is None:
                raise CellError(_("»%(value)s« er ikke en gyldig værdi (%(allowed)s).")
                                % {"value": text, "allowed": ", ".join(column.shown)})
            return code
        if column.kind == "year":
            year = parse_int(text)
            if year is None or not 1900 <= year <= self.year:
                raise CellError(_("»%(value)s« er ikke et gyldigt fødselsår (fx 1975).") % {"value": text})
            return year
        if column.kind == "date":
            try:
                parsed = _parse_date(raw)
            except ValueError:
                raise CellError(_("»%(value)s« er ikke en dato (skriv fx 01-08-2015).") % {"value": text}) from None
            if parsed > self.counted_on:
                raise CellError(_("%(date)s ligger efter opgørelsesdatoen %(counted_on)s.") % {
                    "date": parsed.strftime("%d-%m-%Y"), "counted_on": self.counted_on.strftime("%d-%m-%Y")})
            return parsed
        if column.kind == "hours":
            hours = Decimal(text.replace(",", ".")) if _HOURS.fullmatch(text) else None
            if hours is None or not 0 < hours <= 60:
                raise CellError(_("»%(value)s« er ikke et gyldigt antal timer om ugen (mellem 0 og 60).")
                                % {"value": text})
            return hours
        raise AssertionError(column.kind)


def parse_sheet(workbook, year):
    """The person rows of an imported sheet, or SheetInvalid with every error found. Rows are
    numbered as Excel numbers them (the header is row 1)."""
    counted_on = snapshot_date(year)
    sheet = workbook[SHEET_NAME] if SHEET_NAME in workbook.sheetnames else workbook.worksheets[0]
    lines = sheet.iter_rows(values_only=True)
    header = [_text(value).lower() for value in next(lines, ())]
    errors, positions = [], {}
    for column in COLUMNS:
        if column.header.lower() in header:
            positions[column.header] = header.index(column.header.lower())
        else:
            errors.append(_("Kolonnen »%(column)s« mangler i første række. Brug skabelonen.")
                          % {"column": column.header})
    if errors:
        raise SheetInvalid(errors)
    parser = _RowParser(year, counted_on)
    rows, errors = [], _Errors()
    for number, line in enumerate(lines, start=2):
        # Every row counts against the limit, wrong and blank ones too: reading them is the cost.
        if number > MAX_ROWS + 1:
            raise SheetInvalid([_("Arket har mere end %(max)s rækker under overskriftsrækken (tomme rækker med "
                                  "formatering tæller med). Slet de tomme rækker under medarbejderne, eller del "
                                  "arket op.") % {"max": MAX_ROWS}])
        cells = list(line) + [None] * len(header)
        if all(_text(cell) == "" for cell in cells):
            continue
        values, row_ok = {}, True
        for column in COLUMNS:
            try:
                values[column.header] = parser.value(column, cells[positions[column.header]])
            except CellError as reason:
                row_ok = False
                errors.add(_("Række %(row)s, kolonne »%(column)s«: %(reason)s")
                           % {"row": number, "column": column.header, "reason": reason})
        if row_ok:
            rows.append(person_row(
                values["Enhed"], counted_on, birth_year=values["Fødselsår"], gender=values["Køn"],
                education=values["Faggruppe"], origin=values["Oprindelse"], start_date=values["Ansat fra"],
                weekly_hours=values["Ugentlige timer"], employment_type=values["Ansættelsesform"],
            ))
    errors.raise_any()
    if not rows:
        raise SheetInvalid([_("Arket indeholder ingen medarbejdere under overskriftsrækken.")])
    return rows


def import_snapshot(year, rows, *, user=None, file_name=""):
    return save_snapshot(year, snapshot_date(year), Snapshot.Source.IMPORT, rows, user=user, file_name=file_name)


def template_workbook():
    """The Excel template HR fills from the payroll system: the columns, a drop-down for each
    fixed list, and a sheet with the valid values and the units' names."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_NAME
    sheet.append([column.header for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(COLUMNS):
        letter = chr(ord("A") + index)
        sheet.column_dimensions[letter].width = 22
        if column.kind == "choice":
            validation = DataValidation(type="list", formula1='"' + ",".join(column.shown) + '"', allow_blank=True)
            validation.error = _("Vælg en af værdierne på listen.")
            sheet.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
        if column.kind == "date":
            for row in range(2, 202):
                sheet[f"{letter}{row}"].number_format = "DD-MM-YYYY"
    guide = workbook.create_sheet(_("Vejledning"))
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["B"].width = 80
    guide.append([_("Kolonne"), _("Gyldige værdier")])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    explanations = {
        "unit": _("Enhedens navn eller korte navn, som på intranettet (se listen nedenfor)."),
        "year": _("Fødselsår med fire cifre, fx 1975."),
        "date": _("Første ansættelsesdag, fx 01-08-2015. Bruges til anciennitet."),
        "hours": _("Timer om ugen efter ansættelsen, fx 37 eller 30,5."),
    }
    for column in COLUMNS:
        append_row(guide, [column.header, ", ".join(column.shown) if column.shown else str(explanations[column.kind])])
    guide.append([])
    guide.append([_("Én række pr. medarbejder. Skriv ikke navne eller CPR-numre i arket.")])
    guide.append([])
    guide.append([_("Enheder"), _("Kort navn")])
    for unit in Unit.objects.filter(is_active=True).order_by("path"):
        append_row(guide, [unit.name, unit.slug])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
