"""The main pages cost a fixed number of queries, whatever the amount of data: each page is
requested on the small test world and again after the world has grown (more plans, actions,
progress notes, staff and snapshots), and both counts must equal the pinned number. The action
list and the plan page have their own such tests in tests/strategy; the figures of the pages
at scale are in docs/performance.md (scripts/bench_pages.py)."""

from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hrtools.staffstats.models import Snapshot, SnapshotPerson
from obb.models import User
from strategy.models import Action, Plan, ProgressNote
from tests.hrtools.staffstats.conftest import person

# (person, page) -> queries. A change here is a change in what the page costs: look at the new
# queries before updating the number.
PAGES = {
    ("alice", "/"): 19,
    ("mia", "/"): 31,  # + the next booked MUS conversation, + leavers to hand over
    ("lea", "/"): 30,  # + leavers to hand over
    ("alice", "/strategi/2023/"): 17,
    ("lea", "/strategi/2023/pejlemaerke/service/"): 15,
    ("mia", "/strategi/overblik/"): 15,
    ("lea", "/strategi/overblik/"): 15,
    ("lea", "/rapporter/plan/2023/"): 21,
    ("hanne", "/hr/personaleregnskab/profiler/"): 10,
    ("hanne", "/hr/personaleregnskab/"): 15,
    ("hanne", "/hr/personaleregnskab/opgoerelser/"): 8,
    ("alice", "/hr/kompetencer/"): 7,
    ("alice", "/hr/mus/"): 8,
    ("hanne", "/hr/mus/runder/"): 8,
    ("hanne", "/hr/rekruttering/"): 8,
    ("hanne", "/hr/onboarding/"): 9,
    ("mia", "/hr/onboarding/"): 11,
    ("lea", "/organisation/"): 9,
    ("alice", "/hr/kompetencer/karriereveje/"): 11,
    ("alice", "/hr/kompetencer/mit-spejl/"): 14,
    ("alice", "/hr/kompetencer/jobudvikling/"): 10,
    ("alice", "/hr/onboarding/mine/"): 10,
    ("mia", "/hr/kompetencer/mine-medarbejdere/"): 11,
    ("mia", "/hr/mus/mine-medarbejdere/"): 10,
    ("lea", "/strategi/handlinger/"): 13,
}


def grow(world):
    """Ten times more of everything a main page lists."""
    old = Plan.objects.create(year=2022, title="Det gør vi 2022", strategy=world.strategy)
    actions = Action.objects.bulk_create(
        Action(plan=plan, pejlemaerke=world.service if n % 2 else world.partnerskaber, order=10 + n,
               text=f"Handling {n}", unit=world.team_a if n % 3 else world.house_b,
               owner=world.mia if n % 2 else world.lea, status=Action.Status.IN_PROGRESS)
        for plan in (world.plan, old) for n in range(120))
    ProgressNote.objects.bulk_create(
        ProgressNote(action=action, author=world.mia, text="Godt i gang.", date=date(2023, 3, 1))
        for action in actions if action.pk)
    User.objects.bulk_create(
        User(username=f"ekstra{n}", first_name="Ekstra", last_name=str(n), unit=world.team_a, manager=world.mia,
             start_date=date(2015, 1, 1))
        for n in range(60))
    for year in range(2012, 2022):
        snapshot = Snapshot.objects.create(year=year, counted_on=date(year, 12, 31), source=Snapshot.Source.IMPORT)
        SnapshotPerson.objects.bulk_create(person(snapshot, unit) for unit in (world.team_a, world.house_b)
                                           for _n in range(30))


def count(client, url):
    cache.clear()  # the personaleregnskab is cached; pin what a first visit costs
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize(("who", "url"), list(PAGES))
def test_page_costs_the_same_queries_with_little_and_much_data(world, login, who, url):
    client = login(getattr(world, who))
    client.get(url)  # warm up: session, roles
    few = count(client, url)
    grow(world)
    many = count(client, url)
    assert (few, many) == (PAGES[(who, url)], PAGES[(who, url)])
