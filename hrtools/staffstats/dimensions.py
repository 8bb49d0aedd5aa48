"""The dimensions of the personaleregnskab and their categories.

Every dimension has a fixed list of categories (code, Danish label). Personal values (birth
year, start date, weekly hours) are turned into a category here, so the register snapshot and
the imported sheet give the same per-person rows.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

UNKNOWN = "uoplyst"
UNKNOWN_LABEL = _("Uoplyst")


class Gender:
    MALE, FEMALE, OTHER = "mand", "kvinde", "andet"
    CHOICES = [(MALE, _("Mand")), (FEMALE, _("Kvinde")), (OTHER, _("Andet"))]


class Education:
    LIBRARIAN = "bibliotekar"
    OFFICE = "kontor"
    PEDAGOGICAL = "paedagogisk"
    ACADEMIC = "akademisk"
    IT = "it"
    OTHER = "andet"
    CHOICES = [
        (LIBRARIAN, _("Bibliotekar/informationsspecialist")),
        (OFFICE, _("Kontoruddannet")),
        (PEDAGOGICAL, _("Pædagogisk")),
        (ACADEMIC, _("Akademisk")),
        (IT, _("IT og teknik")),
        (OTHER, _("Andet")),
    ]


class Origin:
    """Danmarks Statistik's three groups of origin (herkomst)."""

    DANISH, IMMIGRANT, DESCENDANT = "dansk", "indvandrer", "efterkommer"
    CHOICES = [
        (DANISH, _("Personer med dansk oprindelse")),
        (IMMIGRANT, _("Indvandrere")),
        (DESCENDANT, _("Efterkommere")),
    ]


class EmploymentType:
    FULL_TIME, PART_TIME, HOURLY = "fuldtid", "deltid", "timeloennet"
    CHOICES = [(FULL_TIME, _("Fuldtid")), (PART_TIME, _("Deltid")), (HOURLY, _("Timelønnet/vikar"))]


AGE_GROUPS = [("under-30", _("Under 30 år")), ("30-39", _("30–39 år")), ("40-49", _("40–49 år")),
              ("50-59", _("50–59 år")), ("60+", _("60 år og derover"))]
SENIORITY_GROUPS = [("under-2", _("Under 2 år")), ("2-5", _("2–5 år")), ("6-10", _("6–10 år")),
                    ("11-20", _("11–20 år")), ("over-20", _("Over 20 år"))]
HOURS_GROUPS = [("under-20", _("Under 20 timer")), ("20-29", _("20–29 timer")), ("30-36", _("30–36 timer")),
                ("37+", _("37 timer og derover"))]


def age_group(birth_year, on):
    """The age group of someone born in `birth_year` on the date `on` (age counted in whole
    years from the birth year alone: the register keeps no birth dates)."""
    if not birth_year:
        return UNKNOWN
    age = on.year - birth_year
    if age < 30:
        return "under-30"
    if age >= 60:
        return "60+"
    decade = age // 10 * 10
    return f"{decade}-{decade + 9}"


def seniority_group(start_date, on):
    """Completed years of employment on `on`: under 2, 2–5, 6–10, 11–20, over 20."""
    if not start_date:
        return UNKNOWN
    years = on.year - start_date.year - ((on.month, on.day) < (start_date.month, start_date.day))
    if years < 2:
        return "under-2"
    if years <= 5:
        return "2-5"
    if years <= 10:
        return "6-10"
    if years <= 20:
        return "11-20"
    return "over-20"


def hours_group(weekly_hours):
    if weekly_hours is None:
        return UNKNOWN
    hours = Decimal(weekly_hours)
    if hours < 20:
        return "under-20"
    if hours < 30:
        return "20-29"
    if hours < 37:
        return "30-36"
    return "37+"


@dataclass(frozen=True)
class Dimension:
    key: str  # also the SnapshotPerson field name
    label: str
    categories: list  # [(code, label)]
    has_reference: bool = False  # Odense's population can be compared on this dimension

    def label_of(self, code):
        return dict(self.categories).get(code, UNKNOWN_LABEL)


DIMENSIONS = [
    Dimension("age_group", _("Alder"), AGE_GROUPS, has_reference=True),
    Dimension("gender", _("Køn"), Gender.CHOICES, has_reference=True),
    Dimension("education", _("Uddannelse (faggruppe)"), Education.CHOICES, has_reference=True),
    Dimension("origin", _("Oprindelse"), Origin.CHOICES, has_reference=True),
    Dimension("seniority", _("Anciennitet"), SENIORITY_GROUPS),
    Dimension("hours", _("Ugentlig arbejdstid"), HOURS_GROUPS),
    Dimension("employment_type", _("Ansættelsesform"), EmploymentType.CHOICES),
]
# The unit dimension has no fixed categories: they are the units below the chosen one.
UNIT_KEY = "unit"
BY_KEY = {dimension.key: dimension for dimension in DIMENSIONS}
REFERENCE_DIMENSIONS = [dimension for dimension in DIMENSIONS if dimension.has_reference]


def snapshot_date(year, today=None):
    """The date a year's snapshot counts the staff on: 31 December, or today for the running year."""
    today = today or timezone.localdate()
    end = date(year, 12, 31)
    return min(end, today) if year == today.year else end
