"""The overview does not grow its queries with the number of people and years: it is pinned on
the world's one small snapshot and must stay the same with many (other apps' menu items share
the page, so the baseline is measured rather than written down)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from hrtools.staffstats.models import Snapshot, SnapshotPerson
from tests.hrtools.staffstats.conftest import person


def queries(client, **params):
    with CaptureQueriesContext(connection) as context:
        assert client.get("/hr/personaleregnskab/", params).status_code == 200
    return len(context.captured_queries)


def add_many_years(world):
    for year in range(2015, 2023):
        snapshot = Snapshot.objects.create(year=year, counted_on=f"{year}-12-31", source=Snapshot.Source.IMPORT)
        SnapshotPerson.objects.bulk_create(
            [person(snapshot, unit) for unit in (world.team_a, world.house_b) for _i in range(40)])


def test_the_overview_costs_the_same_with_one_row_and_with_many(world, login, django_assert_num_queries):
    client = login(world.lea)
    few = queries(client, dimension="unit")
    filtered = queries(client, dimension="gender", enhed=world.house_a.pk)
    assert filtered == few + 1  # a unit filter costs one query: the unit
    add_many_years(world)
    with django_assert_num_queries(few):
        client.get("/hr/personaleregnskab/", {"dimension": "unit"})
    with django_assert_num_queries(filtered):
        client.get("/hr/personaleregnskab/", {"dimension": "gender", "enhed": world.house_a.pk})
