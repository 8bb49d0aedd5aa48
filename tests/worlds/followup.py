"""Test-world objects for follow-up rounds (see tests/worlds/__init__.py).

lea (leadership) has opened a round for the 2023 plan with its deadline in two weeks: one item
per action — action_a (mia's), action_lea (lea's) and action_b (otto's). Nobody has answered.
"""

from datetime import timedelta

from django.utils import timezone

from strategy.followup.services import open_round


def build(world):
    round_ = open_round(world.plan, user=world.lea, deadline=timezone.localdate() + timedelta(days=14))
    items = {item.action_id: item for item in round_.items.all()}
    world.extra.update(
        followup_round=round_, item_a=items[world.action_a.pk], item_b=items[world.action_b.pk],
        item_lea=items[world.action_lea.pk],
    )
