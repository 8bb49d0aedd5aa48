"""Importing a plan's actions from an Excel sheet.

The import runs in two steps. `read_sheet` turns an uploaded workbook into plain rows (numbers
and texts only, so they can wait in the session between the preview and the confirmation) or
refuses the file as a whole. `validate_rows` checks every row against the plan and the person
importing, and `import_actions` runs the same checks again and creates every action in one
transaction, or none of them.
"""

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from obb.models import Unit, User
from obb.parsing import CellError, parse_int
from obb.spreadsheets import append_row
from obb.uploads import open_workbook
from obb.validators import YEAR_RANGE
from strategy.models import Action, Plan

# Column key → the Danish header of the template, in the template's order.
COLUMNS = {
    "pejlemaerke": gettext_lazy("Pejlemærke"),
    "text": gettext_lazy("Handling"),
    "priority": gettext_lazy("Prioritering"),
    "unit": gettext_lazy("Ansvarlig enhed"),
    "owner": gettext_lazy("Ansvarlig"),
    "status": gettext_lazy("Status"),
    "start_year": gettext_lazy("Start år"),
    "start_quarter": gettext_lazy("Start kvartal"),
    "end_year": gettext_lazy("Slut år"),
    "end_quarter": gettext_lazy("Slut kvartal"),
}
REQUIRED_COLUMNS = ("pejlemaerke", "text")
SHEET_NAME = "Handlinger"
VALUES_SHEET_NAME = "Gyldige værdier"
MAX_ROWS = 1000
MAX_TEXT_LENGTH = 2000
# Status as written in the sheet (the labels, in lower case) → the stored value.
STATUS_WORDS = {str(label).casefold(): value for value, label in Action.Status.choices}

# Model field → column, to place the model's own validation errors in the right column.
_FIELD_COLUMNS = {"priority": "priority", "pejlemaerke": "pejlemaerke", "start_year": "start_year",
                  "start_quarter": "start_quarter", "end_year": "end_year", "end_quarter": "end_quarter",
                  "text": "text"}


def _key(text):
    """Headers and names compare without case, spaces or punctuation ("Start år" = "startår")."""
    return re.sub(r"[\s\-_.,:;]+", "", str(text)).casefold()


def _words(text):
    """Names compare with whitespace collapsed and without case."""
    return " ".join(str(text).split()).casefold()


@dataclass(frozen=True)
class RowError:
    """One problem in the sheet, at a row (1-based, as Excel numbers them) and a column."""

    row: int | None
    column: str | None
    message: str

    def __str__(self):
        if self.row and self.column:
            return _("Række %(row)s, kolonne »%(column)s«: %(message)s") % {
                "row": self.row, "column": COLUMNS[self.column], "message": self.message}
        if self.row:
            return _("Række %(row)s: %(message)s") % {"row": self.row, "message": self.message}
        return self.message


@dataclass
class SheetRow:
    """A row of the sheet as plain values (str, int, float or None) keyed by column, plus the
    problems found in its cells while reading (formulas, dates, error values)."""

    number: int
    values: dict
    errors: list = field(default_factory=list)

    def to_json(self):
        return [self.number, self.values, [[e.column, e.message] for e in self.errors]]

    @classmethod
    def from_json(cls, data):
        number, values, errors = data
        return cls(number, values, [RowError(number, column, message) for column, message in errors])


@dataclass
class ImportRow:
    """A valid row: the action it will create."""

    number: int
    action: Action


@dataclass
class ImportResult:
    rows: list
    errors: list

    @property
    def is_valid(self):
        return bool(self.rows) and not self.errors


# --- Who may import ----------------------------------------------------------------------------

def can_import(user):
    """Leadership imports actions for any unit; a manager for the units they lead."""
    return user.is_authenticated and (user.is_leadership or user.is_manager)


def check_can_import(plan, user):
    if not can_import(user):
        raise PermissionDenied
    if plan.is_published:
        raise ValidationError(_("Planen for %(year)s er offentliggjort. Der kan ikke importeres handlinger til "
                                "en offentliggjort plan.") % {"year": plan.year})


