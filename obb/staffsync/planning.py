"""Checking the staff file against itself and the app, and working out what it changes.

`plan_sync` reads the database a fixed number of times whatever the number of rows (every
unit and every account once), so a file of 20,000 staff is checked in seconds. It writes nothing.
"""

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils import timezone
from django.utils.translation import gettext as _

from obb.models import Unit, User
from obb.staffsync.reading import RowError

NUMBER_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$")
_DATE_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("year", "month", "day")),
    (re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$"), ("day", "month", "year")),
]
# The fields a row may change on an existing account, in the order the preview lists them.
TRACKED = ["first_name", "last_name", "email", "unit", "job_title", "manager", "start_date", "end_date"]
MAX_LENGTH = {"first_name": 150, "last_name": 150, "email": 254, "job_title": 120}
_email = EmailValidator()


def parse_date(value):
    """A date from an Excel date cell or a text (2025-03-31, 31-03-2025, 31.03.2025, 31/3/2025);
    raise ValueError for anything else."""
    if value is None or isinstance(value, date):
        return value
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(value)
        if match:
            parts = dict(zip(order, map(int, match.groups()), strict=True))
            return date(parts["year"], parts["month"], parts["day"])
    raise ValueError(value)


def _words(text):
    return " ".join(str(text).split()).casefold()


@dataclass
class NewPerson:
    number: int  # the row
    values: dict  # cleaned: employee_number, names, email, unit (Unit or a name to create), …
    level: int = 0  # 0: their manager exists already; n: their manager is new at level n-1


@dataclass
class Change:
    number: int
    user: User
    fields: dict  # field → (old, new); manager as (old number or None, new number or None)
    linked: bool = False  # matched by e-mail: the file's number is stored on the account


@dataclass
class SyncPlan:
    today: date
    columns: frozenset
    errors: list = field(default_factory=list)
    new: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    leavers: list = field(default_factory=list)  # Change-like: (row, user, end_date) deactivated now
    not_created: list = field(default_factory=list)  # rows of people who left before they were known
    inactive_in_file: list = field(default_factory=list)  # (row, user): current in the file, inactive here
    not_in_file: list = field(default_factory=list)  # users with a number the file does not have
    units_to_create: list = field(default_factory=list)  # names
    unchanged: int = 0
    names: dict = field(default_factory=dict)  # employee number → full name, for the preview

    @property
    def is_valid(self):
        return not self.errors

    @property
    def has_changes(self):
        return bool(self.new or self.changes or self.leavers or self.units_to_create)

    def changes_of(self, field_name):
        return [change for change in self.changes if field_name in change.fields]

    def summary(self):
        """Counts per kind of difference, in the order the preview and the command show them."""
        counts = {"new": len(self.new), "linked": sum(1 for change in self.changes if change.linked)}
        for name in TRACKED:
            counts[name] = len(self.changes_of(name))
        counts.update(leavers=len(self.leavers), not_created=len(self.not_created),
                      units_to_create=len(self.units_to_create), inactive_in_file=len(self.inactive_in_file),
                      not_in_file=len(self.not_in_file), unchanged=self.unchanged)
        return counts

    def fingerprint(self):
        """A digest of every difference: the confirmation applies the plan only if the file and
        the app still give the same one as the preview did."""
        digest = hashlib.sha256()
        for person in self.new:
            digest.update(repr(("new", sorted((k, str(v)) for k, v in person.values.items()))).encode())
        for change in self.changes:
            digest.update(repr(("change", change.user.pk, sorted((k, str(v)) for k, v in change.fields.items()),
                                change.linked)).encode())
        for _row, user, end_date in self.leavers:
            digest.update(repr(("leaver", user.pk, str(end_date))).encode())
        digest.update(repr(("units", self.units_to_create)).encode())
        return digest.hexdigest()


