"""HR makes a year's snapshot from the employee register; on the demo staff it matches counts
made by hand."""

from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from hrtools.staffstats import demo
from hrtools.staffstats.models import Snapshot, StaffProfile
from hrtools.staffstats.services import snapshot_from_register
from obb.demo.staff import DEMO_ACCOUNTS, seed_organisation
from obb.demo.units import STAFF_PER_UNIT, UNITS
from obb.models import User


@pytest.fixture
def demo_staff(db):
    seed_organisation()
    demo.load_demo()


def by_hand_age(birth_year, year):
    age = year - birth_year
    for limit, group in ((30, "under-30"), (40, "30-39"), (50, "40-49"), (60, "50-59")):
        if age < limit:
            return group
    return "60+"


def by_hand_seniority(start, on):
    years = on.year - start.year
    if (on.month, on.day) < (start.month, start.day):
        years -= 1
    for limit, group in ((2, "under-2"), (6, "2-5"), (11, "6-10"), (21, "11-20")):
        if years < limit:
            return group
    return "over-20"


def by_hand_hours(hours):
    for limit, group in ((20, "under-20"), (30, "20-29"), (37, "30-36")):
        if hours < limit:
            return group
    return "37+"


def test_the_snapshot_from_the_register_matches_counts_by_hand(demo_staff):
    on = date(2024, 12, 31)
    snapshot = snapshot_from_register(2024)
    assert snapshot.counted_on == on
    # Every demo person: the demo accounts, a leader for each unit no demo account leads, the staff.
    led_by_demo = sum(1 for account in DEMO_ACCOUNTS if account[6])
    everyone = len(DEMO_ACCOUNTS) + len(UNITS) - led_by_demo + sum(STAFF_PER_UNIT.values())
    assert User.objects.count() == everyone
    counted = [user for user in User.objects.select_related("staff_profile")
               if user.start_date is None or user.start_date <= on]
    assert snapshot.people.count() == len(counted)
    assert len(counted) < everyone  # some demo staff start in 2025

    expected = {
        "gender": Counter(user.staff_profile.gender for user in counted),
        "origin": Counter(user.staff_profile.origin for user in counted),
        "education": Counter(user.staff_profile.education for user in counted),
        "employment_type": Counter(user.staff_profile.employment_type for user in counted),
        "age_group": Counter(by_hand_age(user.staff_profile.birth_year, 2024) for user in counted),
        "seniority": Counter(by_hand_seniority(user.start_date, on) for user in counted),
        "hours": Counter(by_hand_hours(user.staff_profile.weekly_hours) for user in counted),
        "unit": Counter(user.unit_id for user in counted),
    }
    for field, counts in expected.items():
        key = "unit_id" if field == "unit" else field
        stored = Counter(snapshot.people.values_list(key, flat=True))
        assert stored == counts, field


def test_the_world_counted_by_hand(world):
    """The world's seven people, all with a profile (born 1980, 37 hours) and none leaving, with
    a few changed so that every band of age and hours is tried at its edges."""
    changes = {world.bob: {"weekly_hours": Decimal("19.5")}, world.mia: {"weekly_hours": Decimal("29.99")},
               world.otto: {"weekly_hours": Decimal(30)}, world.hanne: {"weekly_hours": Decimal("36.99")},
               world.lea: {"birth_year": 1964}, world.alice: {"birth_year": 1995}}
    for person, values in changes.items():
        StaffProfile.objects.filter(user=person).update(**values)
    people = snapshot_from_register(2024).people
    assert people.count() == 7
    assert Counter(people.values_list("hours", flat=True)) == {"under-20": 1, "20-29": 1, "30-36": 2, "37+": 3}
    # 2024 - 1964 = 60, 2024 - 1995 = 29, 2024 - 1980 = 44
    assert Counter(people.values_list("age_group", flat=True)) == {"60+": 1, "under-30": 1, "40-49": 5}
    assert Counter(people.values_list("gender", flat=True)) == {"kvinde": 7}


def test_a_past_year_does_not_change_when_someone_leaves(world, login):
    snapshot = world.staffstats_snapshot
    assert snapshot.people.count() == 7
    world.bob.end_date = date(2024, 6, 30)
    world.bob.save()
    assert Snapshot.objects.get(year=2023).people.count() == 7
    assert snapshot_from_register(2024).people.count() == 6  # bob left before the 2024 count


def test_staff_without_a_profile_are_counted_as_unknown(world):
    StaffProfile.objects.filter(user=world.bob).delete()
    snapshot = snapshot_from_register(2023)
    assert snapshot.people.filter(gender="uoplyst").count() == 1


def test_hr_makes_a_snapshot_and_must_confirm_to_replace_one(world, login):
    client = login(world.hanne)
    response = client.post("/hr/personaleregnskab/opgoerelser/fra-registeret/", {"year": 2023})
    assert response.status_code == 200
    assert "Der findes allerede en opgørelse for 2023" in response.content.decode()
    response = client.post("/hr/personaleregnskab/opgoerelser/fra-registeret/", {"year": 2023, "replace": "on"})
    assert response.status_code == 302
    assert Snapshot.objects.get(year=2023).created_by == world.hanne
    assert Snapshot.objects.get(year=2023).history.count() >= 2  # who and when, each time
