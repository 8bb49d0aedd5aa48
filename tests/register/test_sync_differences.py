"""The staff file, difference by difference: what the preview says and what confirming saves."""

from datetime import date, timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.utils import timezone

from hrtools.mus.models import Conversation
from obb.models import Unit, User
from obb.staffsync.applying import apply_plan
from obb.staffsync.planning import plan_sync
from obb.staffsync.reading import read_file
from tests.register.files import HEADERS, csv_file, person, world_rows, xlsx_file


def sync(upload, by=None, **kwargs):
    plan = plan_sync(read_file(upload), **kwargs)
    assert plan.errors == []
    apply_plan(plan, by=by, create_units_under=kwargs.get("create_units_under"))
    return plan


@pytest.fixture
def synced(coded):
    """The world after its first sync: every account linked to its number."""
    sync(csv_file(world_rows(coded)), by=coded.hanne)
    return coded


def edited(world, number, **values):
    rows = world_rows(world)
    index = {"first": 1, "last": 2, "email": 3, "unit": 4, "title": 5, "manager": 6, "start": 7, "end": 8}
    for row in rows:
        if row[0] == number:
            for key, value in values.items():
                row[index[key]] = value
    return rows


def test_the_first_sync_links_existing_accounts_by_email(coded):
    plan = sync(csv_file(world_rows(coded)), by=coded.hanne)
    assert plan.summary()["linked"] == 6 and plan.summary()["new"] == 0
    numbers = dict(User.objects.filter(employee_number__isnull=False).values_list("username", "employee_number"))
    assert numbers == {"lea": "1001", "mia": "1002", "otto": "1003", "alice": "1004", "bob": "1005", "hanne": "1006"}
    assert User.objects.get(username="adam").employee_number is None  # not in the file: left alone
    # Their managers are the same people: no manager change is shown for them.
    assert plan.changes_of("manager") == []
    alice = User.objects.get(username="alice")
    assert (alice.history.first().history_user, alice.history.first().history_change_reason) == (
        coded.hanne, "Personaleregister fra HR-systemet")


def test_the_same_file_twice_changes_nothing(synced, tmp_path):
    before = {user.pk: user.history.count() for user in User.objects.all()}
    plan = plan_sync(read_file(csv_file(world_rows(synced))))
    assert not plan.has_changes and plan.summary()["unchanged"] == 6
    call_command("sync_staff", _write(csv_file(world_rows(synced)), tmp_path), stdout=open("/dev/null", "w"))
    assert {user.pk: user.history.count() for user in User.objects.all()} == before


def _write(upload, folder):
    path = folder / upload.name
    upload.seek(0)
    path.write_bytes(upload.read())
    return str(path)


def test_a_new_member_of_staff_gets_an_account_without_a_password(synced):
    rows = world_rows(synced) + [person("2001", "Søren", "Ærø", "111", "1002", title="Formidler",
                                        start="2026-01-05", email="Soeren.Aeroe@odense.dk")]
    plan = sync(csv_file(rows), by=synced.hanne)
    assert [p.values["employee_number"] for p in plan.new] == ["2001"]
    new = User.objects.get(employee_number="2001")
    assert (new.username, new.first_name, new.last_name, new.unit, new.manager, new.job_title, new.start_date) == (
        "soeren.aeroe@odense.dk", "Søren", "Ærø", synced.team_a, synced.mia, "Formidler", date(2026, 1, 5))
    assert not new.has_usable_password() and new.is_active
    assert list(new.groups.values_list("name", flat=True)) == ["Medarbejder"]
    assert new.history.count() == 1 and new.history.first().history_user == synced.hanne


def test_new_staff_whose_manager_is_new_too_are_created_with_their_manager(synced):
    rows = world_rows(synced) + [person("3002", "Ny", "Medarbejder", "120", "3001"),
                                 person("3001", "Ny", "Leder", "120", "1001", title="Leder")]
    sync(csv_file(rows))
    assert User.objects.get(employee_number="3002").manager == User.objects.get(employee_number="3001")


@pytest.mark.parametrize(("key", "value", "field", "expected"), [
    ("first", "Alicia", "first_name", "Alicia"),
    ("last", "Jensen", "last_name", "Jensen"),
    ("email", "alicia@odense.dk", "email", "alicia@odense.dk"),
    ("title", "Formidler", "job_title", "Formidler"),
    ("start", "01-02-2019", "start_date", date(2019, 2, 1)),
])
def test_a_changed_field(synced, key, value, field, expected):
    plan = sync(csv_file(edited(synced, "1004", **{key: value})), by=synced.hanne)
    assert [change.user.username for change in plan.changes_of(field)] == ["alice"]
    assert plan.summary()["unchanged"] == 5
    assert getattr(User.objects.get(username="alice"), field) == expected


def test_a_changed_unit_by_code_or_by_name(synced):
    plan = sync(csv_file(edited(synced, "1004", unit="Sydhuset")))
    assert [change.fields["unit"] for change in plan.changes_of("unit")] == [(synced.team_a, synced.house_b)]
    assert User.objects.get(username="alice").unit == synced.house_b


