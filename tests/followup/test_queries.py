"""The follow-up pages cost the same number of queries with one action and with ten."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from strategy.followup.models import FollowUpRound
from strategy.followup.services import close_round, open_round
from strategy.models import Action
from tests.followup.helpers import add_action, answer_data


def _round_with(world, count):
    """A new round whose actions are `count` of alice's (unit team_a), half of them answered."""
    for open_ in FollowUpRound.objects.open():
        close_round(open_, user=world.lea)
    Action.objects.all().delete()
    for number in range(count):
        add_action(world, f"Handling {number}", unit=world.team_a, owner=world.alice,
                   pejlemaerke=world.service if number % 2 else world.partnerskaber)
    round_ = open_round(world.plan, user=world.lea, deadline=world.followup_round.deadline)
    return round_


def _answer_half(client, round_):
    for item in list(round_.items.all())[::2]:
        assert client.post(reverse("followup:answer", args=[item.pk]),
                           answer_data(item, status="i_gang", note="Godt i gang.")).status_code == 302


def _queries(client, url):
    client.get(url)  # warm up: session, roles
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("person", ["alice", "mia"])
def test_mine_costs_the_same_with_one_and_ten_actions(world, login, person):
    url = reverse("followup:mine")
    _answer_half(login(world.alice), _round_with(world, 1))
    client = login(getattr(world, person))
    one = _queries(client, url)
    _answer_half(login(world.alice), _round_with(world, 10))
    client = login(getattr(world, person))
    assert _queries(client, url) == one


def test_round_page_costs_the_same_with_one_and_ten_actions(world, login):
    round_ = _round_with(world, 1)
    _answer_half(login(world.alice), round_)
    one = _queries(login(world.lea), reverse("followup:round_detail", args=[round_.pk]))
    round_ = _round_with(world, 10)
    _answer_half(login(world.alice), round_)
    ten = _queries(login(world.lea), reverse("followup:round_detail", args=[round_.pk]))
    assert ten == one


def test_answer_page_costs_the_same_whatever_the_number_of_actions(world, login):
    round_ = _round_with(world, 1)
    one = _queries(login(world.alice), reverse("followup:answer", args=[round_.items.get().pk]))
    round_ = _round_with(world, 10)
    ten = _queries(login(world.alice), reverse("followup:answer", args=[round_.items.first().pk]))
    assert ten == one


def _indicators(world, count):
    from strategy.followup.indicators import Indicator

    Indicator.objects.all().delete()
    for number in range(count):
        indicator = Indicator.objects.create(pejlemaerke=world.service if number % 2 else world.partnerskaber,
                                             name=f"Indikator {number}", unit_of_measure="antal", owner=world.mia,
                                             baseline_year=2020, baseline=100)
        for year in (2021, 2022, 2023):
            indicator.targets.create(year=year, value=100 + year - 2020)
            indicator.values.create(year=year, value=99 + year - 2020, measured_on=f"{year}-12-31", source="Test")
    return indicator


def test_indicator_pages_cost_the_same_with_one_and_ten_indicators(world, login):
    client = login(world.alice)
    last = _indicators(world, 1)
    one = (_queries(client, reverse("followup:indicators")),
           _queries(client, reverse("followup:indicator", args=[last.pk])))
    last = _indicators(world, 10)
    ten = (_queries(client, reverse("followup:indicators")),
           _queries(client, reverse("followup:indicator", args=[last.pk])))
    assert ten == one
