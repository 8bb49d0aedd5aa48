"""Single sign-on against a real OpenID Connect provider (tests/oidc_provider): who comes in,
as whom, with which roles; who is refused, and why."""

from datetime import timedelta

from django.contrib.auth import SESSION_KEY
from django.urls import reverse
from django.utils import timezone

from obb.models import User
from obb.roles import GROUP_NAMES, Role
from tests.conftest import make_person
from tests.oidc_provider import ACCOUNTS

ALICE_OID = ACCOUNTS["alice"]["claims"]["oid"]
REFUSED = reverse("sso_refused")


def _refusal_page(client, response):
    assert response.status_code == 302
    assert response["Location"] == REFUSED
    page = client.get(REFUSED)
    assert page.status_code == 200
    return page.content.decode()


def _group_names(user):
    return set(user.groups.values_list("name", flat=True))


def test_alice_is_matched_by_email_the_first_time_and_gets_the_role_of_her_group(world, client, sign_in_with_sso):
    assert world.alice.sso_subject is None
    assert GROUP_NAMES[Role.MANAGER] not in _group_names(world.alice)
    response = sign_in_with_sso("alice")
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert client.session[SESSION_KEY] == str(world.alice.pk)
    world.alice.refresh_from_db()
    assert world.alice.sso_subject == ALICE_OID
    assert _group_names(world.alice) == {GROUP_NAMES[Role.EMPLOYEE], GROUP_NAMES[Role.MANAGER]}
    assert "Goddag, Alice" in client.get(reverse("home")).content.decode()


def test_once_matched_alice_is_found_by_her_id_even_with_a_new_email(world, client, sign_in_with_sso):
    world.alice.sso_subject = ALICE_OID
    world.alice.email = "alice.gammel@example.org"
    world.alice.save()
    response = sign_in_with_sso("alice")
    assert response["Location"] == reverse("home")
    assert client.session[SESSION_KEY] == str(world.alice.pk)


def test_someone_just_added_to_the_staff_register_can_sign_in_at_once(world, client, sign_in_with_sso):
    nina = User.objects.create(username="nina.ny", email="nina.ny@example.org", first_name="Nina", last_name="Ny",
                               unit=world.team_a, manager=world.mia, start_date=timezone.localdate())
    response = sign_in_with_sso("nyansat")
    assert response["Location"] == reverse("home")
    assert client.session[SESSION_KEY] == str(nina.pk)
    nina.refresh_from_db()
    assert nina.sso_subject == ACCOUNTS["nyansat"]["claims"]["oid"]
    assert GROUP_NAMES[Role.HR] in _group_names(nina)


def test_a_stranger_is_refused_in_danish_and_no_account_is_made(world, client, sign_in_with_sso, caplog):
    users = sorted(User.objects.values_list("username", flat=True))
    response = sign_in_with_sso("ukendt")
    page = _refusal_page(client, response)
    assert "Du er ikke oprettet i personaleregistret" in page
    assert "Kontakt din leder eller HR" in page
    assert SESSION_KEY not in client.session
    assert sorted(User.objects.values_list("username", flat=True)) == users
    refusal = [record.getMessage() for record in caplog.records if record.name == "obb.sso"]
    assert refusal == [f"Single sign-on refused (ukendt) for subject '{ACCOUNTS['ukendt']['claims']['oid']}'"]
    assert "fremmed@example.org" not in caplog.text


def test_the_contact_on_the_refusal_page_is_configurable(world, client, sign_in_with_sso, settings):
    settings.SSO_SUPPORT_CONTACT = "IT-servicedesk på 6551 0000"
    page = _refusal_page(client, sign_in_with_sso("ukendt"))
    assert "Kontakt IT-servicedesk på 6551 0000" in page


def test_with_create_users_on_a_stranger_gets_an_employee_account(world, client, sign_in_with_sso, settings):
    settings.OIDC_CREATE_USERS = True
    response = sign_in_with_sso("ukendt")
    assert response["Location"] == reverse("home")
    frida = User.objects.get(email="fremmed@example.org")
    assert client.session[SESSION_KEY] == str(frida.pk)
    assert (frida.first_name, frida.last_name, frida.sso_subject) == (
        "Frida", "Fremmed", ACCOUNTS["ukendt"]["claims"]["oid"])
    assert _group_names(frida) == {GROUP_NAMES[Role.EMPLOYEE]}
    assert not frida.has_usable_password()


