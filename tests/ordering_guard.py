"""Fails any query whose model's default ordering Django leaves out.

Django does not apply a model's `Meta.ordering` to a query with GROUP BY (a queryset annotated
with `Count`, say): the rows then come back in whatever order the database likes. SQLite happens
to return them in id order, PostgreSQL does not, so a list that looks ordered in one test run is
shuffled in another. Every such query must say its order with `order_by()` (or `order_by()` with
no fields where order does not matter); this guard makes the whole suite fail one that does not,
on either database.
"""

from django.db.models.sql.compiler import SQLCompiler

_original_as_sql = SQLCompiler.as_sql


def _as_sql_with_order_check(self, *args, **kwargs):
    result = _original_as_sql(self, *args, **kwargs)
    # Order inside a subquery matters only where it is sliced (the first row of a group, say).
    unordered_subquery = self.query.subquery and not self.query.is_sliced
    if self._meta_ordering and self.query.group_by is not None and not unordered_subquery:
        raise AssertionError(
            f"A query of {self.query.model.__name__} is grouped (annotate with an aggregate), so "
            f"its default ordering {list(self._meta_ordering)} is not applied: give it an explicit "
            "order_by()."
        )
    return result


def install():
    SQLCompiler.as_sql = _as_sql_with_order_check
