"""Fixtures of the hostile-input corpus.

The corpus has hundreds of cases; building the shared test world for each would take minutes.
`hostile_world` builds it once per module inside a transaction, and every test runs in a
savepoint inside that (pytest-django's `db`), rolled back afterwards, so each case starts from
the same world and none sees another's changes.
"""

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
        yield world
        transaction.set_rollback(True)


@pytest.fixture
def world(hostile_world, db):
    """The shared test world (tests/conftest.py), built once per module of the corpus."""
    return hostile_world


def _tables():
    return sorted({model._meta.db_table for model in apps.get_models(include_auto_created=True)
                   if model._meta.app_label in PROJECT_APPS})


def database_state():
    """The number of rows in every table of the project's apps, history tables included, in one
    query. Every model keeps its history, so a change to any row adds a row to a history table:
    equal counts mean nothing was created, changed or deleted."""
    tables = _tables()
    quote = connection.ops.quote_name
    # Table names come from the models, never from input.
    sql = " UNION ALL ".join(f"SELECT {index}, COUNT(*) FROM {quote(table)}"  # noqa: S608
                             for index, table in enumerate(tables))
    with connection.cursor() as cursor:
        cursor.execute(sql)
        counts = dict(cursor.fetchall())
    return {table: counts[index] for index, table in enumerate(tables)}


def changed_tables(before, after):
    return sorted(table for table in before.keys() | after.keys() if before.get(table) != after.get(table))
