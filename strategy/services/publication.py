"""The plan's workflow, kladde → godkendt → offentliggjort, which the plan owns. Publishing
freezes the plan's documents: whoever renders them (the reporting app) says so with
`on_publish`, called in the transaction that publishes, so a rendering that fails leaves the plan
as it was."""

from django.db import transaction

from strategy.models import Plan

_on_publish = []


def on_publish(callback):
    """Have `callback(plan, user)` run when a plan is published (inside the transaction)."""
    if callback not in _on_publish:
        _on_publish.append(callback)


@transaction.atomic
def move_plan(plan, status, user):
    """Move `plan` to `status` (Plan.move_to checks the workflow and who may do it)."""
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    plan.move_to(status, user)
    if plan.is_published:
        for callback in _on_publish:
            callback(plan, user)
    return plan
