"""Entra ID provisions staff: create, match, update, move, deactivate, reactivate, delete."""

import json

from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from obb.models import User
from obb.roles import Role
from tests.conftest import PASSWORD
from tests.scim.helpers import ENTERPRISE, entra_user, history_reasons, patch, post, put


def test_entra_creates_a_member_of_staff_who_logs_in_through_sso_only(world, scim):
    body = entra_user("sofie.hansen@odense.dk",
                      enterprise={"department": "Nordhuset", "manager": {"value": str(world.mia.pk)}})
    response = post(scim, "Users", body)

    assert response.status_code == 201, response.content
    sofie = User.objects.get(username="sofie.hansen@odense.dk")
    assert response.json()["id"] == str(sofie.pk)
    assert response["Location"] == f"http://testserver/scim/v2/Users/{sofie.pk}"
    assert (sofie.first_name, sofie.last_name, sofie.email, sofie.job_title, sofie.employee_number) == (
        "Sofie", "Hansen", "sofie.hansen@odense.dk", "Bibliotekar", "4711")
    assert sofie.unit == world.house_a
    assert sofie.manager == world.mia
    assert sofie.is_active
    assert not sofie.has_usable_password()
    assert sofie.roles == {Role.EMPLOYEE}
    assert set(history_reasons(sofie)) == {"SCIM"}
    assert sofie.history.first().history_user is None


def test_what_is_created_reads_back_as_it_was_sent(world, scim):
    created = post(scim, "Users", entra_user("sofie.hansen@odense.dk")).json()

    read = scim.get(f"/scim/v2/Users/{created['id']}").json()

    assert read["userName"] == "sofie.hansen@odense.dk"
    assert read["name"] == {"givenName": "Sofie", "familyName": "Hansen"}
    assert read["displayName"] == "Sofie Hansen"
    assert read["emails"] == [{"value": "sofie.hansen@odense.dk", "type": "work"}]
    assert read["externalId"] == "4711"
    assert read[ENTERPRISE] == {"employeeNumber": "4711", "department": "Nordhuset"}
    assert read["active"] is True


def test_entra_finds_existing_staff_by_username_and_by_external_id(world, scim):
    world.alice.employee_number = "1001"
    world.alice.save()

    by_name = scim.get("/scim/v2/Users", {"filter": 'userName eq "ALICE"'}).json()
    by_number = scim.get("/scim/v2/Users", {"filter": 'externalId eq "1001"'}).json()
    nobody = scim.get("/scim/v2/Users", {"filter": 'userName eq "ukendt@odense.dk"'}).json()

    assert by_name["totalResults"] == 1
    assert by_name["Resources"][0]["id"] == str(world.alice.pk)
    assert [r["id"] for r in by_number["Resources"]] == [str(world.alice.pk)]
    assert nobody["totalResults"] == 0
    assert nobody["Resources"] == [] or "Resources" not in nobody


def test_a_list_comes_in_pages(world, scim):
    everyone = [str(pk) for pk in User.objects.order_by("first_name", "last_name", "pk").values_list("pk", flat=True)]

    page = scim.get("/scim/v2/Users", {"startIndex": 2, "count": 3}).json()

    assert page["totalResults"] == len(everyone)
    assert page["startIndex"] == 2
    assert page["itemsPerPage"] == 3
    assert [r["id"] for r in page["Resources"]] == everyone[1:4]


