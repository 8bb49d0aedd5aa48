"""The unit tree and who manages whom."""

import pytest

from obb.models import Unit, User
from obb.roles import GROUP_NAMES, ROLE_PERMISSIONS, Role
from tests.conftest import make_person, make_unit


def test_unit_paths_follow_the_tree_and_moves(world):
    assert world.team_a.path == f"{world.root.path}{world.house_a.pk}/{world.team_a.pk}/"
    assert set(world.house_a.subtree()) == {world.house_a, world.team_a}
    # Moving house_a below house_b moves its team along.
    world.house_a.parent = world.house_b
    world.house_a.save()
    world.team_a.refresh_from_db()
    assert world.team_a.path.startswith(world.house_b.path)
    assert world.team_a in world.house_b.subtree()


def test_a_unit_cannot_be_moved_below_itself(world):
    world.house_a.parent = world.team_a
    with pytest.raises(ValueError):
        world.house_a.save()


def test_managers_authority_follows_the_unit_tree_and_the_manager_relation(world):
    assert world.mia.manages(world.alice)  # her direct report, in a team below her house
    assert not world.otto.manages(world.alice)  # another house
    assert world.lea.manages(world.alice)  # leads the root unit
    assert not world.alice.manages(world.bob)  # not a manager at all
    assert not world.mia.manages(world.mia)
    assert world.alice in world.mia.managed_staff()
    assert world.bob not in world.mia.managed_staff()
    assert world.team_a.pk in world.mia.authority_unit_ids
    assert world.house_b.pk not in world.mia.authority_unit_ids


def test_a_direct_report_in_another_unit_is_still_managed(world):
    stranger_unit = make_unit("fjernt-hus", world.root)
    remote = make_person("remo", stranger_unit, ["medarbejder"], manager=world.otto)
    assert world.otto.manages(remote)
    assert not world.mia.manages(remote)


def test_roles_come_from_groups(world):
    assert world.hanne.is_hr and not world.hanne.is_manager
    assert world.lea.is_leadership and world.lea.is_manager
    assert world.adam.is_administrator
    assert world.alice.roles == frozenset({"medarbejder"})


def test_current_staff_excludes_those_who_have_left(world):
    world.bob.end_date = "2020-01-31"
    world.bob.save()
    assert world.bob not in User.objects.current()
    assert world.alice in User.objects.current()
    assert Unit.objects.subtree_of([]).count() == 0


# Who may do what at all, as the role groups carry it after `migrate` (object-level rules such
# as "mia edits her units' actions" live on the models and are tested with them).
ROLE_PERMISSION_TABLE = [
    # role,              permission,                        has it?
    (Role.LEADERSHIP,    "strategy.change_pejlemaerke",       True),
    (Role.LEADERSHIP,    "strategy.change_plan",              True),
    (Role.LEADERSHIP,    "strategy.add_action",               True),
    (Role.LEADERSHIP,    "staffstats.view_snapshot",          True),
    (Role.LEADERSHIP,    "mus.view_conversation",             False),
    (Role.MANAGER,       "strategy.add_action",               True),
    (Role.MANAGER,       "strategy.add_progressnote",         True),
    (Role.MANAGER,       "strategy.change_pejlemaerke",       False),
    (Role.MANAGER,       "strategy.delete_action",            False),
    (Role.EMPLOYEE,      "strategy.view_action",              True),
    (Role.EMPLOYEE,      "strategy.view_plan",                True),
    (Role.EMPLOYEE,      "strategy.change_pejlemaerke",       False),
    (Role.EMPLOYEE,      "strategy.add_action",               False),
    (Role.EMPLOYEE,      "obb.view_user",                     False),
    (Role.HR,            "obb.view_user",                     True),
    (Role.HR,            "mus.change_round",                  True),
    (Role.HR,            "competences.change_profile",        True),
    (Role.HR,            "obb.change_user",                   False),
    (Role.HR,            "strategy.change_pejlemaerke",       False),
    (Role.ADMINISTRATOR, "obb.change_user",                   True),
    (Role.ADMINISTRATOR, "mus.view_conversation",             True),
    (Role.ADMINISTRATOR, "mus.change_conversation",           False),
    (Role.ADMINISTRATOR, "mus.view_answer",                   False),
    (Role.ADMINISTRATOR, "strategy.add_action",               False),
]


def _group_permissions(role):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name=GROUP_NAMES[role])
    return {f"{app_label}.{codename}"
            for app_label, codename in group.permissions.values_list("content_type__app_label", "codename")}


@pytest.mark.django_db
@pytest.mark.parametrize("role, permission, expected", ROLE_PERMISSION_TABLE)
def test_each_role_group_carries_its_permissions_after_migrate(role, permission, expected):
    assert (permission in _group_permissions(role)) is expected


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(Role))
def test_a_role_group_has_exactly_what_the_roles_grant(role):
    # A permission granted in code that does not exist (a misspelt codename) would be skipped
    # silently by the sync; here it shows up as missing.
    assert _group_permissions(role) == ROLE_PERMISSIONS[role]
