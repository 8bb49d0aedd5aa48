"""The demo loader gives every plan a closed round with answers, and the newest an open one."""

from obb.models import User
from strategy.followup.demo import load_demo
from strategy.followup.models import FollowUpRound


def test_every_plan_gets_a_closed_round_and_the_newest_an_open_one_once(world):
    FollowUpRound.objects.all().delete()
    User.objects.filter(pk=world.lea.pk).update(username="ledelse")
    assert load_demo() == "2 opfølgningsrunder"
    closed, open_ = FollowUpRound.objects.filter(plan=world.plan).order_by("number")
    assert (closed.deadline.isoformat(), closed.is_open, open_.is_open) == ("2023-06-30", False, True)
    answered = closed.items.filter(answered_at__isnull=False)
    assert answered.count() == 2
    assert {item.status for item in answered} == {item.status_at_close for item in answered}
    assert load_demo() == "0 opfølgningsrunder"
    assert FollowUpRound.objects.count() == 2