def test_listing_staff_takes_the_same_queries_for_few_and_many(world, scim, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert scim.get("/scim/v2/Users").status_code == 200
    for number in range(20):
        post(scim, "Users", entra_user(f"ny{number}@odense.dk", external_id=f"9{number}"))
    with django_assert_max_num_queries(8):
        response = scim.get("/scim/v2/Users")
    assert response.json()["totalResults"] == User.objects.count() > 20


def test_entra_patch_updates_title_and_name_in_the_history(world, scim):
    response = patch(scim, f"Users/{world.alice.pk}",
                     {"op": "Replace", "path": "title", "value": "Afdelingsbibliotekar"},
                     {"op": "Replace", "path": "name.familyName", "value": "Andersen"},
                     {"op": "Replace", "path": "displayName", "value": "Alice Andersen"})

    assert response.status_code == 204, response.content  # RFC 7644 §3.5.2: no body unless asked
    alice = User.objects.get(pk=world.alice.pk)
    assert (alice.job_title, alice.last_name) == ("Afdelingsbibliotekar", "Andersen")
    assert scim.get(f"/scim/v2/Users/{alice.pk}").json()["displayName"] == "Alice Andersen"
    assert history_reasons(alice)[-1] == "SCIM"


def test_a_patch_of_only_the_display_name_changes_nothing(world, scim):
    before = list(User.objects.filter(pk=world.alice.pk).values())

    response = patch(scim, f"Users/{world.alice.pk}", {"op": "Replace", "path": "displayName", "value": "X"})

    assert response.status_code == 200, response.content
    assert response.json()["userName"] == "alice"
    assert list(User.objects.filter(pk=world.alice.pk).values()) == before


def test_a_new_manager_goes_through_the_register_and_a_moved_unit_too(world, scim):
    # Entra ID sends the manager as a bare id.
    response = patch(scim, f"Users/{world.alice.pk}",
                     {"op": "Add", "path": f"{ENTERPRISE}:manager", "value": str(world.otto.pk)},
                     {"op": "Replace", "path": f"{ENTERPRISE}:department", "value": "sydhuset"})

    assert response.status_code == 204, response.content
    alice = User.objects.get(pk=world.alice.pk)
    assert alice.manager == world.otto
    assert alice.unit == world.house_b
    read = scim.get(f"/scim/v2/Users/{alice.pk}").json()
    assert read[ENTERPRISE]["manager"]["value"] == str(world.otto.pk)
    assert read[ENTERPRISE]["department"] == "Sydhuset"
    assert history_reasons(alice)[-2:] == ["SCIM", "SCIM"]


def test_a_manager_who_reports_to_the_employee_is_refused(world, scim):
    response = patch(scim, f"Users/{world.mia.pk}",
                     {"op": "Replace", "path": f"{ENTERPRISE}:manager", "value": {"value": str(world.alice.pk)}})

    assert response.status_code == 400
    assert response.json()["scimType"] == "invalidValue"
    assert User.objects.get(pk=world.mia.pk).manager == world.lea


def test_an_unknown_manager_is_refused(world, scim):
    response = post(scim, "Users", entra_user("ny@odense.dk", enterprise={"manager": {"value": "999999"}}))

    assert response.status_code == 400
    assert "999999" in response.json()["detail"]
    assert not User.objects.filter(username="ny@odense.dk").exists()


def test_an_unknown_unit_is_refused_with_a_clear_error_and_nothing_is_saved(world, scim):
    response = post(scim, "Users", entra_user("ny@odense.dk", enterprise={"department": "Månebasen"}))

    assert response.status_code == 400
    error = response.json()
    assert error["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    assert error["scimType"] == "invalidValue"
    assert "Enheden «Månebasen» findes ikke" in error["detail"]
    assert not User.objects.filter(username="ny@odense.dk").exists()


def test_a_unit_is_found_by_its_hr_code(world, scim):
    world.team_a.code = "OBB-4410"
    world.team_a.save()

    response = post(scim, "Users", entra_user("ny@odense.dk", enterprise={"department": "OBB-4410"}))

    assert response.status_code == 201, response.content
    assert User.objects.get(username="ny@odense.dk").unit == world.team_a
    assert "OBB-4410" in json.dumps(scim.get(f"/scim/v2/Schemas/{ENTERPRISE}").json())


def test_a_taken_username_or_employee_number_is_a_conflict(world, scim):
    world.bob.employee_number = "4711"
    world.bob.save()

    same_name = post(scim, "Users", entra_user("Alice", external_id="1"))
    same_number = post(scim, "Users", entra_user("ny@odense.dk", external_id="4711"))

    assert (same_name.status_code, same_number.status_code) == (409, 409)
    assert same_name.json()["scimType"] == "uniqueness"
    assert not User.objects.filter(username="ny@odense.dk").exists()


def test_deactivation_in_entra_makes_a_leaver_and_ends_their_sessions(world, scim):
    browser = Client()
    assert browser.login(username="alice", password=PASSWORD)
    assert Session.objects.count() == 1

    response = patch(scim, f"Users/{world.alice.pk}", {"op": "Replace", "path": "active", "value": "False"})

    assert response.status_code == 204, response.content
    assert scim.get(f"/scim/v2/Users/{world.alice.pk}").json()["active"] is False
    alice = User.objects.get(pk=world.alice.pk)
    assert not alice.is_active
    assert alice.end_date == timezone.localdate()
    assert Session.objects.count() == 0
    assert browser.get("/").status_code == 302
    assert history_reasons(alice)[-1].startswith("SCIM")


def test_reactivation_brings_a_leaver_back(world, scim):
    patch(scim, f"Users/{world.alice.pk}", {"op": "Replace", "path": "active", "value": "False"})

    response = patch(scim, f"Users/{world.alice.pk}", {"op": "Replace", "path": "active", "value": "True"})

    assert response.status_code == 204, response.content
    alice = User.objects.get(pk=world.alice.pk)
    assert alice.is_active
    assert alice.end_date is None
    assert history_reasons(alice)[-1] == "SCIM: genansat"


def test_a_put_replaces_the_attributes_it_is_given(world, scim):
    body = entra_user("alice", external_id="2002", enterprise={"department": "Sydhuset"})
    body["title"] = "Formidler"

    response = put(scim, f"Users/{world.alice.pk}", body)

    assert response.status_code == 200, response.content
    alice = User.objects.get(pk=world.alice.pk)
    assert (alice.first_name, alice.job_title, alice.employee_number, alice.unit) == (
        "Sofie", "Formidler", "2002", world.house_b)
    assert alice.manager is None  # the PUT carried no manager


def test_delete_makes_a_leaver_who_is_then_gone_for_scim_and_comes_back_when_created_again(world, scim):
    response = scim.delete(f"/scim/v2/Users/{world.bob.pk}")

    assert response.status_code == 204
    bob = User.objects.get(pk=world.bob.pk)
    assert not bob.is_active
    assert scim.get(f"/scim/v2/Users/{bob.pk}").status_code == 404
    assert scim.get("/scim/v2/Users", {"filter": 'userName eq "bob"'}).json()["totalResults"] == 0

    again = post(scim, "Users", entra_user("bob", external_id="3003"))

    assert again.status_code == 201, again.content
    assert again.json()["id"] == str(bob.pk)
    bob.refresh_from_db()
    assert bob.is_active and bob.end_date is None and bob.employee_number == "3003"


def test_break_glass_accounts_are_out_of_reach_of_scim(world, scim):
    world.adam.is_break_glass = True
    world.adam.save()

    assert scim.get(f"/scim/v2/Users/{world.adam.pk}").status_code == 404
    assert patch(scim, f"Users/{world.adam.pk}",
                 {"op": "Replace", "path": "active", "value": False}).status_code == 404
    assert User.objects.get(pk=world.adam.pk).is_active