class _Context:
    """Everything the rows are checked against, read once."""

    def __init__(self):
        self.units = list(Unit.objects.order_by("pk"))
        self.units_by_pk = {unit.pk: unit for unit in self.units}
        self.units_by_code = {unit.code.casefold(): unit for unit in self.units if unit.code}
        self.units_by_name = {}
        for unit in self.units:
            if unit.is_active:
                self.units_by_name.setdefault(_words(unit.name), []).append(unit)
        # Whole rows: the history of a changed account copies every field.
        self.users = list(User.objects.order_by("pk"))
        self.by_pk = {user.pk: user for user in self.users}
        self.by_number = {user.employee_number: user for user in self.users if user.employee_number}
        self.by_email = {}
        for user in self.users:
            if user.email:
                self.by_email.setdefault(user.email.casefold(), []).append(user)
        self.usernames = {user.username.casefold() for user in self.users}


def plan_sync(rows, *, today=None, create_units_under=None, present_columns=None):
    """Check ``rows`` (from `reading.read_file`) and return the `SyncPlan`. ``create_units_under``
    (a Unit) lets unknown units be created below it; without it they are errors.
    ``present_columns`` is the set of column keys the file has (default: those of the first row)."""
    today = today or timezone.localdate()
    present = frozenset(present_columns or (rows[0].values.keys() if rows else ()))
    plan = SyncPlan(today=today, columns=present)
    context = _Context()
    cleaned = _clean_rows(rows, context, plan, create_units_under)
    _check_managers(cleaned, context, plan)
    if plan.errors:
        return plan
    _differences(cleaned, context, plan)
    return plan


# --- Row by row --------------------------------------------------------------------------------

def _clean_rows(rows, context, plan, create_units_under):
    seen_numbers, seen_emails, cleaned = {}, {}, []
    unknown_units = {}
    for row in rows:
        errors = list(row.errors)
        values = row.values
        out = {}

        def error(column, message, errors=errors, number=row.number):
            errors.append(RowError(number, column, message))

        number = values.get("employee_number")
        if number is None:
            error("employee_number", _("Medarbejdernummeret mangler."))
        elif not NUMBER_PATTERN.match(number):
            error("employee_number", _("»%(value)s« er ikke et gyldigt medarbejdernummer (bogstaver og tal, højst "
                                       "32 tegn).") % {"value": number[:40]})
        elif number in seen_numbers:
            error("employee_number", _("Medarbejdernummeret %(value)s står også i række %(other)s.")
                  % {"value": number, "other": seen_numbers[number]})
        else:
            seen_numbers[number] = row.number
        out["employee_number"] = number

        for key in ("first_name", "last_name"):
            value = values.get(key)
            if value is None:
                error(key, _("Skal udfyldes."))
            elif len(value) > MAX_LENGTH[key]:
                error(key, _("Højst %(max)s tegn.") % {"max": MAX_LENGTH[key]})
            out[key] = value or ""

        email = values.get("email")
        if email is None:
            error("email", _("E-mailadressen mangler; den bruges, når medarbejderen logger ind første gang."))
        else:
            try:
                _email(email)
                if len(email) > MAX_LENGTH["email"]:
                    raise ValidationError("")
            except ValidationError:
                error("email", _("»%(value)s« er ikke en gyldig e-mailadresse.") % {"value": email[:80]})
            else:
                key = email.casefold()
                if key in seen_emails:
                    error("email", _("E-mailadressen står også i række %(other)s.") % {"other": seen_emails[key]})
                else:
                    seen_emails[key] = row.number
        out["email"] = email or ""

        unit_text = values.get("unit")
        if unit_text is None:
            error("unit", _("Enheden mangler."))
        else:
            unit = context.units_by_code.get(unit_text.casefold())
            if unit is None:
                matches = context.units_by_name.get(_words(unit_text), [])
                if len(matches) > 1:
                    error("unit", _("Flere enheder hedder »%(value)s«. Brug enhedskoden.") % {"value": unit_text})
                elif matches:
                    unit = matches[0]
            if unit is None and not any(e.column == "unit" for e in errors):
                unknown_units.setdefault(_words(unit_text), (unit_text, []))[1].append(row.number)
                unit = unit_text  # created below `create_units_under`, or an error below
            elif unit is not None and not unit.is_active:
                error("unit", _("Enheden »%(value)s« er nedlagt i appen.") % {"value": unit_text})
            out["unit"] = unit

        if "job_title" in values:
            title = values.get("job_title") or ""
            if len(title) > MAX_LENGTH["job_title"]:
                error("job_title", _("Højst %(max)s tegn.") % {"max": MAX_LENGTH["job_title"]})
            out["job_title"] = title

        if "manager" in values:
            manager = values.get("manager")
            if manager is not None and not NUMBER_PATTERN.match(manager):
                error("manager", _("»%(value)s« er ikke et gyldigt medarbejdernummer.") % {"value": manager[:40]})
            out["manager"] = manager

        for key in ("start_date", "end_date"):
            if key in values:
                try:
                    out[key] = parse_date(values.get(key))
                except ValueError:
                    error(key, _("»%(value)s« er ikke en dato. Skriv fx 2025-03-31 eller 31-03-2025.")
                          % {"value": str(values.get(key))[:40]})
                    out[key] = None
        if out.get("start_date") and out.get("end_date") and out["end_date"] < out["start_date"]:
            error("end_date", _("Fratrådt (%(end)s) er før ansat fra (%(start)s).")
                  % {"end": out["end_date"].isoformat(), "start": out["start_date"].isoformat()})

        plan.errors.extend(errors)
        cleaned.append((row.number, out, not errors))

    for text, rows_with in unknown_units.values():
        if create_units_under is None:
            plan.errors.append(RowError(rows_with[0], "unit", _(
                "Enheden »%(value)s« findes ikke i appen (også i %(count)s andre rækker). Opret den i "
                "administrationen med navnet eller enhedskoden, eller vælg en overordnet enhed, som nye enheder "
                "oprettes under.") % {"value": text, "count": len(rows_with) - 1}))
        else:
            plan.units_to_create.append(text)
    return cleaned


