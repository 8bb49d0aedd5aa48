"""Owners answer for their actions (a manager also for their units'); the wrong person is
refused; a note is required when an action is late, postponed or dropped; the second of two
answers made on the same item is refused with the lost-update message."""

from django.urls import reverse

from strategy.followup.models import FollowUpItem
from strategy.models import Action, ProgressNote
from strategy.services.actions import change_status
from tests.followup.helpers import add_action, answer_data, reopen

LOST_UPDATE = "Handlingen er blevet besvaret eller ændret af en anden, mens du svarede."
NOTE_REQUIRED = "Skriv en note: den er påkrævet, når en handling er forsinket, udskydes eller opgives."


def _post(client, item, **answer):
    return client.post(reverse("followup:answer", args=[item.pk]), answer_data(item, **answer))


def test_mia_changes_the_status_of_her_action_with_a_dated_note(world, login):
    response = _post(login(world.mia), world.item_a, status="i_gang", note="Kurset er i gang.")
    assert response.status_code == 302
    item = FollowUpItem.objects.get(pk=world.item_a.pk)
    assert (item.status, item.answered_by, item.note, item.version) == ("i_gang", world.mia, "Kurset er i gang.", 1)
    assert Action.objects.get(pk=world.action_a.pk).status == "i_gang"
    note = ProgressNote.objects.filter(action=world.action_a).latest("created_at")
    assert (note.text, note.author, note.date) == ("Kurset er i gang.", world.mia, item.answered_at.date())


def test_confirming_a_status_needs_no_note_and_leaves_the_action_alone(world, login):
    version = Action.objects.get(pk=world.action_a.pk).version
    assert _post(login(world.mia), world.item_a, status="planlagt").status_code == 302
    assert FollowUpItem.objects.get(pk=world.item_a.pk).status == "planlagt"
    assert Action.objects.get(pk=world.action_a.pk).version == version


def test_postponing_or_dropping_without_a_note_is_refused_and_changes_nothing(world, login):
    client = login(world.mia)
    for status in ("udskudt", "opgivet"):
        response = _post(client, world.item_a, status=status)
        assert response.status_code == 400
        assert NOTE_REQUIRED in response.content.decode()
    assert Action.objects.get(pk=world.action_a.pk).status == "planlagt"
    assert FollowUpItem.objects.get(pk=world.item_a.pk).answered_at is None


def test_a_late_action_needs_a_note_also_when_it_stays_late(world, login):
    client = login(world.mia)
    assert _post(client, world.item_a, status="i_gang", delayed=True).status_code == 400
    assert _post(client, world.item_a, status="i_gang", delayed=True, note="Underviser syg.").status_code == 302
    response = _post(client, world.item_a, status="i_gang", delayed=True)
    assert response.status_code == 400 and NOTE_REQUIRED in response.content.decode()
    assert FollowUpItem.objects.get(pk=world.item_a.pk).note == "Underviser syg."


def test_an_action_already_postponed_may_be_confirmed_without_a_note(world, login):
    Action.objects.filter(pk=world.action_a.pk).update(status="udskudt")
    assert _post(login(world.mia), world.item_a, status="udskudt").status_code == 302
    assert FollowUpItem.objects.get(pk=world.item_a.pk).status == "udskudt"


def test_nobody_answers_for_someone_elses_action(world, login):
    for person in (world.alice, world.otto, world.hanne, world.adam):
        client = login(person)
        assert client.get(reverse("followup:answer", args=[world.item_a.pk])).status_code == 404
        assert _post(client, world.item_a, status="gennemfoert").status_code == 404
    assert _post(login(world.mia), world.item_b, status="gennemfoert").status_code == 404
    assert Action.objects.get(pk=world.action_a.pk).status == "planlagt"
    assert Action.objects.get(pk=world.action_b.pk).status == "planlagt"
    assert not FollowUpItem.objects.filter(answered_at__isnull=False).exists()


def test_alice_answers_her_own_action_and_her_manager_may_answer_it_too(world, login):
    mine = add_action(world, "Alice laver en læseklub", unit=world.team_a, owner=world.alice)
    theirs = add_action(world, "Bob laver et værksted", unit=world.house_b, owner=world.bob)
    round_ = reopen(world)
    item = round_.items.get(action=mine)
    alice = login(world.alice)
    page = alice.get(reverse("followup:mine"))
    assert page.status_code == 200
    assert "Alice laver en læseklub" in page.content.decode() and "Bob laver et værksted" not in page.content.decode()
    assert alice.get(reverse("followup:answer", args=[round_.items.get(action=theirs).pk])).status_code == 404
    assert _post(alice, item, status="i_gang").status_code == 302
    assert _post(login(world.mia), item, status="gennemfoert").status_code == 302
    assert FollowUpItem.objects.get(pk=item.pk).answered_by == world.mia
    assert Action.objects.get(pk=mine.pk).status == "gennemfoert"


def test_the_second_of_two_answers_on_the_same_item_is_refused_with_the_lost_update_message(world, login):
    opened_by_lea = answer_data(world.item_a, status="udskudt", note="Udskudt til efteråret.")
    assert _post(login(world.mia), world.item_a, status="i_gang", note="Vi er i gang.").status_code == 302
    response = login(world.lea).post(reverse("followup:answer", args=[world.item_a.pk]), opened_by_lea)
    assert response.status_code == 409
    html = response.content.decode()
    assert LOST_UPDATE in html and "Udskudt til efteråret." in html
    item = FollowUpItem.objects.get(pk=world.item_a.pk)
    assert (item.status, item.note, item.answered_by) == ("i_gang", "Vi er i gang.", world.mia)
    assert Action.objects.get(pk=world.action_a.pk).status == "i_gang"
    # Seen what changed, lea may save again: the form now carries the current versions.
    again = {**opened_by_lea, "version": response.context["form"].data["version"],
             "action_version": response.context["form"].data["action_version"]}
    assert login(world.lea).post(reverse("followup:answer", args=[world.item_a.pk]), again).status_code == 302
    assert FollowUpItem.objects.get(pk=world.item_a.pk).status == "udskudt"


def test_an_answer_on_an_action_changed_meanwhile_is_refused(world, login):
    opened = answer_data(world.item_a, status="planlagt")
    action = Action.objects.get(pk=world.action_a.pk)
    change_status(action, "i_gang", user=world.lea, expected_version=action.version)
    response = login(world.mia).post(reverse("followup:answer", args=[world.item_a.pk]), opened)
    assert response.status_code == 409 and LOST_UPDATE in response.content.decode()
    assert FollowUpItem.objects.get(pk=world.item_a.pk).answered_at is None
    assert Action.objects.get(pk=world.action_a.pk).status == "i_gang"
