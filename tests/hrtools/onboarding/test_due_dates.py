"""A template turns into a checklist with due dates computed from the start date: months are
clamped to the month's end, weekends move to Monday (or, before the first day, to Friday)."""

from datetime import date

import pytest

from hrtools.onboarding.dates import add_months, off_weekend
from hrtools.onboarding.models import OffsetUnit, Phase, Responsible
from hrtools.onboarding.services import start_onboarding
from tests.conftest import make_person
from tests.hrtools.onboarding.helpers import template_with

D, W, M = OffsetUnit.DAYS, OffsetUnit.WEEKS, OffsetUnit.MONTHS

TASKS = [
    ("Et døgn før", Phase.BEFORE, Responsible.IT, -1, D),
    ("En uge før", Phase.BEFORE, Responsible.HR, -7, D),
    ("Velkomst", Phase.DAY_ONE, Responsible.MANAGER, 0, D),
    ("Oplæring", Phase.WEEK_ONE, Responsible.MENTOR, 2, D),
    ("Efter en uge", Phase.WEEK_ONE, Responsible.MANAGER, 1, W),
    ("Opfølgning", Phase.MONTH_ONE, Responsible.MANAGER, 1, M),
    ("Afslutning", Phase.MONTHS_2_3, Responsible.MANAGER, 3, M),
]


def _due_dates(world, start):
    hire = make_person("ny", world.team_a, [], manager=world.mia)
    onboarding = start_onboarding(hire, start, world.hanne, template=template_with(TASKS))
    return {task.title: task.due_date for task in onboarding.tasks.all()}


def test_a_checklist_from_a_monday_31_january_in_a_leap_year(world):
    due = _due_dates(world, date(2028, 1, 31))  # a Monday
    assert due == {
        "Et døgn før": date(2028, 1, 28),  # Sunday 30 Jan -> the Friday before
        "En uge før": date(2028, 1, 24),
        "Velkomst": date(2028, 1, 31),
        "Oplæring": date(2028, 2, 2),
        "Efter en uge": date(2028, 2, 7),
        "Opfølgning": date(2028, 2, 29),  # 31 Jan + 1 month, clamped to 29 Feb
        # 30 Apr (clamped) is a Sunday and the 3-month evaluation: not after it, the Friday before
        "Afslutning": date(2028, 4, 28),
    }


def test_a_checklist_from_a_start_date_on_a_saturday_at_a_month_end(world):
    due = _due_dates(world, date(2026, 10, 31))  # a Saturday
    assert due == {
        "Et døgn før": date(2026, 10, 30),  # a Friday: stays
        "En uge før": date(2026, 10, 23),  # Saturday 24 Oct -> the Friday before
        "Velkomst": date(2026, 11, 2),  # the Saturday start -> Monday
        "Oplæring": date(2026, 11, 2),
        "Efter en uge": date(2026, 11, 9),  # Saturday 7 Nov -> Monday
        "Opfølgning": date(2026, 11, 30),  # 31 Oct + 1 month, clamped to 30 Nov (a Monday)
        "Afslutning": date(2027, 1, 29),  # 31 Jan 2027, the evaluation, is a Sunday -> the Friday before
    }


def test_one_month_from_31_january_in_an_ordinary_year_is_28_february_then_monday(world):
    due = _due_dates(world, date(2027, 1, 31))  # a Sunday
    assert due["Opfølgning"] == date(2027, 3, 1)  # 28 Feb 2027 is a Sunday
    assert due["Velkomst"] == date(2027, 2, 1)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2027, 1, 31), 1, date(2027, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2027, 8, 31), 1, date(2027, 9, 30)),
    (date(2027, 11, 30), 3, date(2028, 2, 29)),
    (date(2027, 3, 31), -1, date(2027, 2, 28)),
    (date(2027, 12, 15), 1, date(2028, 1, 15)),
])
def test_months_are_clamped_to_the_end_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


def test_weekends_move_forward_to_monday_or_back_to_friday():
    saturday, sunday = date(2027, 5, 1), date(2027, 5, 2)
    assert off_weekend(saturday) == off_weekend(sunday) == date(2027, 5, 3)
    assert off_weekend(saturday, backwards=True) == off_weekend(sunday, backwards=True) == date(2027, 4, 30)
    assert off_weekend(date(2027, 5, 5)) == date(2027, 5, 5)


@pytest.mark.parametrize("start", [date(2028, 1, 31), date(2026, 10, 31), date(2027, 3, 1), date(2026, 11, 30)])
def test_no_task_of_the_first_three_months_falls_after_the_evaluation(world, start):
    hire = make_person("ny", world.team_a, [], manager=world.mia)
    onboarding = start_onboarding(hire, start, world.hanne, template=template_with(TASKS))
    assert max(task.due_date for task in onboarding.tasks.all()) <= onboarding.evaluation_date
    assert onboarding.tasks.get(title="Afslutning").due_date.weekday() < 5
