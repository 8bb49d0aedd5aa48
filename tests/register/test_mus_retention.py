"""A leaver's MUS content is erased MUS_RETENTION_YEARS_AFTER_LEAVING years after the end date:
exactly their rows, in the history too; counts and statuses stay; a second run does nothing."""

from datetime import date

from django.core.management import call_command
from django.test import override_settings

from hrtools.mus.models import Answer, Conversation, Goal
from hrtools.mus.services import completion
from obb.models import User

TODAY = date(2031, 6, 1)


def _content(conversation_id):
    conversation = Conversation.objects.get(pk=conversation_id)
    return {
        "conversation": (conversation.summary, conversation.employee_comment, conversation.place),
        "answers": sorted(Answer.objects.filter(conversation=conversation).values_list("text", flat=True)),
        "goals": sorted(Goal.objects.filter(conversation=conversation).values_list("free_text", "outcome",
                                                                                    "use_in_daily_work")),
        "history": sorted(Conversation.history.filter(id=conversation_id).values_list("summary", "place")),
        "answer_history": sorted(Answer.history.filter(conversation_id=conversation_id).values_list("text",
                                                                                                   flat=True)),
    }


def _leave(user, end_date):
    User.objects.filter(pk=user.pk).update(is_active=False, end_date=end_date)


@override_settings(MUS_RETENTION_YEARS_AFTER_LEAVING=5)
def test_erases_exactly_the_leavers_past_the_period(world):
    alice_c, bob_c = world.mus_alice, world.mus_bob
    Conversation.objects.filter(pk=alice_c.pk).update(summary="Alices referat", employee_comment="Enig")
    Conversation.objects.filter(pk=bob_c.pk).update(summary="Bobs referat", place="Kontoret")
    alice_c.refresh_from_db()
    alice_c.summary = "Alices referat, rettet"
    alice_c.save()  # a history row with the text
    bob_answer = Answer.objects.create(conversation=bob_c, question=alice_c.answers.first().question,
                                       author=world.bob, text="Bobs svar")
    _leave(world.alice, date(2026, 5, 31))  # more than five years before TODAY: erased
    _leave(world.bob, date(2026, 6, 2))  # not yet five years: kept
    bob_before = _content(bob_c.pk)
    goal_statuses = sorted(Goal.objects.values_list("pk", "status", "due_date"))
    counts_before = completion(world.mus_round)[1].counts

    out = []
    call_command("apply_mus_retention", "--today", TODAY.isoformat(), stdout=_Collect(out))
    assert "1" in out[-1]

    alice_after = _content(alice_c.pk)
    assert alice_after["conversation"] == ("", "", "")
    assert alice_after["answers"] == [""] and alice_after["goals"] == [("", "", "")]
    assert all(summary == "" and place == "" for summary, place in alice_after["history"])
    assert alice_after["history"] and set(alice_after["answer_history"]) == {""}
    assert _content(bob_c.pk) == bob_before  # the other leaver, still within the period
    assert Answer.objects.get(pk=bob_answer.pk).text == "Bobs svar"
    # The conversation, its status and the goals' statuses stay: the statistics do not change.
    assert Conversation.objects.filter(pk=alice_c.pk).exists()
    assert sorted(Goal.objects.values_list("pk", "status", "due_date")) == goal_statuses
    assert completion(world.mus_round)[1].counts == counts_before

    history_rows = Conversation.history.count()
    call_command("apply_mus_retention", "--today", TODAY.isoformat(), stdout=_Collect(out))
    assert out[-1].endswith(": 0")
    assert Conversation.history.count() == history_rows


def test_current_staff_are_never_erased(world):
    Conversation.objects.filter(pk=world.mus_alice.pk).update(summary="Alices referat")
    User.objects.filter(pk=world.alice.pk).update(end_date=date(2000, 1, 1))  # an end date, still active
    call_command("apply_mus_retention", "--today", TODAY.isoformat(), stdout=_Collect([]))
    assert Conversation.objects.get(pk=world.mus_alice.pk).summary == "Alices referat"


class _Collect:
    def __init__(self, lines):
        self.lines = lines

    def write(self, text):
        self.lines.append(text.strip())

    def flush(self):
        pass
