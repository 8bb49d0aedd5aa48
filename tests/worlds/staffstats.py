"""Test-world objects for staffstats (see tests/worlds/__init__.py): a staff profile for each of
the world's people and a snapshot of 2023 made from the register."""

from decimal import Decimal

from hrtools.staffstats.models import StaffProfile
from hrtools.staffstats.services import snapshot_from_register


def build(world):
    for person in (world.alice, world.bob, world.mia, world.otto, world.hanne, world.lea, world.adam):
        StaffProfile.objects.create(user=person, birth_year=1980, gender="kvinde", education="bibliotekar",
                                    origin="dansk", weekly_hours=Decimal(37), employment_type="fuldtid")
    world.extra["staffstats_snapshot"] = snapshot_from_register(2023, user=world.hanne)