def _check_managers(cleaned, context, plan):
    """Every manager named must be in the file or in the app, and nobody may manage themself,
    directly or around a loop."""
    in_file = {out["employee_number"]: number for number, out, _ok in cleaned if out.get("employee_number")}
    manager_of = {user.employee_number: context.by_pk[user.manager_id].employee_number
                  for user in context.users
                  if user.employee_number and user.manager_id in context.by_pk}
    for _number, out, _ok in cleaned:
        if "manager" in out and out.get("employee_number"):
            manager_of[out["employee_number"]] = out["manager"]
    for number, out, _ok in cleaned:
        manager = out.get("manager")
        if manager is None:
            continue
        if manager == out.get("employee_number"):
            plan.errors.append(RowError(number, "manager", _("En medarbejder kan ikke være sin egen leder.")))
        elif manager not in in_file and manager not in context.by_number:
            plan.errors.append(RowError(number, "manager", _(
                "Lederen med medarbejdernummer %(value)s findes hverken i filen eller i appen.") % {"value": manager}))
    # Loops: follow each chain once; a chain that comes back to itself is reported on every row in it.
    state = {}
    for start in list(manager_of):
        path, current = [], start
        while current is not None and current not in state:
            state[current] = "visiting"
            path.append(current)
            current = manager_of.get(current)
        if current is not None and state.get(current) == "visiting":
            loop = path[path.index(current):]
            if len(loop) > 1:
                chain = " → ".join([*loop, loop[0]])
                for person in loop:
                    if person in in_file:
                        plan.errors.append(RowError(in_file[person], "manager", _(
                            "Lederkæden går i ring: %(chain)s.") % {"chain": chain}))
        for person in path:
            state[person] = "done"


# --- What changes ------------------------------------------------------------------------------

