"""HR opens a round: one conversation per current employee with their manager, never two; the
round keeps the questions it started with."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from hrtools.mus.models import Audience, Conversation, PreparationTemplate, Round, RoundQuestion, TemplateQuestion
from hrtools.mus.services import open_round, remove_template_question
from obb.models import User
from obb.roles import Role
from tests.conftest import make_person


def _new_round(world, year=2031):
    today = timezone.localdate()
    return Round.objects.create(year=year, name=f"MUS {year}", template=world.mus_template,
                                period_start=today, period_end=today + timedelta(days=60))


def test_opening_creates_one_conversation_per_current_employee_with_their_manager(world, login):
    gone = make_person("gustav", world.team_a, [Role.EMPLOYEE], manager=world.mia,
                       end_date=timezone.localdate() - timedelta(days=1))
    inactive = make_person("ivan", world.team_a, [Role.EMPLOYEE], manager=world.mia, is_active=False)
    round_ = _new_round(world)
    response = login(world.hanne).post(reverse("mus:round_open", args=[round_.pk]), follow=True)
    assert response.status_code == 200
    conversations = Conversation.objects.filter(round=round_)
    expected = set(User.objects.current().exclude(manager=None).values_list("pk", flat=True))
    assert set(conversations.values_list("employee_id", flat=True)) == expected
    assert {gone.pk, inactive.pk, world.lea.pk}.isdisjoint(expected)  # lea has no manager
    assert all(c.manager_id == c.employee.manager_id for c in conversations.select_related("employee"))
    assert conversations.get(employee=world.alice).manager == world.mia
    assert conversations.get(employee=world.bob).manager == world.otto
    assert "nye samtaler oprettet" in response.content.decode()
    # Lea, at the top, has no manager: one person, in the singular.
    assert "1 medarbejder har ingen leder og fik ingen samtale: Lea Testesen." in response.content.decode()


def test_opening_twice_does_not_duplicate_and_adds_only_newcomers(world):
    round_ = _new_round(world)
    first = open_round(round_, user=world.hanne)
    count = Conversation.objects.filter(round=round_).count()
    assert first.created == count > 0
    again = open_round(round_, user=world.hanne)
    assert again.created == 0 and again.already == count
    assert Conversation.objects.filter(round=round_).count() == count
    newcomer = make_person("nora", world.team_a, [Role.EMPLOYEE], manager=world.mia)
    third = open_round(round_, user=world.hanne)
    assert third.created == 1
    assert Conversation.objects.filter(round=round_, employee=newcomer, manager=world.mia).count() == 1
    assert RoundQuestion.objects.filter(round=round_).count() == world.mus_template.questions.count() == 4


def test_a_round_keeps_the_template_it_started_with(world, login):
    round_ = world.mus_round
    before = list(round_.questions.values_list("text", flat=True))
    question = world.mus_question_answered
    login(world.hanne).post(reverse("mus:question_edit", args=[question.pk]),
                            {"audience": Audience.EMPLOYEE, "text": "Ny formulering", "order": 1})
    question.refresh_from_db()
    assert question.text == "Ny formulering"
    assert list(round_.questions.values_list("text", flat=True)) == before
    assert "Tilføjet efter åbningen" not in before


def test_removing_a_question_that_has_answers_is_refused_in_danish(world, login):
    question = world.mus_question_answered
    response = login(world.hanne).post(reverse("mus:question_delete", args=[question.pk]), follow=True)
    assert "Spørgsmålet kan ikke fjernes, fordi der allerede er svar på det" in response.content.decode()
    assert TemplateQuestion.objects.filter(pk=question.pk).exists()
    with pytest.raises(ValidationError):
        remove_template_question(question, user=world.hanne)


def test_removing_an_unanswered_question_works(world, login):
    question = world.mus_question_unanswered
    response = login(world.hanne).post(reverse("mus:question_delete", args=[question.pk]), follow=True)
    assert "Spørgsmålet er fjernet" in response.content.decode()
    assert not TemplateQuestion.objects.filter(pk=question.pk).exists()


def test_hr_creates_a_round_and_bad_periods_are_refused(world, login):
    client = login(world.hanne)
    bad = {"year": 2031, "name": "MUS 2031", "period_start": "2031-05-01", "period_end": "2031-03-01",
           "template": world.mus_template.pk}
    response = client.post(reverse("mus:round_add"), bad)
    assert response.status_code == 200
    assert "Perioden skal slutte efter, den begynder." in response.content.decode()
    assert not Round.objects.filter(year=2031).exists()
    duplicate = {**bad, "year": world.mus_round.year, "period_end": "2031-06-01"}
    response = login(world.hanne).post(reverse("mus:round_add"), duplicate)
    assert "Der findes allerede en MUS-runde for dette år." in response.content.decode()
    response = client.post(reverse("mus:round_add"), {**bad, "period_end": "2031-06-01"})
    assert response.status_code == 302
    assert Round.objects.get(year=2031).opened_at is None


def test_a_template_without_questions_cannot_open_a_round(world):
    empty = PreparationTemplate.objects.create(name="Tom")
    round_ = Round.objects.create(year=2032, name="MUS 2032", template=empty, period_start=timezone.localdate(),
                                  period_end=timezone.localdate())
    with pytest.raises(ValidationError, match="ingen spørgsmål"):
        open_round(round_, user=world.hanne)
    assert not Conversation.objects.filter(round=round_).exists()


def test_hr_edits_templates(world, login):
    client = login(world.hanne)
    response = client.post(reverse("mus:template_add"), {"name": "Kort MUS", "description": ""})
    template = PreparationTemplate.objects.get(name="Kort MUS")
    assert response.status_code == 302 and template.is_active
    response = client.post(reverse("mus:question_add", args=[template.pk]),
                           {"audience": Audience.EMPLOYEE, "text": "", "order": 1})
    assert response.status_code == 200 and "Dette felt er påkrævet." in response.content.decode()
    assert not template.questions.exists()
    client.post(reverse("mus:question_add", args=[template.pk]),
                {"audience": Audience.EMPLOYEE, "text": "Hvad vil du lære?", "order": 1})
    assert template.questions.get().text == "Hvad vil du lære?"
    client.post(reverse("mus:template", args=[template.pk]), {"name": "Kort MUS", "description": "Ny"})
    template.refresh_from_db()
    assert template.description == "Ny" and not template.is_active  # the checkbox was left empty
    assert login(world.mia).get(reverse("mus:templates")).status_code == 403