# --- Reading the sheet -------------------------------------------------------------------------

def _cell_value(cell):
    """The plain value of a cell, or (None, message) for a cell the import cannot take."""
    if cell.data_type == "f":
        return None, _("Cellen indeholder en formel. Skriv værdien i stedet for formlen.")
    value = cell.value
    if cell.data_type == "e":
        return None, _("Cellen indeholder en fejlværdi (%(value)s).") % {"value": value}
    if isinstance(value, (datetime, date, time)):
        return None, _("Cellen indeholder en dato eller et klokkeslæt. Skriv et tal eller en tekst.")
    if isinstance(value, bool):
        return None, _("Cellen indeholder en sandhedsværdi. Skriv et tal eller en tekst.")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not value:
            value = None
    if value is not None and not isinstance(value, (str, int, float)):
        return None, _("Cellens indhold kan ikke læses.")
    return value, None


def _header_map(cells):
    """Map column positions to column keys from the header row; raise for unknown, repeated or
    missing headers."""
    known = {_key(label): key for key, label in COLUMNS.items()}
    positions, errors = {}, []
    for position, cell in enumerate(cells):
        if cell.value is None or not str(cell.value).strip():
            continue
        header = str(cell.value).strip()
        key = known.get(_key(header))
        if key is None:
            errors.append(_("Kolonnen »%(header)s« kendes ikke.") % {"header": header})
        elif key in positions.values():
            errors.append(_("Kolonnen »%(header)s« står der to gange.") % {"header": COLUMNS[key]})
        else:
            positions[position] = key
    for key in REQUIRED_COLUMNS:
        if key not in positions.values():
            errors.append(_("Kolonnen »%(header)s« mangler.") % {"header": COLUMNS[key]})
    if errors:
        errors.append(_("Første række skal være overskrifterne fra skabelonen: %(headers)s.")
                      % {"headers": ", ".join(str(label) for label in COLUMNS.values())})
        raise ValidationError(errors)
    return positions


def read_sheet(upload):
    """Read the uploaded workbook into `SheetRow`s. Raises a Danish ValidationError when the
    file is not an Excel workbook, is too large, is empty or lacks the template's headers."""
    # Formulas kept, so that a formula cell is refused rather than imported as whatever value
    # Excel last cached for it (or as nothing).
    workbook = open_workbook(upload, formulas=True)
    try:
        sheet = workbook[SHEET_NAME] if SHEET_NAME in workbook.sheetnames else workbook.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong size; read what is there
        return _read_rows(_bounded(enumerate(sheet.iter_rows(), start=1)))
    finally:
        workbook.close()


def _bounded(row_iter):
    """The sheet's rows, refusing the sheet at the first row past the limit. Every row counts,
    blank ones included (a sheet of 400,000 formatted empty rows costs as much to read as one
    of 400,000 actions); the header is row 1, as in the template."""
    for number, cells in row_iter:
        if number > MAX_ROWS + 1:
            raise ValidationError(
                _("Arket har mere end %(max)s rækker under overskriftsrækken (tomme rækker med formatering tæller "
                  "med). Slet de tomme rækker under handlingerne, eller del arket op.") % {"max": MAX_ROWS})
        yield number, cells


def _read_rows(row_iter):
    header = None
    for _number, cells in row_iter:
        if any(cell.value is not None and str(cell.value).strip() for cell in cells):
            header = cells
            break
    if header is None:
        raise ValidationError(_("Arket er tomt. Hent skabelonen, og skriv én handling pr. række under "
                                "overskrifterne."))
    positions = _header_map(header)
    rows = []
    for number, cells in row_iter:
        values, errors = dict.fromkeys(positions.values()), []
        for position, cell in enumerate(cells):
            key = positions.get(position)
            if key is None:
                continue
            value, problem = _cell_value(cell)
            values[key] = value
            if problem:
                errors.append((key, problem))
        if all(value is None for value in values.values()) and not errors:
            continue
        rows.append(SheetRow(number, values, [RowError(number, key, message) for key, message in errors]))
    if not rows:
        raise ValidationError(_("Arket har ingen handlinger under overskriftsrækken."))
    return rows


