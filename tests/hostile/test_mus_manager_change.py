"""Hole 3 of the probe: no change in the Django admin may give anyone MUS content.

Setting an employee's manager to the administrator (or to anyone without the Leder role) moved
the open conversation to them; the administrator then read and wrote the employee's MUS and the
real manager got 404. Now a conversation moves only to a new manager who holds the Leder role
and is not an administrator; until then it waits with the Leder who holds it (who keeps access)
and HR sees it in the waiting list. Each change is made through the admin's own change form."""

from datetime import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from hrtools.mus.models import Conversation
from hrtools.onboarding.models import Onboarding
from obb.roles import GROUP_NAMES, Role
from tests.hrtools.mus.test_confidentiality import content_urls

SECRET = "Lære at facilitere læsekredse"  # a goal of the plan, on the conversation page


def admin_change(client, user, **changes):
    """Post the admin's change form of `user` with its current values and `changes`, as the
    administrator's browser would."""
    url = reverse("admin:obb_user_change", args=[user.pk])
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {}
    for name in form.fields:
        if form.fields[name].disabled:
            continue
        value = form[name].value()
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, datetime):  # the admin's split date and time
            local = timezone.localtime(value)
            data[f"{name}_0"], data[f"{name}_1"] = local.date().isoformat(), local.strftime("%H:%M:%S")
        elif isinstance(value, (list, tuple)):
            data[name] = [str(item) for item in value]
        elif value is not None:
            data[name] = str(value)
    for name, value in changes.items():
        if isinstance(value, bool):
            data.pop(name, None) if not value else data.__setitem__(name, "on")
        else:
            data[name] = value
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    return response


def group(role):
    return Group.objects.get(name=GROUP_NAMES[role])


def reads(client, conversation):
    response = client.get(reverse("mus:conversation", args=[conversation.pk]))
    return response.status_code == 200 and SECRET in response.content.decode()


def refused_everywhere(client, world):
    return all(client.get(url).status_code == 404 for url in content_urls(world))


@pytest.mark.parametrize("new_manager", ["adam", "bob", "hanne"])
def test_a_manager_without_the_leder_role_gets_no_mus_content(world, client, login, new_manager):
    conversation = world.mus_alice
    assert reads(login(world.mia), conversation)  # the real manager reads it before the change
    admin = login(world.adam)
    admin_change(admin, world.alice, manager=str(getattr(world, new_manager).pk))
    world.alice.refresh_from_db()
    assert world.alice.manager == getattr(world, new_manager)
    assert Conversation.objects.get(pk=conversation.pk).manager == world.mia  # it waits with mia
    assert refused_everywhere(login(getattr(world, new_manager)), world)
    assert reads(login(world.mia), conversation)  # not locked out while it waits
    hr_page = login(world.hanne).get(reverse("register_waiting"))
    assert hr_page.status_code == 200
    text = hr_page.content.decode()
    assert "Alice Testesen" in text and "MUS-samtale" in text and SECRET not in text


def test_an_administrator_who_makes_themself_leder_still_gets_nothing(world, login):
    admin = login(world.adam)
    admin_change(admin, world.adam, groups=[str(group(Role.ADMINISTRATOR).pk), str(group(Role.MANAGER).pk),
                                             str(group(Role.EMPLOYEE).pk)])
    admin_change(admin, world.alice, manager=str(world.adam.pk))
    assert Conversation.objects.get(pk=world.mus_alice.pk).manager == world.mia
    assert refused_everywhere(login(world.adam), world)
    assert reads(login(world.mia), world.mus_alice)


def test_the_conversation_moves_when_the_new_manager_is_given_the_leder_role(world, login):
    admin = login(world.adam)
    admin_change(admin, world.alice, manager=str(world.bob.pk))
    assert refused_everywhere(login(world.bob), world)
    admin = login(world.adam)
    admin_change(admin, world.bob, groups=[str(group(Role.MANAGER).pk), str(group(Role.EMPLOYEE).pk)])
    conversation = Conversation.objects.get(pk=world.mus_alice.pk)
    assert conversation.manager == world.bob
    assert conversation.history.first().history_user == world.adam
    assert reads(login(world.bob), conversation)
    assert refused_everywhere(login(world.mia), world)  # mia handed it on
    text = login(world.hanne).get(reverse("register_waiting")).content.decode()
    assert "Intet venter" in text


def test_a_leder_loses_the_manager_branch_with_the_role(world, login):
    world.mia.groups.remove(group(Role.MANAGER))
    assert refused_everywhere(login(world.mia), world)


def test_a_manager_change_to_a_leder_in_the_admin_still_moves_it(world, login):
    admin_change(login(world.adam), world.alice, manager=str(world.otto.pk))
    assert Conversation.objects.get(pk=world.mus_alice.pk).manager == world.otto
    assert reads(login(world.otto), world.mus_alice)
    assert refused_everywhere(login(world.mia), world)


def test_onboarding_follows_the_leder_rule(world, login):
    onboarding = Onboarding.objects.filter(new_hire=world.alice, closed_at__isnull=True).first()
    if onboarding is None:
        onboarding = Onboarding.objects.create(new_hire=world.alice, unit=world.team_a, manager=world.mia,
                                               start_date=world.alice.date_joined.date())
    admin_change(login(world.adam), world.alice, manager=str(world.adam.pk))
    onboarding.refresh_from_db()
    assert onboarding.manager == world.mia
    text = login(world.hanne).get(reverse("register_waiting")).content.decode()
    assert "Onboarding" in text
    admin_change(login(world.adam), world.alice, manager=str(world.otto.pk))
    onboarding.refresh_from_db()
    assert onboarding.manager == world.otto
