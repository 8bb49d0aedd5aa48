"""Test-world objects for follow-up rounds (see tests/worlds/__init__.py).

lea (leadership) has opened a round for the 2023 plan with its deadline in two weeks: one item
per action — action_a (mia's), action_lea (lea's) and action_b (otto's). Nobody has answered.

An indicator of the pejlemærke service, owned by mia: baseline 100 in 2021, targets 110 (2022)
and 120 (2023), measured 112 in 2022 and 115 in the second quarter of 2023 (tæt på).
"""

from datetime import timedelta

from django.utils import timezone

from strategy.followup.indicators import Indicator
from strategy.followup.services import open_round


def build(world):
    round_ = open_round(world.plan, user=world.lea, deadline=timezone.localdate() + timedelta(days=14))
    items = {item.action_id: item for item in round_.items.all()}
    indicator = Indicator.objects.create(pejlemaerke=world.service, name="Besøg på bibliotekerne",
                                         unit_of_measure="1.000 besøg", source="Bibliotekernes tællere",
                                         owner=world.mia, baseline_year=2021, baseline=100)
    indicator.targets.create(year=2022, value=110)
    indicator.targets.create(year=2023, value=120)
    indicator.values.create(year=2022, value=112, measured_on="2023-01-10", source="Årsopgørelse 2022")
    indicator.values.create(year=2023, quarter=2, value=115, measured_on="2023-07-05", source="Tællere, 2. kvartal")
    world.extra.update(
        indicator=indicator,
        followup_round=round_, item_a=items[world.action_a.pk], item_b=items[world.action_b.pk],
        item_lea=items[world.action_lea.pk],
    )