# --- Checking the rows -------------------------------------------------------------------------

class _Lookups:
    """What the rows are checked against, read once for the whole sheet."""

    def __init__(self, plan, user):
        self.plan, self.user = plan, user
        self.pejlemaerker = {}
        self.priorities = {}
        for pejlemaerke in plan.strategy.pejlemaerker.prefetch_related("priorities"):
            self.pejlemaerker[_key(pejlemaerke.slug)] = pejlemaerke
            self.pejlemaerker[_key(pejlemaerke.name)] = pejlemaerke
            self.priorities[pejlemaerke.pk] = list(pejlemaerke.priorities.all())
        self.units_by_slug, self.units_by_name = {}, {}
        for unit in Unit.objects.filter(is_active=True):
            self.units_by_slug[_key(unit.slug)] = unit
            self.units_by_name.setdefault(_words(unit.name), []).append(unit)
        self.users_by_username, self.users_by_name = {}, {}
        for person in User.objects.current():
            self.users_by_username[person.username.casefold()] = person
            full_name = _words(person.get_full_name())
            if full_name:
                self.users_by_name.setdefault(full_name, []).append(person)
        self.existing = {
            (pejlemaerke_id, _words(text))
            for pejlemaerke_id, text in plan.actions.values_list("pejlemaerke_id", "text")
        }
        self.authority = None if user.is_leadership else user.authority_unit_ids


def _year(value):
    if value is None:
        return None
    year = parse_int(value) if isinstance(value, str) else value
    if not isinstance(year, int) or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise CellError(_("»%(value)s« er ikke et årstal (skriv fx 2024).") % {"value": value})
    return year


def _quarter(value):
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip().rstrip(".")
    quarter = parse_int(value) if isinstance(value, str) else value
    if quarter not in (1, 2, 3, 4):
        raise CellError(_("»%(value)s« er ikke et kvartal. Skriv 1, 2, 3 eller 4.") % {"value": value})
    return quarter


