"""The corpus's "nothing changed" check (conftest.database_state) sees every kind of change."""

from hrtools.mus.models import Conversation
from obb.models import User
from strategy.models import Action
from tests.hostile.conftest import changed_tables, database_state


def test_an_update_without_history_is_seen(world):
    before = database_state()
    Conversation.objects.filter(pk=world.mus_alice.pk).update(summary="Ændret uden historik")
    assert changed_tables(before, database_state()) == ["mus_conversation"]


def test_a_changed_many_to_many_row_is_seen(world):
    before = database_state()
    action = Action.objects.get(pk=world.action_a.pk)
    action.partners.set([world.partner])
    assert "strategy_action_partners" in changed_tables(before, database_state())


def test_nothing_done_is_nothing_changed(world):
    before = database_state()
    User.objects.filter(pk=world.alice.pk).exists()
    assert changed_tables(before, database_state()) == []
