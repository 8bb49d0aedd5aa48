"""Leadership opens and closes follow-up rounds; nobody else may. Closing freezes the answers."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from strategy.followup.models import FollowUpItem, FollowUpRound
from strategy.followup.services import close_round
from strategy.models import Action
from tests.followup.helpers import add_action, answer_data


def _open(client, world, days=30, reminder_days="-7,0,2"):
    deadline = timezone.localdate() + timedelta(days=days)
    return client.post(reverse("followup:round_open"),
                       {"plan": world.plan.pk, "deadline": deadline.isoformat(), "reminder_days": reminder_days})


def test_lea_opens_a_round_with_one_item_per_active_action_of_the_plan(world, login):
    close_round(world.followup_round, user=world.lea)
    archived = add_action(world, "En arkiveret handling")
    Action.objects.filter(pk=archived.pk).update(is_archived=True)
    Action.objects.filter(pk=world.action_b.pk).update(status=Action.Status.IN_PROGRESS)
    response = _open(login(world.lea), world)
    round_ = FollowUpRound.objects.get(plan=world.plan, number=2)
    assert response.status_code == 302 and response["Location"] == reverse("followup:round_detail", args=[round_.pk])
    assert round_.is_open and round_.opened_by == world.lea and round_.reminder_offsets == [-7, 0, 2]
    items = {item.action_id: item.status_before for item in round_.items.all()}
    assert items == {world.action_a.pk: "planlagt", world.action_lea.pk: "planlagt", world.action_b.pk: "i_gang"}


def test_a_second_open_round_for_the_same_plan_is_refused_in_danish(world, login):
    response = _open(login(world.lea), world)
    assert response.status_code == 400
    assert "Der er allerede en åben opfølgningsrunde for planen" in response.content.decode()
    assert list(FollowUpRound.objects.values_list("pk", flat=True)) == [world.followup_round.pk]


def test_daily_reminders_and_a_deadline_in_the_past_are_refused(world, login):
    close_round(world.followup_round, user=world.lea)
    client = login(world.lea)
    response = _open(client, world, reminder_days="-5,-4,-3,-2,-1,0")
    assert response.status_code == 400
    assert "der sendes ikke påmindelser hver dag" in response.content.decode()
    response = _open(client, world, days=-1)
    assert "Fristen kan ikke ligge før i dag." in response.content.decode()
    assert not FollowUpRound.objects.open().exists()


def test_mia_may_neither_open_nor_close_a_round(world, login):
    client = login(world.mia)
    assert client.get(reverse("followup:round_open")).status_code == 403
    close_round(world.followup_round, user=world.lea)
    assert _open(client, world).status_code == 403
    assert not FollowUpRound.objects.open().exists()
    second = FollowUpRound.objects.create(plan=world.plan, number=2, deadline=timezone.localdate())
    assert client.post(reverse("followup:round_close", args=[second.pk])).status_code == 403
    second.refresh_from_db()
    assert second.closed_at is None


def test_closing_freezes_what_was_answered_even_when_the_actions_change_later(world, login):
    client = login(world.mia)
    client.post(reverse("followup:answer", args=[world.item_a.pk]),
                answer_data(world.item_a, status="i_gang", note="Første kursus holdt i marts."))
    response = login(world.lea).post(reverse("followup:round_close", args=[world.followup_round.pk]))
    assert response.status_code == 302
    Action.objects.filter(pk=world.action_a.pk).update(text="En helt ny tekst", status="opgivet")
    world.mia.first_name = "Omdøbt"
    world.mia.save()
    Action.objects.filter(pk=world.action_b.pk).delete()
    page = login(world.lea).get(reverse("followup:round_detail", args=[world.followup_round.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "OBB afvikler et tværgående værtskabskursus" in html and "En helt ny tekst" not in html
    assert "Første kursus holdt i marts." in html and "Mia Testesen" in html
    assert "OBB styrker samarbejdet med Syddansk Universitet" in html
    frozen = FollowUpItem.objects.get(pk=world.item_a.pk)
    assert (frozen.status, frozen.status_at_close, frozen.owner_name) == ("i_gang", "i_gang", "Mia Testesen")


def test_a_closed_round_cannot_be_answered_any_more(world, login):
    close_round(world.followup_round, user=world.lea)
    response = login(world.mia).post(reverse("followup:answer", args=[world.item_a.pk]),
                                     answer_data(world.item_a, status="i_gang"))
    assert response.status_code == 404
    assert FollowUpItem.objects.get(pk=world.item_a.pk).answered_at is None


def test_closing_twice_says_so_and_keeps_the_first_closing(world, login):
    client = login(world.lea)
    client.post(reverse("followup:round_close", args=[world.followup_round.pk]))
    first = FollowUpRound.objects.get(pk=world.followup_round.pk).closed_at
    response = client.post(reverse("followup:round_close", args=[world.followup_round.pk]), follow=True)
    assert "Runden er allerede lukket." in response.content.decode()
    assert FollowUpRound.objects.get(pk=world.followup_round.pk).closed_at == first
