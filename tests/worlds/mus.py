"""Test-world objects for MUS (see tests/worlds/__init__.py).

A template with two questions for the employee and one for the manager, and this year's round
opened by hanne (HR): every current employee with a manager gets a conversation. alice's (held by
mia) is planned for next week; alice has answered one question and mia has put one goal in the
plan. bob's (held by otto) is not scheduled. One template question has no answers (HR may remove
it); the other has alice's answer through the round's copy.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from hrtools.mus.models import Answer, Audience, Conversation, Goal, PreparationTemplate, Round, Status
from hrtools.mus.services import open_round


def build(world):
    today = timezone.localdate()
    template = PreparationTemplate.objects.create(name="MUS-skabelon")
    answered = template.questions.create(audience=Audience.EMPLOYEE, order=1, text="Hvad er du glad for?")
    template.questions.create(audience=Audience.EMPLOYEE, order=2, text="Hvad vil du lære?")
    template.questions.create(audience=Audience.MANAGER, order=1, text="Hvad er medarbejderens styrker?")
    round_ = Round.objects.create(year=today.year, name=f"MUS {today.year}", template=template,
                                  period_start=today - timedelta(days=10), period_end=today + timedelta(days=30))
    open_round(round_, user=world.hanne)
    unanswered = template.questions.create(audience=Audience.MANAGER, order=2, text="Tilføjet efter åbningen")
    alice_conversation = Conversation.objects.get(round=round_, employee=world.alice)
    alice_conversation.status = Status.SCHEDULED
    alice_conversation.scheduled_at = timezone.make_aware(datetime.combine(today + timedelta(days=7), time(10, 0)))
    alice_conversation.place = "Mødelokale 2, Nordhuset"
    alice_conversation.save()
    Answer.objects.create(conversation=alice_conversation, author=world.alice, text="Fortroligt svar fra alice.",
                          question=round_.questions.get(source=answered))
    goal = Goal.objects.create(conversation=alice_conversation, free_text="Lære at facilitere læsekredse",
                               due_date=today + timedelta(days=90), follow_up_date=today + timedelta(days=120))
    world.extra.update(
        mus_template=template, mus_question_answered=answered, mus_question_unanswered=unanswered,
        mus_round=round_, mus_alice=alice_conversation,
        mus_bob=Conversation.objects.get(round=round_, employee=world.bob), mus_goal=goal,
    )
