"""obb.lifecycle: the manager change and the leaver, whichever door they come through."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from obb import lifecycle
from obb.models import User
from obb.roles import GROUP_NAMES, Role


@pytest.fixture
def heard():
    got = []

    def on_manager(sender, employee, previous_manager_id, by, **kwargs):
        got.append(("manager", employee.pk, previous_manager_id, employee.manager_id, by))

    def on_left(sender, employee, by, **kwargs):
        got.append(("left", employee.pk, by))

    def on_leder(sender, user, by, **kwargs):
        got.append(("leder", user.pk))

    lifecycle.manager_changed.connect(on_manager)
    lifecycle.staff_left.connect(on_left)
    lifecycle.leder_role_granted.connect(on_leder)
    yield got
    lifecycle.manager_changed.disconnect(on_manager)
    lifecycle.staff_left.disconnect(on_left)
    lifecycle.leder_role_granted.disconnect(on_leder)


def test_change_manager_saves_history_and_signals_once(world, heard):
    assert lifecycle.change_manager(world.alice, world.otto, by=world.hanne) is True
    world.alice.refresh_from_db()
    assert world.alice.manager_id == world.otto.pk
    latest = world.alice.history.first()
    assert (latest.manager_id, latest.history_user_id) == (world.otto.pk, world.hanne.pk)
    assert latest.history_change_reason == "Ny nærmeste leder"
    assert heard == [("manager", world.alice.pk, world.mia.pk, world.otto.pk, world.hanne)]


def test_change_manager_to_the_same_manager_does_nothing(world, heard):
    before = world.alice.history.count()
    assert lifecycle.change_manager(world.alice, world.mia) is False
    assert (world.alice.history.count(), heard) == (before, [])


def test_change_manager_refuses_a_loop(world, heard):
    with pytest.raises(ValueError, match="leder over"):
        lifecycle.change_manager(world.mia, world.alice)
    world.mia.refresh_from_db()
    assert (world.mia.manager_id, heard) == (world.lea.pk, [])


def test_a_plain_save_that_changes_the_manager_signals_too(world, heard):
    world.bob.manager = world.mia
    world.bob.save()
    world.bob.job_title = "Formidler"
    world.bob.save()
    assert heard == [("manager", world.bob.pk, world.otto.pk, world.mia.pk, None)]


def test_deactivate_leaver_ends_sessions_and_signals(world, heard):
    client = Client()
    client.force_login(world.bob)
    other = Client()
    other.force_login(world.alice)
    assert client.get("/").status_code == 200
    assert lifecycle.deactivate_leaver(world.bob, by=world.hanne) is True
    world.bob.refresh_from_db()
    assert (world.bob.is_active, world.bob.end_date) == (False, timezone.localdate())
    assert world.bob.history.first().history_change_reason == "Fratrådt"
    assert client.get("/").status_code == 302  # logged out: to the login page
    assert other.get("/").status_code == 200  # somebody else's session is left alone
    assert heard == [("left", world.bob.pk, world.hanne)]
    assert lifecycle.deactivate_leaver(world.bob) is False
    assert len(heard) == 1


def test_deactivate_due_leavers_acts_the_day_after_the_last_day(world, heard):
    today = date(2026, 3, 2)
    world.bob.end_date = today - timedelta(days=1)
    world.bob.save()
    world.alice.end_date = today  # her last day: still employed
    world.alice.save()
    call_command("deactivate_leavers", "--today", today.isoformat(), stdout=open("/dev/null", "w"))
    active = dict(User.objects.filter(pk__in=[world.alice.pk, world.bob.pk]).values_list("username", "is_active"))
    assert active == {"alice": True, "bob": False}
    assert User.objects.get(pk=world.bob.pk).end_date == today - timedelta(days=1)
    assert heard == [("left", world.bob.pk, None)]


def test_leder_role_granted_from_either_side(world, heard):
    leder = Group.objects.get(name=GROUP_NAMES[Role.MANAGER])
    world.alice.groups.add(leder)
    leder.user_set.add(world.bob)
    world.hanne.groups.add(Group.objects.get(name=GROUP_NAMES[Role.HR]))
    assert heard == [("leder", world.alice.pk), ("leder", world.bob.pk)]


def test_registries_join_every_source(world):
    def tasks(user):
        return [lifecycle.OpenTask("Handling", f"Bs opgave for {user.username}", "/x/")]

    lifecycle.add_open_tasks(tasks)
    lifecycle.add_open_tasks(tasks)
    try:
        found = [task for task in lifecycle.open_tasks_of(world.bob) if task.text.startswith("Bs opgave")]
        assert found == [lifecycle.OpenTask("Handling", "Bs opgave for bob", "/x/")]
    finally:
        lifecycle._open_task_sources.remove(tasks)


def test_holds_leder_role_is_not_administrator(world):
    assert lifecycle.holds_leder_role(world.mia)
    assert not lifecycle.holds_leder_role(world.adam)
    assert not lifecycle.holds_leder_role(None)
