"""Date arithmetic for onboarding due dates (see docs/onboarding.md, "Frister").

- Days and weeks are plain calendar days.
- Months are calendar months; a day that does not exist in the target month is clamped to the
  month's last day (31 January + 1 måned = 28/29 February).
- A due date on a Saturday or Sunday moves to the following Monday; for tasks before the first
  day it moves back to the previous Friday, so the task is still done before the hire arrives.
  Public holidays are not taken into account.
"""

from datetime import date, timedelta

from obb.dates import add_months

SATURDAY = 5


def add_offset(day: date, amount: int, unit: str) -> date:
    if unit == "maaneder":
        return add_months(day, amount)
    if unit == "uger":
        return day + timedelta(weeks=amount)
    return day + timedelta(days=amount)


def off_weekend(day: date, backwards: bool = False) -> date:
    """The nearest working day (Monday–Friday): forwards to Monday, or backwards to Friday."""
    if day.weekday() < SATURDAY:
        return day
    if backwards:
        return day - timedelta(days=day.weekday() - 4)
    return day + timedelta(days=7 - day.weekday())


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week `day` falls in."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
