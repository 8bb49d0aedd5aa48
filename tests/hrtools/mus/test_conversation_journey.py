"""From scheduling to follow-up: the manager schedules, both prepare beside the kompetencespejl,
the manager writes the summary, the employee confirms, they follow up on the plan. Bad input gets
a clear Danish error and changes nothing."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from hrtools.competences.models import CareerAim
from hrtools.mus.models import Answer, Conversation, Goal, Status
from hrtools.mus.services import save_summary
from tests.hrtools.mus.helpers import hold, next_week_form


def _fresh(conversation):
    return Conversation.objects.get(pk=conversation.pk)


def test_the_whole_journey(world, login):
    bob_conversation = world.mus_bob
    otto, bob = login(world.otto), None
    assert otto.post(reverse("mus:schedule", args=[bob_conversation.pk]), next_week_form()).status_code == 302
    assert _fresh(bob_conversation).status == Status.SCHEDULED
    assert len(mail.outbox) == 1

    bob = login(world.bob)
    question = next(q for q in bob_conversation.round.questions.all() if q.audience == "medarbejder")
    response = bob.post(reverse("mus:prepare", args=[bob_conversation.pk]), {f"q_{question.pk}": "Mit svar"})
    assert response.status_code == 302
    assert Answer.objects.get(conversation=bob_conversation, question=question).text == "Mit svar"
    bob.post(reverse("mus:prepared", args=[bob_conversation.pk]))
    otto = login(world.otto)
    page = otto.get(reverse("mus:prepare", args=[bob_conversation.pk])).content.decode()
    assert "Mit svar" in page  # shared once bob marked his preparation done
    otto.post(reverse("mus:prepared", args=[bob_conversation.pk]))
    assert _fresh(bob_conversation).status == Status.PREPARED

    response = otto.post(reverse("mus:summary", args=[bob_conversation.pk]),
                         {"summary": "Godt år. To mål.", "version": 0, "hold": "1"})
    assert response.status_code == 302
    assert _fresh(bob_conversation).status == Status.HELD
    due = (timezone.localdate() + timedelta(days=60)).isoformat()
    response = otto.post(reverse("mus:goal_add", args=[bob_conversation.pk]),
                         {"free_text": "Kursus i formidling", "due_date": due, "follow_up_date": due,
                          "competence": world.competence.pk})
    assert response.status_code == 302
    goal = Goal.objects.get(conversation=bob_conversation)

    bob = login(world.bob)
    bob.post(reverse("mus:respond", args=[bob_conversation.pk]),
             {"response": "kommenteret", "comment": "Jeg vil også gerne prøve jobrotation."})
    conversation = _fresh(bob_conversation)
    assert conversation.status == Status.FOLLOW_UP and conversation.employee_response == "kommenteret"

    otto = login(world.otto)
    otto.post(reverse("mus:close", args=[conversation.pk]), follow=True)
    assert _fresh(conversation).status == Status.FOLLOW_UP  # the goal is not followed up yet
    bob = login(world.bob)
    response = bob.post(reverse("mus:goal_follow_up", args=[goal.pk]), {"status": "gennemfoert", "outcome": "",
                                                                         "use_in_daily_work": ""})
    assert response.status_code == 200
    assert "Skriv, hvad medarbejderen fik ud af det." in response.content.decode()
    bob.post(reverse("mus:goal_follow_up", args=[goal.pk]),
             {"status": "gennemfoert", "outcome": "Bedre formidling",
              "use_in_daily_work": "Bruges ved fyraftensmøderne"})
    goal.refresh_from_db()
    assert goal.outcome == "Bedre formidling" and goal.use_in_daily_work == "Bruges ved fyraftensmøderne"
    response = login(world.otto).post(reverse("mus:close", args=[conversation.pk]))
    assert _fresh(conversation).status == Status.CLOSED
    history = login(world.bob).get(reverse("mus:history", args=[conversation.pk])).content.decode()
    for expected in ("Planlagt", "Afholdt", "Bekræftet med kommentar", "Bedre formidling"):
        assert expected in history


def test_preparation_shows_the_kompetencespejl_and_career_aim(world, login):
    CareerAim.objects.create(employee=world.alice, step=world.career_step_2, note="Gerne inden for to år.")
    for person in (world.alice, world.mia):
        page = login(person).get(reverse("mus:prepare", args=[world.mus_alice.pk])).content.decode()
        assert "Kompetencespejl" in page and world.competence.name in page
        assert "Projektleder" in page and "Gerne inden for to år." in page


def test_a_date_in_the_past_is_refused_and_nothing_changes(world, login):
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = login(world.mia).post(reverse("mus:schedule", args=[world.mus_alice.pk]),
                                     {"date": yesterday, "time": "10:00", "duration_minutes": 60, "place": "Her"})
    assert response.status_code == 200
    assert "Tidspunktet ligger i fortiden. Vælg et tidspunkt efter nu." in response.content.decode()
    conversation = _fresh(world.mus_alice)
    assert conversation.place == "Mødelokale 2, Nordhuset" and conversation.scheduled_at == world.mus_alice.scheduled_at
    assert mail.outbox == []


def test_a_conversation_for_someone_who_has_left_cannot_be_scheduled(world, login):
    world.bob.end_date = timezone.localdate() - timedelta(days=1)
    world.bob.save()
    response = login(world.otto).post(reverse("mus:schedule", args=[world.mus_bob.pk]), next_week_form())
    assert response.status_code == 200
    assert "Bob Testesen er fratrådt; samtalen kan ikke planlægges." in response.content.decode()
    assert _fresh(world.mus_bob).status == Status.NOT_SCHEDULED
    assert mail.outbox == []


def test_an_empty_summary_cannot_mark_the_conversation_held(world, login):
    response = login(world.mia).post(reverse("mus:summary", args=[world.mus_alice.pk]),
                                     {"summary": "   ", "version": 0, "hold": "1"})
    assert response.status_code == 200
    assert "Skriv et referat, før samtalen markeres som afholdt." in response.content.decode()
    conversation = _fresh(world.mus_alice)
    assert conversation.status == Status.SCHEDULED and conversation.summary_version == 0


def test_only_the_manager_marks_held_and_the_employee_cannot_schedule(world, login):
    alice = login(world.alice)
    response = alice.post(reverse("mus:summary", args=[world.mus_alice.pk]),
                          {"summary": "Min version", "version": 0, "hold": "1"}, follow=True)
    assert "Lederen skriver referatet efter samtalen" in response.content.decode()
    conversation = _fresh(world.mus_alice)
    assert conversation.status == Status.SCHEDULED and conversation.summary == ""
    with pytest.raises(ValidationError, match="Kun lederen markerer samtalen som afholdt."):
        save_summary(conversation, user=world.alice, text="Min version", expected_version=0, hold=True)
    assert _fresh(world.mus_alice).summary_version == 0
    assert alice.post(reverse("mus:schedule", args=[world.mus_alice.pk]), next_week_form()).status_code == 403


def test_two_people_editing_the_summary_the_later_save_is_refused_with_their_text_kept(world, login):
    conversation = hold(world.mus_alice, "Første udkast.")
    mia = login(world.mia)
    assert mia.post(reverse("mus:summary", args=[conversation.pk]),
                    {"summary": "Mias rettelse.", "version": 1}).status_code == 302
    alice = login(world.alice)
    response = alice.post(reverse("mus:summary", args=[conversation.pk]),
                          {"summary": "Alices rettelse.", "version": 1})
    assert response.status_code == 200
    text = response.content.decode()
    assert "har gemt referatet, mens du skrev" in text
    assert "Alices rettelse." in text  # her text is kept in the form
    assert "Mias rettelse." in text  # and the saved text is shown beside it
    assert _fresh(conversation).summary == "Mias rettelse."
    # A deliberate second save, from the version she has now seen, goes through.
    response = alice.post(reverse("mus:summary", args=[conversation.pk]),
                          {"summary": "Alices rettelse.", "version": 2})
    assert response.status_code == 302
    assert _fresh(conversation).summary == "Alices rettelse."


def test_a_confirmed_summary_is_locked(world, login):
    conversation = hold(world.mus_alice)
    login(world.alice).post(reverse("mus:respond", args=[conversation.pk]), {"response": "bekraeftet"})
    response = login(world.mia).post(reverse("mus:summary", args=[conversation.pk]),
                                     {"summary": "Ændret bagefter", "version": 1})
    assert response.status_code == 302
    assert _fresh(conversation).summary == "Vi talte om året og aftalte to mål."


def test_goal_dates_in_the_past_and_goals_without_content_are_refused(world, login):
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = login(world.mia).post(reverse("mus:goal_add", args=[world.mus_alice.pk]),
                                     {"free_text": "", "due_date": yesterday, "follow_up_date": yesterday})
    text = response.content.decode()
    assert "Vælg en aktivitet fra kataloget eller beskriv målet med egne ord." in text
    assert "Datoen ligger i fortiden." in text
    assert Goal.objects.filter(conversation=world.mus_alice).count() == 1


def test_a_goal_from_the_catalogue(world, login):
    due = (timezone.localdate() + timedelta(days=30)).isoformat()
    login(world.mia).post(reverse("mus:goal_add", args=[world.mus_alice.pk]),
                          {"activity": world.activity.pk, "competence": world.competence_digital.pk,
                           "due_date": due, "follow_up_date": due})
    goal = Goal.objects.get(conversation=world.mus_alice, activity=world.activity)
    assert goal.title == world.activity.title
    page = login(world.alice).get(reverse("mus:conversation", args=[world.mus_alice.pk])).content.decode()
    assert world.activity.title in page
