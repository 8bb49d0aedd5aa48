"""Fixtures of the hostile-input corpus.

The corpus has hundreds of cases; building the shared test world for each would take minutes.
`hostile_world` builds it once per module inside a transaction, and every test runs in a
savepoint inside that (pytest-django's `db`), rolled back afterwards, so each case starts from
the same world and none sees another's changes.
"""

import hashlib

import pytest
from django.apps import apps
from django.db import connection, transaction

from tests import conftest as shared

# The apps whose tables (and history tables) must be unchanged by refused input.
PROJECT_APPS = {"obb", "strategy", "reporting", "competences", "staffstats", "recruitment", "onboarding", "mus"}


@pytest.fixture(scope="module")
def hostile_world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        world = shared.world.__wrapped__(None)
        add_foreign_plan(world)
        yield world
        transaction.set_rollback(True)


def add_foreign_plan(world):
    """A second strategy and an older plan of it, each with rows of every kind the plan's forms
    pick from (pejlemærker, priorities, values, partners, projects, key-figure rows, photos,
    forewords, actions, notes). No form of the 2023 plan offers them, so every foreign-id case
    of the corpus has an object to try."""
    from strategy import models

    strategy = models.StrategyPeriod.objects.create(
        slug="fremmed-strategi", name="Delstrategi 2017-2020", start_year=2017, end_year=2020,
        vision="En anden vision.", mission="En anden mission.", kerneopgave="En anden kerneopgave.")
    models.Value.objects.create(strategy=strategy, order=0, title="Fremmed værdi",
                                description="Hører til en anden strategi.")
    pejlemaerke = models.Pejlemaerke.objects.create(strategy=strategy, number=1, slug="fremmed",
                                                    name="Fremmed pejlemærke", ambition="En anden ambition.")
    priority = models.Priority.objects.create(pejlemaerke=pejlemaerke, order=0, text="Fremmed prioritering")
    plan = models.Plan.objects.create(year=2019, title="Det gør vi 2019", strategy=strategy)
    models.Partner.objects.create(plan=plan, order=0, name="Fremmed partner")
    models.Project.objects.create(plan=plan, order=0, pejlemaerke=pejlemaerke, title="Fremmed projekt")
    table = models.KeyFigureTable.objects.create(plan=plan, order=0, slug="fremmede-noegletal",
                                                 title="Fremmede nøgletal", columns=[{"key": "2019", "label": "2019"}])
    models.KeyFigureRow.objects.create(table=table, order=0, label="Fremmed række", values=[1])
    models.PhotoCaption.objects.create(plan=plan, order=0, caption="Fremmed foto")
    models.Foreword.objects.create(plan=plan, kind="forord", heading="Fremmed forord", body="Tekst.")
    action = models.Action.objects.create(plan=plan, pejlemaerke=pejlemaerke, priority=priority, order=0,
                                   text="OBB gør noget i en anden plan", unit=world.team_a, owner=world.mia)
    models.ProgressNote.objects.create(action=action, author=world.mia, date="2019-03-01", text="Fremmed note.")
    # A closed unit and a member of staff who has left: no picker offers them.
    from datetime import date

    from obb.models import Unit, User

    closed = Unit.objects.create(slug="lukket-enhed", name="Lukket enhed", parent=world.root, is_active=False)
    User.objects.create_user(username="fratraadt", first_name="Frede", last_name="Fratrådt", unit=closed,
                             is_active=False, start_date=date(2010, 1, 1), end_date=date(2019, 12, 31))
    world.extra.update(foreign_strategy=strategy, foreign_plan=plan, foreign_action=action)


@pytest.fixture
def world(hostile_world, db):
    """The shared test world (tests/conftest.py), built once per module of the corpus."""
    return hostile_world


def _tables():
    return sorted({model._meta.db_table for model in apps.get_models(include_auto_created=True)
                   if model._meta.app_label in PROJECT_APPS})


def database_state():
    """Per table of the project's apps (history tables and many-to-many tables included): the
    number of rows and a checksum of their contents, in any order. `QuerySet.update()` writes no
    history (the version claim, MUS summaries and anonymisation use it), so equal counts would not
    show that nothing was changed; equal checksums do."""
    quote = connection.ops.quote_name
    state = {}
    with connection.cursor() as cursor:
        for table in _tables():
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - names come from the models
            rows = sorted(repr(tuple(_plain(value) for value in row)) for row in cursor.fetchall())
            state[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return state


def _plain(value):
    """A value as it compares: PostgreSQL gives binary columns as memoryview, whose repr is its
    address."""
    return bytes(value) if isinstance(value, memoryview) else value


def changed_tables(before, after):
    return sorted(table for table in before.keys() | after.keys() if before.get(table) != after.get(table))
