"""Shared test fixtures: a small organisation with named people who own things and try each
other's things.

    obb (root, led by lea)
    ├── house_a "Nordhuset" (led by mia)
    │   └── team_a "Team Nord" (alice works here; her manager is mia)
    └── house_b "Sydhuset" (led by otto; bob works here)
    stab (hanne, HR; adam, administrator)
"""

from dataclasses import dataclass, field

import pytest
from django.contrib.auth.models import Group

from obb.models import Unit, User
from obb.roles import GROUP_NAMES, Role
from tests import ordering_guard

PASSWORD = "korrekt-hest-batteri-9"


def pytest_configure(config):
    ordering_guard.install()


@dataclass
class World:
    root: Unit
    house_a: Unit
    team_a: Unit
    house_b: Unit
    stab: Unit
    alice: User  # employee in team_a, managed by mia
    bob: User  # employee in house_b, managed by otto
    mia: User  # manager of house_a (and so of team_a)
    otto: User  # manager of house_b
    hanne: User  # HR
    lea: User  # leadership, leads the whole organisation
    adam: User  # administrator
    # Objects the areas of the app add through tests/worlds/<area>.py, by name.
    extra: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.__dict__["extra"][name]
        except KeyError:
            raise AttributeError(name) from None

    def person(self, role_name):
        """The person who plays `role_name` in the permission matrix."""
        return {
            "anonymous": None,
            "employee": self.alice,
            "manager": self.mia,
            "other_manager": self.otto,
            "hr": self.hanne,
            "leadership": self.lea,
            "administrator": self.adam,
        }[role_name]


def make_person(username, unit, roles, manager=None, **extra):
    user = User.objects.create_user(
        username=username,
        password=PASSWORD,
        first_name=username.capitalize(),
        last_name="Testesen",
        email=f"{username}@example.org",
        unit=unit,
        manager=manager,
        job_title=extra.pop("job_title", "Bibliotekar"),
        **extra,
    )
    user.groups.set([Group.objects.get_or_create(name=GROUP_NAMES[role])[0] for role in roles])
    return user


def make_unit(slug, parent=None, kind=Unit.Kind.TEAM, manager=None):
    return Unit.objects.create(slug=slug, name=slug.replace("-", " ").title(), parent=parent, kind=kind,
                               manager=manager)


@pytest.fixture
def world(db):
    root = make_unit("obb", kind=Unit.Kind.ORGANISATION)
    house_a = make_unit("nordhuset", root, Unit.Kind.LIBRARY)
    team_a = make_unit("team-nord", house_a)
    house_b = make_unit("sydhuset", root, Unit.Kind.LIBRARY)
    stab = make_unit("stab", root, Unit.Kind.STAFF)
    lea = make_person("lea", root, [Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE])
    mia = make_person("mia", house_a, [Role.MANAGER, Role.EMPLOYEE], manager=lea)
    otto = make_person("otto", house_b, [Role.MANAGER, Role.EMPLOYEE], manager=lea)
    for unit, leader in ((root, lea), (house_a, mia), (house_b, otto)):
        unit.manager = leader
        unit.save()
    alice = make_person("alice", team_a, [Role.EMPLOYEE], manager=mia)
    bob = make_person("bob", house_b, [Role.EMPLOYEE], manager=otto)
    hanne = make_person("hanne", stab, [Role.HR, Role.EMPLOYEE], manager=lea)
    adam = make_person("adam", stab, [Role.ADMINISTRATOR, Role.EMPLOYEE], manager=lea, is_staff=True,
                       is_superuser=True)
    world = World(root, house_a, team_a, house_b, stab, alice, bob, mia, otto, hanne, lea, adam)
    from tests.worlds import BUILDERS

    for build in BUILDERS:
        build(world)
    return world


@pytest.fixture
def login(client):
    """login(user) logs the test client in as `user` (None stays anonymous) and returns it."""

    def _login(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return _login