class _RowChecker:
    def __init__(self, lookups, row):
        self.lookups, self.row, self.errors = lookups, row, list(row.errors)
        self.failed = {error.column for error in self.errors}

    def error(self, column, message):
        self.errors.append(RowError(self.row.number, column, message))
        self.failed.add(column)

    def value(self, column):
        return None if column in self.failed else self.row.values.get(column)

    def check(self):
        lookups = self.lookups
        action = Action(plan=lookups.plan, status=Action.Status.PLANNED)
        pejlemaerke = self.pejlemaerke()
        if pejlemaerke:
            action.pejlemaerke = pejlemaerke
        action.text = self.text(pejlemaerke)
        action.priority = self.priority(pejlemaerke)
        action.unit = self.unit()
        action.owner = self.owner()
        action.status = self.status()
        for column, parse in (("start_year", _year), ("start_quarter", _quarter), ("end_year", _year),
                              ("end_quarter", _quarter)):
            try:
                setattr(action, column, parse(self.value(column)))
            except CellError as problem:
                self.error(column, str(problem.args[0]))
        if not self.errors:
            self.model_rules(action)
        return action

    def pejlemaerke(self):
        value = self.value("pejlemaerke")
        if value is None:
            if "pejlemaerke" not in self.failed:
                self.error("pejlemaerke", _("Skriv pejlemærkets navn."))
            return None
        pejlemaerke = self.lookups.pejlemaerker.get(_key(value))
        if pejlemaerke is None:
            self.error("pejlemaerke", _("»%(value)s« er ikke et pejlemærke i planen.") % {"value": value})
        return pejlemaerke

    def text(self, pejlemaerke):
        value = self.value("text")
        if value is None:
            if "text" not in self.failed:
                self.error("text", _("Skriv handlingen."))
            return ""
        value = str(value)
        if len(value) > MAX_TEXT_LENGTH:
            self.error("text", _("Teksten er for lang (%(length)s tegn). Den må højst være %(max)s tegn.")
                       % {"length": len(value), "max": MAX_TEXT_LENGTH})
        elif pejlemaerke and (pejlemaerke.pk, _words(value)) in self.lookups.existing:
            self.error("text", _("Handlingen står allerede under pejlemærket »%(pejlemaerke)s« i planen.")
                       % {"pejlemaerke": pejlemaerke.name})
        return value

    def priority(self, pejlemaerke):
        value = self.value("priority")
        if value is None or pejlemaerke is None:
            return None
        priorities = self.lookups.priorities[pejlemaerke.pk]
        if isinstance(value, str):
            number = parse_int(value.strip().rstrip("."))
            if number is not None:
                value = number
        if isinstance(value, int):
            if 1 <= value <= len(priorities):
                return priorities[value - 1]
        else:
            wanted = _words(value)
            for priority in priorities:
                if _words(priority.text) == wanted:
                    return priority
        self.error("priority", _("»%(value)s« er ikke en prioritering under pejlemærket »%(pejlemaerke)s«. "
                                 "Skriv prioriteringens nummer (1–%(count)s) eller dens tekst.")
                   % {"value": value, "pejlemaerke": pejlemaerke.name, "count": len(priorities)})
        return None

    def unit(self):
        value, authority = self.value("unit"), self.lookups.authority
        if value is None:
            if authority is not None and "unit" not in self.failed:
                self.error("unit", _("Skriv den ansvarlige enhed (en af de enheder, du er leder for)."))
            return None
        by_slug = self.lookups.units_by_slug.get(_key(value))
        matches = [by_slug] if by_slug else self.lookups.units_by_name.get(_words(value), [])
        if not matches:
            self.error("unit", _("»%(value)s« er ikke en enhed.") % {"value": value})
            return None
        if len(matches) > 1:
            self.error("unit", _("Flere enheder hedder »%(value)s«. Skriv enhedens korte navn.") % {"value": value})
            return None
        unit = matches[0]
        if authority is not None and unit.pk not in authority:
            self.error("unit", _("Du kan kun importere handlinger for de enheder, du er leder for, og "
                                 "»%(unit)s« er ikke en af dem.") % {"unit": unit.name})
            return None
        return unit

    def owner(self):
        value = self.value("owner")
        if value is None:
            return None
        text = str(value)
        person = self.lookups.users_by_username.get(text.strip().casefold())
        if person is not None:
            return person
        matches = self.lookups.users_by_name.get(_words(text), [])
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.error("owner", _("Flere medarbejdere hedder »%(value)s«. Skriv brugernavnet.") % {"value": text})
        else:
            self.error("owner", _("»%(value)s« er ikke en medarbejder. Skriv brugernavn eller fulde navn.")
                       % {"value": text})
        return None

    def status(self):
        value = self.value("status")
        if value is None:
            return Action.Status.PLANNED
        text = _words(value)
        status = STATUS_WORDS.get(text) or (text if text in Action.Status.values else None)
        if status is None:
            self.error("status", _("»%(value)s« er ikke en status. Skriv en af: %(choices)s.")
                       % {"value": value, "choices": ", ".join(STATUS_WORDS)})
            return Action.Status.PLANNED
        return status

    def model_rules(self, action):
        """The model's own rules (timing in order, priority of the right pejlemærke)."""
        try:
            action.clean()
        except ValidationError as problem:
            for field_name, messages in problem.message_dict.items():
                for message in messages:
                    self.error(_FIELD_COLUMNS.get(field_name, "text"), message)


def validate_rows(plan, user, sheet_rows):
    """Check every row; returns the actions to create (unsaved) and every problem found."""
    check_can_import(plan, user)
    lookups = _Lookups(plan, user)
    rows, errors, seen = [], [], {}
    for sheet_row in sheet_rows:
        checker = _RowChecker(lookups, sheet_row)
        action = checker.check()
        if not checker.errors and action.pejlemaerke_id:
            duplicate_key = (action.pejlemaerke_id, _words(action.text))
            if duplicate_key in seen:
                checker.error("text", _("Handlingen står også i række %(row)s under samme pejlemærke.")
                              % {"row": seen[duplicate_key]})
            seen.setdefault(duplicate_key, sheet_row.number)
        if checker.errors:
            errors.extend(checker.errors)
        else:
            rows.append(ImportRow(sheet_row.number, action))
    return ImportResult(rows, errors)


