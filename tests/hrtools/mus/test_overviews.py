"""The manager's overview and HR's overview use a fixed number of queries, whatever the number of
employees; the numbers add up."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from hrtools.mus.models import Conversation, Status
from hrtools.mus.services import completion, open_round
from obb.roles import Role
from tests.conftest import make_person


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def _add_staff(world, number):
    for index in range(number):
        make_person(f"ekstra{index}", world.team_a, [Role.EMPLOYEE], manager=world.mia)
    open_round(world.mus_round, user=world.hanne)
    statuses = list(Status)
    for index, conversation in enumerate(Conversation.objects.filter(round=world.mus_round,
                                                                     employee__username__startswith="ekstra")):
        Conversation.objects.filter(pk=conversation.pk).update(status=statuses[index % len(statuses)])


@pytest.mark.parametrize("name", ["team", "round"])
def test_overviews_use_a_fixed_number_of_queries(world, login, name):
    person = world.mia if name == "team" else world.hanne
    url = reverse("mus:team") if name == "team" else reverse("mus:round", args=[world.mus_round.pk])
    client = login(person)
    client.get(url)  # warm caches (session, content types)
    few = _queries(client, url)
    _add_staff(world, 29)
    many = _queries(login(person), url)
    assert many == few, f"{name}: {few} queries with 1 employee, {many} with 30"
    text = login(person).get(url).content.decode()
    assert "Ekstra28 Testesen" in text if name == "team" else "Team Nord" in text


def test_completion_counts_per_unit_and_status(world):
    _add_staff(world, 6)
    rows, total = completion(world.mus_round)
    by_unit = {row.unit.slug if row.unit else None: row for row in rows}
    team = by_unit["team-nord"]
    in_team = Conversation.objects.filter(round=world.mus_round, employee__unit=world.team_a)
    assert team.total == in_team.count() >= 7  # alice and the six (and whoever else works there)
    for status in Status:
        assert team.counts.get(status, 0) == in_team.filter(status=status).count()
    assert total.total == Conversation.objects.filter(round=world.mus_round).count()
    assert sum(total.ordered()) == total.total


def test_hr_and_leadership_see_the_chart_and_table(world, login):
    in_team = Conversation.objects.filter(round=world.mus_round, employee__unit=world.team_a)
    not_scheduled = in_team.filter(status=Status.NOT_SCHEDULED).count()
    scheduled = in_team.filter(status__in=[Status.SCHEDULED, Status.PREPARED]).count()
    assert not_scheduled >= 1 and scheduled >= 1  # nina has no date yet; alice's is next week
    for person in (world.hanne, world.lea):
        response = login(person).get(reverse("mus:round", args=[world.mus_round.pk]))
        page = response.content.decode()
        title = re.escape(f"Samtaler pr. enhed og status, {world.mus_round.name}")
        chart = re.search(rf'<svg[^>]*role="img"[^>]*><title id=[^>]*>{title}</title>.*?</svg>', page, flags=re.S)
        assert chart, person
        chart = chart.group(0)
        total = in_team.count()
        assert (f"<title>Team Nord – Ikke planlagt: {not_scheduled} ({100 * not_scheduled / total:.0f}\u00a0%)"
                "</title>") in chart
        assert (f"<title>Team Nord – Planlagt/forberedt: {scheduled} ({100 * scheduled / total:.0f}\u00a0%)"
                "</title>") in chart
        team = next(row for row in response.context["rows"] if row.unit == world.team_a)
        assert team.total == in_team.count()
        assert "Hele organisationen" in page
