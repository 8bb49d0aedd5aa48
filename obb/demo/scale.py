"""Demo data at scale: `seed_demo --scale N` builds the ordinary demo data and then N times as
much of it: N years of plans (about 80×N actions a year, with progress notes and history),
N×40 more staff, a MUS round, onboardings and recruitments for each of the N years and N
personaleregnskab snapshots. It exists to measure the pages with ten years of data (see
docs/performance.md and scripts/bench_pages.py).

The organisation's extra staff are made here; each app adds its own share through a scaler it
registers with `add_scaler` (strategy and hrtools build on obb, never the other way round).
Every scaler is deterministic (its random numbers come from `rng()`) and tops up to the
requested size, so running the same scale twice changes nothing."""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.hashers import make_password
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from obb.demo.names import FIRST_NAMES, LAST_NAMES
from obb.demo.units import STAFF_PER_UNIT, STAFF_TITLES
from obb.models import Unit, User
from obb.roles import GROUP_NAMES, Role

STAFF_PER_SCALE = 40
ACTIONS_PER_SCALE = 80  # per plan year
STAFF_PREFIX = "demo.skala."
BATCH_SIZE = 500


@dataclass(frozen=True)
class Scaler:
    name: str
    scale: Callable  # scale(n) -> str (a one-line summary)
    order: int


_scalers: list[Scaler] = []


def add_scaler(name, scale, order=100):
    """Register an app's scale function, run by `seed_demo --scale N` in `order`."""
    if not any(scaler.name == name for scaler in _scalers):
        _scalers.append(Scaler(name, scale, order))
        _scalers.sort(key=lambda scaler: scaler.order)


def scalers():
    return list(_scalers)


def rng(*key):
    """A random generator seeded by `key`, so the same scale gives the same data."""
    return random.Random(":".join(str(part) for part in key))  # noqa: S311 - demo data, not security


def scale_staff(n):
    """N×40 fictional members of staff spread over the units that have staff, each with the
    unit's leader as manager. Returns the number created."""
    generator = rng("staff")
    units = {unit.slug: unit for unit in Unit.objects.select_related("manager")}
    slots = [slug for slug, count in STAFF_PER_UNIT.items() for _n in range(count) if slug in units]
    taken = set(User.objects.filter(username__startswith=STAFF_PREFIX).values_list("username", flat=True))
    titles = ["Bibliotekar", "Biblioteksassistent", "Kulturformidler", "Borgerservicemedarbejder",
              "Projektmedarbejder", "Specialist"]
    today = date.today()
    unusable = make_password(None)
    new = []
    for index in range(1, n * STAFF_PER_SCALE + 1):
        # Draw every person's values whether or not they exist, so that person i is the same
        # person at every scale.
        unit = units[generator.choice(slots)]
        first, last = generator.choice(FIRST_NAMES), generator.choice(LAST_NAMES)
        title = generator.choice(STAFF_TITLES.get(unit.slug) or titles)
        start = date(generator.randint(1990, today.year), generator.randint(1, 12), generator.randint(1, 28))
        username = f"{STAFF_PREFIX}{index}"
        if username in taken:
            continue
        new.append(User(
            username=username, first_name=first, last_name=last, email=f"{username}@obb.invalid",
            unit=unit, job_title=title, manager=unit.manager, start_date=min(start, today), password=unusable,
        ))
    created = bulk_create_with_history(new, User, batch_size=BATCH_SIZE)
    if created:
        from django.contrib.auth.models import Group

        employee, _created = Group.objects.get_or_create(name=GROUP_NAMES[Role.EMPLOYEE])
        ids = User.objects.filter(username__in=[user.username for user in new]).values_list("pk", flat=True)
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=pk, group_id=employee.pk) for pk in ids], batch_size=BATCH_SIZE)
    return len(new)


def scale_demo(n, stdout=None):
    """Build the demo data at scale `n` on top of the ordinary demo data. Yields one summary
    line per step."""
    with transaction.atomic():
        yield "Medarbejdere", f"{scale_staff(n)} ekstra medarbejdere"
    for scaler in scalers():
        with transaction.atomic():
            yield scaler.name, scaler.scale(n)