def test_a_manager_change_to_a_leder_moves_the_open_mus(synced):
    plan = sync(csv_file(edited(synced, "1004", manager="1003")), by=synced.hanne)
    assert [change.fields["manager"] for change in plan.changes_of("manager")] == [("1002", "1003")]
    assert Conversation.objects.get(pk=synced.mus_alice.pk).manager == synced.otto


def test_a_manager_change_to_someone_without_the_leder_role_waits(synced):
    sync(csv_file(edited(synced, "1004", manager="1005")))
    assert User.objects.get(username="alice").manager == synced.bob
    assert Conversation.objects.get(pk=synced.mus_alice.pk).manager == synced.mia


def test_a_past_end_date_deactivates_and_ends_sessions(synced, client):
    client.force_login(synced.bob)
    yesterday = timezone.localdate() - timedelta(days=1)
    plan = sync(csv_file(edited(synced, "1005", end=yesterday.isoformat())), by=synced.hanne)
    assert [user.username for _row, user, _end in plan.leavers] == ["bob"]
    bob = User.objects.get(username="bob")
    assert (bob.is_active, bob.end_date) == (False, yesterday)
    assert bob.history.first().history_change_reason == "Fratrådt"
    assert client.get("/").status_code == 302
    assert not any(SessionStore(session_key=key).load().get("_auth_user_id") == str(bob.pk)
                   for key in _session_keys())


def _session_keys():
    from django.contrib.sessions.models import Session

    return list(Session.objects.values_list("session_key", flat=True))


def test_a_future_end_date_is_stored_and_the_daily_command_acts_after_it(synced):
    last_day = timezone.localdate() + timedelta(days=10)
    plan = sync(csv_file(edited(synced, "1005", end=last_day.isoformat())))
    assert plan.leavers == [] and [c.user.username for c in plan.changes_of("end_date")] == ["bob"]
    assert User.objects.get(username="bob").is_active
    call_command("deactivate_leavers", "--today", (last_day + timedelta(days=1)).isoformat(),
                 stdout=open("/dev/null", "w"))
    assert not User.objects.get(username="bob").is_active


def test_staff_missing_from_the_file_are_reported_not_changed(synced):
    rows = [row for row in world_rows(synced) if row[0] != "1005"]
    plan = sync(csv_file(rows))
    assert [user.username for user in plan.not_in_file] == ["bob"]
    assert User.objects.get(username="bob").is_active


def test_unknown_units_are_created_under_the_chosen_parent(synced):
    rows = world_rows(synced) + [person("2001", "Ny", "Person", "Bogbussen", "1001")]
    plan = sync(csv_file(rows), create_units_under=synced.root)
    assert plan.units_to_create == ["Bogbussen"]
    unit = Unit.objects.get(name="Bogbussen")
    assert (unit.parent, User.objects.get(employee_number="2001").unit) == (synced.root, unit)
    again = plan_sync(read_file(csv_file(rows)))
    assert not again.has_changes


def test_a_leaver_unknown_to_the_app_is_not_created(synced):
    rows = world_rows(synced) + [person("2001", "Gammel", "Kollega", "111", end="2020-01-31")]
    plan = sync(csv_file(rows))
    assert [values["employee_number"] for _row, values in plan.not_created] == ["2001"]
    assert not User.objects.filter(employee_number="2001").exists()


def test_an_inactive_account_current_in_the_file_is_reported_not_reactivated(synced):
    User.objects.filter(username="bob").update(is_active=False)
    plan = sync(csv_file(world_rows(synced)))
    assert [user.username for _row, user in plan.inactive_in_file] == ["bob"]
    assert not User.objects.get(username="bob").is_active


@pytest.mark.parametrize("variant", ["csv-semicolon", "csv-comma-bom", "csv-tab", "xlsx", "header-variants"])
def test_the_accepted_formats_read_the_same(synced, variant):
    rows = edited(synced, "1004", title="Formidler")
    headers = HEADERS
    if variant == "header-variants":
        headers = ["Lønnummer", "fornavn", "EFTERNAVN", "Email", "Enhedskode", "Stilling", "Leder", "Ansættelsesdato",
                   "Fratrædelsesdato"]
    upload = {"csv-semicolon": lambda: csv_file(rows, headers), "header-variants": lambda: csv_file(rows, headers),
              "csv-comma-bom": lambda: csv_file(rows, delimiter=",", bom=True),
              "csv-tab": lambda: csv_file(rows, delimiter="\t"), "xlsx": lambda: xlsx_file(rows)}[variant]()
    plan = plan_sync(read_file(upload))
    assert plan.errors == []
    assert [(c.user.username, c.fields) for c in plan.changes] == [("alice", {"job_title": ("Bibliotekar",
                                                                                            "Formidler")})]


def test_excel_date_cells_are_read_as_dates(synced):
    rows = edited(synced, "1004")
    for row in rows:
        row[7] = date(2020, 1, 1)
    rows[3][7] = date(2018, 6, 1)
    plan = plan_sync(read_file(xlsx_file(rows)))
    assert [(c.user.username, c.fields["start_date"][1]) for c in plan.changes_of("start_date")] == [
        ("alice", date(2018, 6, 1))]