def import_actions(plan, user, sheet_rows):
    """Create the actions of the sheet, all or none. Raises ValidationError (with every
    problem) when a row is not valid any more, or when the plan has been published meanwhile."""
    with transaction.atomic():
        plan = Plan.objects.select_for_update().get(pk=plan.pk)
        result = validate_rows(plan, user, sheet_rows)
        if not result.is_valid:
            raise ValidationError([str(error) for error in result.errors]
                                  or [_("Arket har ingen handlinger at importere.")])
        next_order = dict(
            plan.actions.order_by().values("pejlemaerke").annotate(last=Max("order")).values_list("pejlemaerke", "last")
        )
        created = []
        for row in result.rows:
            action = row.action
            order = next_order.get(action.pejlemaerke_id)
            action.order = 0 if order is None else order + 1
            next_order[action.pejlemaerke_id] = action.order
            action.save()
            created.append(action)
    return created


# --- The template ------------------------------------------------------------------------------

def template_units(user):
    """The units a person may import actions for: all for leadership, their own for a manager."""
    units = Unit.objects.filter(is_active=True)
    return units if user.is_leadership else units.filter(pk__in=user.authority_unit_ids)


def template_workbook(plan, user):
    """The import template for `plan` as .xlsx bytes: the header row on the first sheet, and the
    valid pejlemærker (with their numbered priorities), units and statuses on the second."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    bold = Font(bold=True)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_NAME
    append_row(sheet, [str(label) for label in COLUMNS.values()])
    for index, width in enumerate([28, 60, 16, 26, 22, 14, 10, 13, 10, 13], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.cell(row=1, column=index).font = bold
    sheet.freeze_panes = "A2"

    values = workbook.create_sheet(VALUES_SHEET_NAME)
    append_row(values, [_("Pejlemærke"), _("Kort navn"), _("Prioritering nr."), _("Prioritering"), None,
                   _("Ansvarlig enhed"), _("Kort navn"), None, _("Status")])
    for index in range(1, 10):
        values.cell(row=1, column=index).font = bold
    pejlemaerke_rows = []
    for pejlemaerke in plan.strategy.pejlemaerker.prefetch_related("priorities"):
        pejlemaerke_rows.append([pejlemaerke.name, pejlemaerke.slug, None, None])
        for number, priority in enumerate(pejlemaerke.priorities.all(), start=1):
            pejlemaerke_rows.append([None, None, number, priority.text])
    units = [[unit.name, unit.slug] for unit in template_units(user)]
    statuses = [[word] for word in STATUS_WORDS]
    for index in range(max(len(pejlemaerke_rows), len(units), len(statuses))):
        first = pejlemaerke_rows[index] if index < len(pejlemaerke_rows) else [None] * 4
        second = units[index] if index < len(units) else [None, None]
        third = statuses[index] if index < len(statuses) else [None]
        append_row(values, [*first, None, *second, None, *third])
    for letter, width in zip("ABCDEFGHI", [44, 44, 16, 80, 2, 30, 28, 2, 14], strict=True):
        values.column_dimensions[letter].width = width

    # Drop-down lists on the first sheet; typing a slug or a number still works.
    last = MAX_ROWS + 1
    status_list = DataValidation(type="list", formula1=f"='{VALUES_SHEET_NAME}'!$I$2:$I${len(statuses) + 1}",
                                 allow_blank=True, showErrorMessage=False)
    status_list.add(f"F2:F{last}")
    sheet.add_data_validation(status_list)
    if units:
        unit_list = DataValidation(type="list", formula1=f"='{VALUES_SHEET_NAME}'!$F$2:$F${len(units) + 1}",
                                   allow_blank=True, showErrorMessage=False)
        unit_list.add(f"D2:D{last}")
        sheet.add_data_validation(unit_list)

    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
