""""Mine opfølgninger": each person's own list, marking one's part done, and a manager's view of
who in their units has not answered."""

from django.urls import reverse

from strategy.followup.models import Completion
from tests.followup.helpers import add_action, answer_data, reopen


def test_mia_sees_her_action_and_not_ottos(world, login):
    response = login(world.mia).get(reverse("followup:mine"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "OBB afvikler et tværgående værtskabskursus" in html
    assert "OBB styrker samarbejdet med Syddansk Universitet" not in html
    assert "Du har besvaret 0 af 1 handling." in html


def test_alice_without_actions_is_told_she_has_nothing_open(world, login):
    response = login(world.alice).get(reverse("followup:mine"))
    assert response.status_code == 200
    assert "Du har ingen åbne opfølgninger." in response.content.decode()


def test_mia_marks_the_round_done_only_when_everything_is_answered(world, login):
    client = login(world.mia)
    done = reverse("followup:done", args=[world.followup_round.pk])
    response = client.post(done, follow=True)
    assert "Besvar alle dine handlinger, før du melder runden færdig (1 mangler)." in response.content.decode()
    assert not Completion.objects.exists()
    client.post(reverse("followup:answer", args=[world.item_a.pk]), answer_data(world.item_a, status="i_gang"))
    response = client.post(done, follow=True)
    assert "Du har meldt runden færdig." in response.content.decode()
    assert list(Completion.objects.values_list("person", "round")) == [(world.mia.pk, world.followup_round.pk)]


def test_alice_may_not_mark_a_round_done_she_has_no_actions_in(world, login):
    assert login(world.alice).post(reverse("followup:done", args=[world.followup_round.pk])).status_code == 404
    assert not Completion.objects.exists()


def test_mia_sees_which_owners_in_her_units_have_not_answered(world, login):
    add_action(world, "Alice laver en læseklub", unit=world.team_a, owner=world.alice)
    add_action(world, "Alice laver en skrivecafé", unit=world.team_a, owner=world.alice)
    add_action(world, "Bob laver et værksted", unit=world.house_b, owner=world.bob)
    reopen(world)
    response = login(world.mia).get(reverse("followup:mine"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Alice Testesen: 2 handlinger mangler svar" in html
    assert "Bob Testesen" not in html