def _differences(cleaned, context, plan):
    file_numbers, new_by_number, matched = set(), {}, []
    for number, out, _ok in cleaned:
        employee_number = out["employee_number"]
        file_numbers.add(employee_number)
        plan.names[employee_number] = f"{out['first_name']} {out['last_name']}".strip()
        user, linked = context.by_number.get(employee_number), False
        if user is None:
            user, problem = _match_by_email(out, context)
            if problem:
                plan.errors.append(RowError(number, "email", problem))
                continue
            linked = user is not None
        if user is not None:
            matched.append((number, out, user, linked))
            continue
        other = next(iter(context.by_email.get(out["email"].casefold(), [])), None)
        if other is not None:
            plan.errors.append(RowError(number, "email", _(
                "E-mailadressen bruges allerede af %(name)s (medarbejdernummer %(other)s).")
                % {"name": other, "other": other.employee_number or "–"}))
            continue
        if out.get("end_date") and out["end_date"] < plan.today:
            plan.not_created.append((number, out))
            continue
        person = NewPerson(number, out)
        plan.new.append(person)
        new_by_number[employee_number] = person
    # An account's number after this sync (linked accounts get theirs from the file).
    context.number_of = {user.pk: user.employee_number for user in context.users if user.employee_number}
    context.number_of.update((user.pk, out["employee_number"]) for _n, out, user, _l in matched)
    for number, out, user, linked in matched:
        _change(number, out, user, linked, context, plan)
    for user in context.users:
        if user.employee_number and user.employee_number not in file_numbers and user.is_active:
            plan.not_in_file.append(user)
            plan.names.setdefault(user.employee_number, user.get_full_name())
    _levels(new_by_number)


def _match_by_email(out, context):
    """The account without a number that has the row's e-mail (the first sync), or None."""
    candidates = context.by_email.get(out["email"].casefold(), [])
    without_number = [user for user in candidates if not user.employee_number]
    if len(without_number) > 1:
        return None, _("Flere konti uden medarbejdernummer har denne e-mailadresse. Ret dem i administrationen.")
    if without_number and len(candidates) == 1:
        return without_number[0], None
    return None, None


def _change(number, out, user, linked, context, plan):
    fields = {}
    if linked:
        fields["employee_number"] = (None, out["employee_number"])
    for name in TRACKED:
        if name not in out:
            continue
        new = out[name]
        if name == "unit":
            old = user.unit_id
            new_id = new.pk if isinstance(new, Unit) else None
            if isinstance(new, Unit) and old != new_id:
                fields["unit"] = (context_unit_name(context, old), new)
            elif not isinstance(new, Unit):
                fields["unit"] = (context_unit_name(context, old), new)  # a unit to create
            continue
        if name == "manager":
            old = None
            if user.manager_id is not None:  # a manager outside the register shows as #id
                old = context.number_of.get(user.manager_id, f"#{user.manager_id}")
        else:
            old = getattr(user, name)
        if name == "email" and (old or "").casefold() == (new or "").casefold():
            continue
        if old != new:
            fields[name] = (old, new)
    end_date = out.get("end_date", user.end_date)
    is_current = end_date is None or end_date >= plan.today
    if user.is_active and not is_current:
        plan.leavers.append((number, user, end_date))
    elif not user.is_active and is_current:
        plan.inactive_in_file.append((number, user))
    if fields:
        plan.changes.append(Change(number, user, fields, linked))
    elif not (user.is_active and not is_current):
        plan.unchanged += 1


def context_unit_name(context, unit_id):
    return context.units_by_pk.get(unit_id)


def _levels(new_by_number):
    """New staff whose manager is new too are created after their manager."""
    levels = {}
    for number in new_by_number:
        chain, current = [], number
        while current in new_by_number and current not in levels:  # no loops: checked before
            chain.append(current)
            current = new_by_number[current].values.get("manager")
        base = levels[current] + 1 if current in levels else 0
        for offset, person in enumerate(reversed(chain)):
            levels[person] = base + offset
    for number, person in new_by_number.items():
        person.level = levels[number]