def test_a_leaver_is_refused_by_end_date(world, client, sign_in_with_sso):
    world.bob.end_date = timezone.localdate() - timedelta(days=1)
    world.bob.save()
    page = _refusal_page(client, sign_in_with_sso("bob"))
    assert "Din ansættelse er afsluttet" in page
    assert SESSION_KEY not in client.session


def test_a_deactivated_leaver_is_refused_also_when_known_by_id(world, client, sign_in_with_sso):
    world.bob.sso_subject = ACCOUNTS["bob"]["claims"]["oid"]
    world.bob.is_active = False
    world.bob.save()
    page = _refusal_page(client, sign_in_with_sso("bob"))
    assert "Din ansættelse er afsluttet" in page
    assert SESSION_KEY not in client.session


def test_a_session_made_by_sso_ends_when_the_person_leaves(world, client, sign_in_with_sso):
    sign_in_with_sso("bob")
    assert client.get(reverse("home")).status_code == 200
    User.objects.filter(pk=world.bob.pk).update(end_date=timezone.localdate() - timedelta(days=1))
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_an_email_whose_owner_is_bound_to_another_id_is_refused(world, client, sign_in_with_sso):
    world.alice.sso_subject = "en-anden-konto"
    world.alice.save()
    page = _refusal_page(client, sign_in_with_sso("alice"))
    assert "allerede er knyttet til en anden konto" in page
    world.alice.refresh_from_db()
    assert world.alice.sso_subject == "en-anden-konto"
    assert SESSION_KEY not in client.session


def test_an_email_two_current_staff_share_is_refused(world, client, sign_in_with_sso):
    twin = make_person("alice2", world.team_a, [Role.EMPLOYEE])
    User.objects.filter(pk=twin.pk).update(email="ALICE@example.org")
    page = _refusal_page(client, sign_in_with_sso("alice"))
    assert "Flere medarbejdere i personaleregistret har din e-mailadresse" in page
    world.alice.refresh_from_db()
    assert world.alice.sso_subject is None


def test_in_add_mode_roles_granted_in_the_app_are_kept(world, client, sign_in_with_sso):
    world.alice.groups.add(world.hanne.groups.get(name=GROUP_NAMES[Role.HR]))
    sign_in_with_sso("alice")
    assert _group_names(world.alice) == {GROUP_NAMES[Role.EMPLOYEE], GROUP_NAMES[Role.MANAGER], GROUP_NAMES[Role.HR]}


def test_in_replace_mode_a_mapped_role_without_its_group_is_taken_away(world, client, sign_in_with_sso, settings):
    settings.OIDC_GROUP_ROLES_MODE = "replace"
    world.bob.groups.add(world.hanne.groups.get(name=GROUP_NAMES[Role.HR]))
    world.bob.groups.add(world.mia.groups.get(name=GROUP_NAMES[Role.MANAGER]))
    sign_in_with_sso("bob")  # bob is in no group that gives Leder or HR
    assert client.session[SESSION_KEY] == str(world.bob.pk)
    # Medarbejder is not in the mapping, so the provider never takes it.
    assert _group_names(world.bob) == {GROUP_NAMES[Role.EMPLOYEE]}


def test_the_administrator_role_from_a_group_opens_the_admin(world, client, sign_in_with_sso, settings):
    settings.OIDC_GROUP_ROLES = ["grp-ledere=Administrator"]
    assert not world.alice.is_staff
    sign_in_with_sso("alice")
    world.alice.refresh_from_db()
    assert world.alice.is_staff
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_group_mapping_with_an_unknown_role_is_refused_by_the_system_check(settings):
    from obb.sso.checks import check_group_roles

    settings.OIDC_GROUP_ROLES = ["grp-ledere=Leder", "grp-chefer=Chef"]
    errors = check_group_roles()
    assert [error.id for error in errors] == ["obb.sso.E001"]
    assert "'grp-chefer=Chef' skal have formen gruppe-id=rolle" in errors[0].msg
    settings.OIDC_GROUP_ROLES = ["grp-ledere=leder", "grp-hr=HR"]
    assert check_group_roles() == []
