#!/usr/bin/env python
"""Benchmark of the staff register's file sync (not a test: it prints figures, asserts nothing).

    .venv/bin/python scripts/bench_staff_sync.py [--sizes 2000 20000] [--units 300]

On a throw-away database (SQLite in a temporary folder, or the PostgreSQL server DATABASE_URL
points at; its tables are emptied first, so give it a throw-away one) it makes `--units` units
with HR codes, writes a CSV file of N staff in them (a management tree: unit leaders report to
their parent unit's leader, staff to their unit's leader) and measures, for each N:

  * first sync: reading + checking the file (the preview) and saving it (the confirmation);
  * the same file again (nothing changes);
  * a file with 1 % of the staff changed (unit, title, e-mail) and 0.5 % leavers.

Every step prints its seconds and its number of database queries. Budget (docs/performance.md):
20,000 staff previewed and saved in under 60 s, and a query count that does not grow per row.
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django():
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    if not os.environ.get("DATABASE_URL"):
        folder = tempfile.mkdtemp(prefix="bench-staff-sync-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, skip_checks=True)


def reset(units):
    from obb.models import Unit, User

    User.history.model.objects.all().delete()
    User.objects.all().delete()
    Unit.history.model.objects.all().delete()
    Unit.objects.update(parent=None)  # PROTECT: undo the tree before deleting it
    Unit.objects.all().delete()
    root = Unit.objects.create(name="Odense Kommune", slug="odense-kommune", code="U0000", kind=Unit.Kind.ORGANISATION)
    made = [root]
    for index in range(1, units):
        parent = made[(index - 1) // 8]  # a tree about four levels deep
        made.append(Unit.objects.create(name=f"Enhed {index}", slug=f"enhed-{index}", code=f"U{index:04d}",
                                        parent=parent, kind=Unit.Kind.TEAM))
    return made


def staff_rows(size, units, *, changed=0.0, leavers=0.0):
    """N rows: unit i's leader has number L<i>, the others report to their unit's leader."""
    rows = []
    leader_of = {}
    parents = {unit.code: unit.parent.code if unit.parent_id else None for unit in units}
    for index, unit in enumerate(units):
        leader_of[unit.code] = f"{100000 + index}"
    per_unit = max(1, -(-size // len(units)))  # rounded up; the last units get fewer
    number = 200000
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    for unit in units:
        leader = leader_of[unit.code]
        parent_leader = leader_of.get(parents[unit.code]) or ""
        rows.append([leader, "Leder", f"Nr{leader}", f"leder{leader}@odense.dk", unit.code, "Leder",
                     parent_leader, "2015-01-01", ""])
        for _ in range(per_unit - 1):
            if len(rows) >= size:
                break
            number += 1
            rows.append([str(number), "Medarbejder", f"Nr{number}", f"m{number}@odense.dk", unit.code,
                         "Bibliotekar", leader, "2020-08-01", ""])
    step_changed = int(1 / changed) if changed else 0
    step_leavers = int(1 / leavers) if leavers else 0
    for index, row in enumerate(rows):
        if row[5] == "Leder":
            continue
        if step_changed and index % step_changed == 1:
            row[4] = units[(index * 7) % len(units)].code
            row[5] = "Formidler"
            row[3] = "ny." + row[3]
        elif step_leavers and index % step_leavers == 3:
            row[8] = yesterday
    return rows[:size]


def as_csv(rows):
    from django.core.files.uploadedfile import SimpleUploadedFile

    header = "Medarbejdernummer;Fornavn;Efternavn;E-mail;Enhed;Stillingsbetegnelse;" \
             "Nærmeste leders medarbejdernummer;Ansat fra;Fratrådt"
    text = "\r\n".join([header] + [";".join(row) for row in rows]) + "\r\n"
    return SimpleUploadedFile("medarbejdere.csv", text.encode("utf-8"))


def measure(label, func):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = func()
        seconds = time.perf_counter() - started
    print(f"  {label:<34} {seconds:7.2f} s  {len(queries):6d} queries")
    return result, seconds


def run(size, unit_count):
    from obb.staffsync.applying import apply_plan
    from obb.staffsync.planning import plan_sync
    from obb.staffsync.reading import read_file

    units = reset(unit_count)
    print(f"{size} staff in {unit_count} units")
    totals = []
    for step, rows in (("first sync", staff_rows(size, units)),
                       ("same file again", staff_rows(size, units)),
                       ("1 % changed, 0.5 % leavers", staff_rows(size, units, changed=0.01, leavers=0.005))):
        upload = as_csv(rows)
        plan, preview = measure(f"{step}: preview", lambda upload=upload: plan_sync(read_file(upload)))
        assert plan.is_valid, [str(error) for error in plan.errors[:5]]
        _summary, save = measure(f"{step}: save", lambda plan=plan: apply_plan(plan))
        counts = plan.summary()
        print(f"    new {counts['new']}, changed {len(plan.changes)}, leavers {counts['leavers']}, "
              f"unchanged {counts['unchanged']}")
        totals.append(preview + save)
    print(f"  first sync, preview + save: {totals[0]:.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[2000, 20000])
    parser.add_argument("--units", type=int, default=300)
    args = parser.parse_args()
    setup_django()
    from django.db import connection

    print(f"Database: {connection.vendor}")
    for size in args.sizes:
        run(size, args.units)


if __name__ == "__main__":
    main()
