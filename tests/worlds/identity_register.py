"""Test-world objects for the staff register's pages, made when a test first asks for them.

Not built with every world (a leaver would change the staff figures other areas pin):
`leaver(world)` creates lars, who worked in team_a under mia and left a month ago, once per
world."""

from datetime import timedelta

from django.utils import timezone

from obb.roles import Role
from tests.conftest import make_person


def leaver(world):
    if "leaver" not in world.extra:
        lars = make_person("lars", world.team_a, [Role.EMPLOYEE], manager=world.mia,
                           end_date=timezone.localdate() - timedelta(days=30))
        lars.is_active = False
        lars.save()
        world.extra["leaver"] = lars
    return world.extra["leaver"]
