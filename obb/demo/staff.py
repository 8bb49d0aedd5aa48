"""The demo organisation: the real units, about 150 fictional staff and the five demo accounts."""

import random
import unicodedata
from datetime import date

from django.contrib.auth.models import Group
from django.db import transaction

from obb.demo import DEMO_PASSWORD
from obb.demo.names import FIRST_NAMES, LAST_NAMES
from obb.demo.units import BORGERSERVICE_TITLES, JOB_TITLES, STAFF_PER_UNIT, STAFF_TITLES, UNITS
from obb.models import Unit, User
from obb.roles import GROUP_NAMES, Role

# username, first name, last name, unit slug, job title, roles, leads unit, superuser
DEMO_ACCOUNTS = [
    ("ledelse", "Birgitte", "Holm", "obb", "Biblioteks- og borgerservicechef",
     [Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE], "obb", False),
    ("leder", "Karen", "Mortensen", "dalum-bibliotek", "Biblioteksleder",
     [Role.MANAGER, Role.EMPLOYEE], "dalum-bibliotek", False),
    ("hr", "Jonas", "Lund", "hr-og-personale", "HR-konsulent", [Role.HR, Role.EMPLOYEE], None, False),
    ("medarbejder", "Peter", "Nielsen", "dalum-bibliotek", "Bibliotekar", [Role.EMPLOYEE], None, False),
    ("admin", "Mette", "Kjær", "digital-udvikling", "IT-administrator",
     [Role.ADMINISTRATOR, Role.EMPLOYEE], None, True),
]

LEADER_TITLES = {
    "organisation": "Biblioteks- og borgerservicechef",
    "stab": "Stabschef",
    "hus": "Bibliotekschef, Borgernes Hus",
    "borgerservice": "Borgerservicechef",
    "omraade": "Områdeleder for lokalbibliotekerne",
    "bibliotek": "Biblioteksleder",
    "team": "Teamleder",
}


def _username(first, last, taken):
    base = "".join(
        ch for ch in unicodedata.normalize("NFKD", f"{first}.{last}".lower().replace("ø", "o")
                                           .replace("æ", "ae").replace("å", "aa"))
        if ch.isascii() and (ch.isalnum() or ch == ".")
    )
    name, counter = base, 1
    while name in taken:
        counter += 1
        name = f"{base}{counter}"
    taken.add(name)
    return name


def _groups():
    return {role: Group.objects.get_or_create(name=name)[0] for role, name in GROUP_NAMES.items()}


def _person(username, first, last, unit, title, manager, start, roles, groups, password=None,
            superuser=False):
    user, _created = User.objects.update_or_create(
        username=username,
        defaults={
            "first_name": first,
            "last_name": last,
            "email": f"{username}@obb.invalid",
            "unit": unit,
            "job_title": title,
            "manager": manager,
            "start_date": start,
            "is_active": True,
            "is_staff": superuser,
            "is_superuser": superuser,
        },
    )
    if password:
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
    elif user.has_usable_password():
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.set([groups[role] for role in roles])
    return user


@transaction.atomic
def seed_organisation():
    """Create or update the units, the demo accounts and the fictional staff. Idempotent: the
    same run twice gives the same organisation."""
    rng = random.Random(2023)  # noqa: S311 - deterministic demo data, not security
    groups = _groups()
    units = {}
    for slug, name, kind, parent in UNITS:
        unit, _created = Unit.objects.update_or_create(
            slug=slug, defaults={"name": name, "kind": kind, "parent": units.get(parent), "is_active": True}
        )
        units[slug] = unit

    taken = set(User.objects.values_list("username", flat=True))
    leaders = {}
    demo = {}
    for username, first, last, unit_slug, title, roles, leads, superuser in DEMO_ACCOUNTS:
        demo[username] = _person(username, first, last, units[unit_slug], title, None, date(2012, 3, 1),
                                 roles, groups, password=DEMO_PASSWORD, superuser=superuser)
        if leads:
            leaders[leads] = demo[username]

    # A leader for every unit that has none among the demo accounts, top-down so each
    # leader's manager is the leader of the unit above.
    generated = 0
    for slug, _name, kind, parent in UNITS:
        unit = units[slug]
        if slug not in leaders:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            existing = User.objects.filter(led_units=unit).first()
            username = existing.username if existing else _username(first, last, taken)
            leaders[slug] = _person(
                username, first, last, unit, LEADER_TITLES[kind], leaders.get(parent),
                date(rng.randint(1995, 2020), rng.randint(1, 12), 1), [Role.MANAGER, Role.EMPLOYEE], groups,
            )
            generated += 1
        elif parent:
            leaders[slug].manager = leaders[parent]
            leaders[slug].save(update_fields=["manager"])
        if unit.manager_id != leaders[slug].pk:
            unit.manager = leaders[slug]
            unit.save()

    for username in ("hr", "medarbejder", "admin"):
        user = demo[username]
        user.manager = leaders[user.unit.slug]
        user.save(update_fields=["manager"])

    # The rest of the staff: the same names on every run, so that a second run updates them.
    for slug, _name, kind, _parent in UNITS:
        unit = units[slug]
        titles = STAFF_TITLES.get(slug) or (
            BORGERSERVICE_TITLES if unit.path.startswith(units["borgerservice"].path)
            else JOB_TITLES.get(kind, JOB_TITLES["team"])
        )
        for index in range(STAFF_PER_UNIT.get(slug, 0)):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            username = f"demo.{slug}.{index + 1}"
            _person(username, first, last, unit, rng.choice(titles), leaders[slug],
                    date(rng.randint(1988, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                    [Role.EMPLOYEE], groups)
            generated += 1

    return f"{len(units)} enheder, {len(DEMO_ACCOUNTS)} demo-konti, {generated} øvrige medarbejdere"
