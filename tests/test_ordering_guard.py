"""The suite's guard against lists whose order depends on the database (tests/ordering_guard.py)."""

import pytest
from django.db.models import Count

from strategy.models import Pejlemaerke


@pytest.mark.django_db
def test_a_grouped_query_that_relies_on_the_models_default_order_fails_the_suite():
    with pytest.raises(AssertionError, match="Pejlemaerke is grouped"):
        list(Pejlemaerke.objects.annotate(n=Count("priorities")))


@pytest.mark.django_db
def test_a_grouped_query_that_states_its_order_runs():
    assert list(Pejlemaerke.objects.annotate(n=Count("priorities")).order_by("number")) == []
    assert list(Pejlemaerke.objects.annotate(n=Count("priorities")).order_by()) == []


@pytest.mark.django_db
def test_plain_queries_keep_their_default_order_and_pass():
    assert list(Pejlemaerke.objects.all()) == []
    assert Pejlemaerke.objects.annotate(n=Count("priorities")).count() == 0


@pytest.mark.django_db
def test_a_sliced_grouped_subquery_must_state_its_order_and_an_unsliced_one_need_not():
    from django.db.models import OuterRef, Subquery

    from strategy.models import Priority, StrategyPeriod

    def first_priority(queryset):
        return StrategyPeriod.objects.annotate(first=Subquery(queryset.values("text")[:1]))

    grouped = Priority.objects.filter(pejlemaerke__strategy=OuterRef("pk")).annotate(n=Count("pk"))
    with pytest.raises(AssertionError, match="Priority is grouped"):
        list(first_priority(grouped))
    assert list(first_priority(grouped.order_by("order", "pk"))) == []
    assert list(StrategyPeriod.objects.filter(pk__in=grouped.values("pejlemaerke__strategy"))) == []
