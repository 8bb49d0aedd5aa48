"""The sync's queries do not grow with the rows. On PostgreSQL 20 and 200 staff cost the same
number; SQLite takes at most 999 parameters a statement, so Django splits a bulk insert or update
into one statement per few dozen rows, and the count grows by a batch, never by a row."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from obb.models import User
from obb.staffsync.applying import apply_plan
from obb.staffsync.planning import plan_sync
from obb.staffsync.reading import read_file
from tests.register.files import csv_file, person, world_rows


def _rows(world, count, title="Bibliotekar"):
    units = ["111", "120", "130"]
    return world_rows(world) + [
        person(str(5000 + index), "Ny", f"Nummer{index}", units[index % 3], "1002", title=title)
        for index in range(count)]


def _queries(func):
    with CaptureQueriesContext(connection) as queries:
        func()
    return len(queries)


def _cost(world, count):
    User.objects.filter(employee_number__startswith="5").delete()
    first = csv_file(_rows(world, count))
    plan = plan_sync(read_file(first))
    check = _queries(lambda: plan_sync(read_file(first)))
    create = _queries(lambda: apply_plan(plan))
    changed = csv_file(_rows(world, count, title="Formidler"))
    plan = plan_sync(read_file(changed))
    assert len(plan.changes) == count
    update = _queries(lambda: apply_plan(plan))
    assert set(User.objects.filter(employee_number__startswith="5").values_list("job_title", flat=True)) == {
        "Formidler"}
    return check, create, update


def test_twenty_and_two_hundred_staff_cost_the_same_queries_but_for_batches(coded):
    apply_plan(plan_sync(read_file(csv_file(world_rows(coded)))))  # link the world first
    small = _cost(coded, 20)
    large = _cost(coded, 200)
    assert User.objects.filter(employee_number__startswith="5").count() == 200
    message = f"20 staff: {small}, 200 staff: {large} (check, create, update)"
    assert small[0] == large[0], message  # the check: a fixed number whatever the rows
    if connection.features.max_query_params is None:  # PostgreSQL: no statement limit
        assert small == large, message
    else:  # 180 more rows: a few more batches, far from a query per row
        assert all(big - little <= 180 / 20 for little, big in zip(small, large, strict=True)), message
