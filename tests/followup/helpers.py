"""Small helpers the follow-up tests share."""

from datetime import timedelta

from django.utils import timezone

from strategy.followup.services import close_round, open_round
from strategy.models import Action


def add_action(world, text, *, unit=None, owner=None, pejlemaerke=None, status=Action.Status.PLANNED):
    last = Action.objects.filter(plan=world.plan).count()
    return Action.objects.create(plan=world.plan, pejlemaerke=pejlemaerke or world.service, order=last + 10,
                                 text=text, unit=unit, owner=owner, status=status)


def reopen(world, days=14):
    """Close the world's round and open a new one, so actions added since are in it."""
    close_round(world.followup_round, user=world.lea)
    return open_round(world.plan, user=world.lea, deadline=timezone.localdate() + timedelta(days=days))


def answer_data(item, *, status, note="", delayed=False, version=None, action_version=None):
    item.refresh_from_db()
    action = Action.objects.get(pk=item.action_id)
    data = {"status": status, "note": note, "version": item.version if version is None else version,
            "action_version": action.version if action_version is None else action_version}
    if delayed:
        data["is_delayed"] = "on"
    return data
