"""Entra ID's groups: those SCIM_GROUP_ROLES names give a role, the others only exist."""

import pytest

from obb.models import User
from obb.roles import Role
from obb.scim.models import ScimGroup
from tests.scim.helpers import GROUP, patch, post


@pytest.fixture(autouse=True)
def role_mapping(settings):
    settings.SCIM_GROUP_ROLES = {"Intranet-ledere": "leder", "7f3c9a10-hr": "hr"}


def roles_of(user):
    return User.objects.get(pk=user.pk).roles


def test_members_of_a_mapped_group_get_its_role_and_lose_it_when_removed(world, scim):
    assert Role.MANAGER not in roles_of(world.alice)

    response = post(scim, "Groups", {"schemas": [GROUP], "displayName": "Intranet-ledere",
                                     "members": [{"value": str(world.alice.pk)}]})

    assert response.status_code == 201, response.content
    group_id = response.json()["id"]
    assert roles_of(world.alice) == {Role.EMPLOYEE, Role.MANAGER}

    # Entra ID removes a member with a filtered path.
    response = patch(scim, f"Groups/{group_id}",
                     {"op": "Remove", "path": f'members[value eq "{world.alice.pk}"]'})

    assert response.status_code == 204, response.content
    assert roles_of(world.alice) == {Role.EMPLOYEE}
    assert ScimGroup.objects.get(scim_id=group_id).members.count() == 0


def test_a_group_maps_by_its_external_id_too_and_adding_members_grants_the_role(world, scim):
    group_id = post(scim, "Groups", {"schemas": [GROUP], "displayName": "HR-afdelingen",
                                     "externalId": "7f3c9a10-hr"}).json()["id"]

    response = patch(scim, f"Groups/{group_id}",
                     {"op": "Add", "path": "members", "value": [{"value": str(world.bob.pk)}]})

    assert response.status_code == 204, response.content
    assert roles_of(world.bob) == {Role.EMPLOYEE, Role.HR}
    members = scim.get(f"/scim/v2/Groups/{group_id}").json()["members"]
    assert [m["value"] for m in members] == [str(world.bob.pk)]


def test_a_role_stays_while_another_mapped_group_still_gives_it(world, scim, settings):
    settings.SCIM_GROUP_ROLES = {"Ledere nord": "leder", "Ledere syd": "leder"}
    north = post(scim, "Groups", {"schemas": [GROUP], "displayName": "Ledere nord",
                                  "members": [{"value": str(world.alice.pk)}]}).json()["id"]
    post(scim, "Groups", {"schemas": [GROUP], "displayName": "Ledere syd", "members": [{"value": str(world.alice.pk)}]})

    assert scim.delete(f"/scim/v2/Groups/{north}").status_code == 204

    assert roles_of(world.alice) == {Role.EMPLOYEE, Role.MANAGER}
    assert not ScimGroup.objects.filter(scim_id=north).exists()


def test_an_unmapped_group_is_kept_and_gives_no_role(world, scim):
    response = post(scim, "Groups", {"schemas": [GROUP], "displayName": "Bogklubben",
                                     "members": [{"value": str(world.alice.pk)}, {"value": str(world.bob.pk)}]})

    assert response.status_code == 201, response.content
    group = ScimGroup.objects.get(display_name="Bogklubben")
    assert set(group.members.all()) == {world.alice, world.bob}
    assert group.role is None
    assert roles_of(world.alice) == {Role.EMPLOYEE}
    assert roles_of(world.bob) == {Role.EMPLOYEE}


def test_renaming_a_group_to_a_mapped_name_gives_its_members_the_role(world, scim):
    group_id = post(scim, "Groups", {"schemas": [GROUP], "displayName": "Ledergruppen",
                                     "members": [{"value": str(world.bob.pk)}]}).json()["id"]
    assert roles_of(world.bob) == {Role.EMPLOYEE}

    patch(scim, f"Groups/{group_id}", {"op": "Replace", "path": "displayName", "value": "Intranet-ledere"})

    assert roles_of(world.bob) == {Role.EMPLOYEE, Role.MANAGER}


def test_an_unknown_member_is_refused_and_nothing_changes(world, scim):
    response = post(scim, "Groups", {"schemas": [GROUP], "displayName": "Intranet-ledere",
                                     "members": [{"value": str(world.alice.pk)}, {"value": "424242"}]})

    assert response.status_code == 400
    assert "424242" in response.json()["detail"]
    assert not ScimGroup.objects.exists()
    assert roles_of(world.alice) == {Role.EMPLOYEE}


def test_membership_changes_are_in_the_history_with_reason_scim(world, scim):
    post(scim, "Groups", {"schemas": [GROUP], "displayName": "Bogklubben", "members": [{"value": str(world.bob.pk)}]})

    group = ScimGroup.objects.get()
    reasons = set(group.history.values_list("history_change_reason", flat=True))
    assert reasons == {"SCIM"}
    assert group.history.count() >= 1


def test_a_group_is_found_by_display_name(world, scim):
    post(scim, "Groups", {"schemas": [GROUP], "displayName": "Bogklubben"})

    found = scim.get("/scim/v2/Groups", {"filter": 'displayName eq "bogklubben"'}).json()

    assert found["totalResults"] == 1
    assert found["Resources"][0]["displayName"] == "Bogklubben"
    assert found["Resources"][0]["id"] == str(ScimGroup.objects.get().scim_id)


def test_an_unknown_role_in_the_setting_stops_the_start(settings):
    from django.core.exceptions import ImproperlyConfigured

    from obb.scim.roles import check_setting

    settings.SCIM_GROUP_ROLES = {"Alle": "medarbejder"}
    with pytest.raises(ImproperlyConfigured, match="ukendt rolle"):
        check_setting()
