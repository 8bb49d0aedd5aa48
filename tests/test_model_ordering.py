"""Every list the app shows has one order, on every database: a model's default ordering ends in
something unique, so two rows that tie on the visible fields (two values with the same order
number, two people of the same name) still come back the same way each time."""

from django.apps import apps

APPS = ("obb", "strategy", "hrtools")


def _our_models():
    for model in apps.get_models():
        if model.__module__.split(".")[0] in APPS and not model.__name__.startswith("Historical"):
            yield model


def _unique_sets(model):
    sets = [{"pk"}, {"id"}, {model._meta.pk.name}]
    sets += [{field.name} for field in model._meta.fields if field.unique]
    sets += [set(fields) for fields in model._meta.unique_together]
    sets += [set(constraint.fields) for constraint in model._meta.constraints
             if getattr(constraint, "fields", None) and getattr(constraint, "condition", None) is None]
    return sets


def _is_total(model, ordering=None):
    names = {name.lstrip("-") for name in (model._meta.ordering if ordering is None else ordering)}
    return any(unique <= names for unique in _unique_sets(model))


def test_every_default_ordering_ends_in_something_unique():
    partial = sorted(f"{model._meta.label}: {model._meta.ordering}"
                     for model in _our_models() if model._meta.ordering and not _is_total(model))
    assert partial == []


def test_the_check_tells_a_partial_ordering_from_a_total_one():
    from strategy.models import Action, Pejlemaerke
    assert _is_total(Action)  # ends in "pk"
    assert _is_total(Pejlemaerke)  # strategy + number is a unique constraint

    assert not _is_total(Pejlemaerke, ["number"])  # two strategies both have a number 1
    assert not _is_total(Action, ["plan", "order"])
