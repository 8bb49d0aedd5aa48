"""Against lost updates: a change says which version of the object it was made from, and is
refused when someone has saved the object since. The claim and the bump are one UPDATE, so of
two saves from the same version exactly one wins, on SQLite and PostgreSQL alike."""

from django.db.models import F


class EditConflict(Exception):
    """Someone else saved the object after the version this change started from; `current` is
    the object as it is stored now (for the page to show what changed)."""

    def __init__(self, current, field="version"):
        super().__init__(f"{type(current).__name__} {current.pk} is at {field} {getattr(current, field)}")
        self.current = current


def claim_version(instance, expected_version, *, field="version", current=None):
    """Bump the stored `field` of `instance` if it is still `expected_version` (and set it on
    `instance`); otherwise raise the conflict, with the stored object read by `current()` (by
    default: by primary key). Call inside the transaction that saves the change."""
    model = type(instance)
    claimed = model._default_manager.filter(pk=instance.pk, **{field: expected_version}).update(
        **{field: F(field) + 1})
    if not claimed:
        stored = current() if current else model._default_manager.get(pk=instance.pk)
        raise EditConflict(stored, field)
    setattr(instance, field, expected_version + 1)
