"""From hire to onboarding: hiring a candidate creates the employee (or links an existing one)
and starts their onboarding from the unit's template, in one go; bad input changes nothing."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from hrtools.onboarding.models import Onboarding, OnboardingTemplate
from hrtools.recruitment.models import Candidate
from obb.models import User


def _hire(client, candidate, **data):
    today = timezone.localdate()
    payload = {"offer_date": (today - timedelta(days=1)).isoformat(), "start_date": (today + timedelta(days=30))
               .isoformat(), "existing_user": "", "mentor": "", **data}
    return client.post(reverse("recruitment:candidate_hire", args=[candidate.pk]), payload)


def _state():
    return (User.objects.count(), Onboarding.objects.count(),
            list(Candidate.objects.order_by("pk").values_list("status", "hired_user")))


def test_hiring_creates_the_employee_and_starts_the_onboarding(world, login):
    start = timezone.localdate() + timedelta(days=30)
    response = _hire(login(world.mia), world.candidate, start_date=start.isoformat(), mentor=world.alice.pk)
    assert response.status_code == 302
    world.candidate.refresh_from_db()
    karl = world.candidate.hired_user
    assert (karl.first_name, karl.last_name, karl.email) == ("Karl", "Kandidat", "karl@example.org")
    assert (karl.unit, karl.job_title, karl.manager, karl.start_date) == (world.team_a, "Bibliotekar", world.mia, start)
    assert not karl.has_usable_password()
    assert world.candidate.status == Candidate.Status.HIRED
    onboarding = world.candidate.onboarding
    assert response["Location"] == reverse("onboarding:onboarding_detail", args=[onboarding.pk])
    assert (onboarding.new_hire, onboarding.start_date, onboarding.manager, onboarding.mentor) == (
        karl, start, world.mia, world.alice)
    assert onboarding.template == world.onboarding_template
    assert onboarding.tasks.count() == world.onboarding_template.tasks.count()


def test_hiring_an_internal_applicant_links_the_existing_employee(world, login):
    users = User.objects.count()
    assert _hire(login(world.hanne), world.candidate, existing_user=world.bob.pk).status_code == 302
    world.bob.refresh_from_db()
    assert User.objects.count() == users
    assert (world.bob.unit, world.bob.manager, world.bob.job_title) == (world.team_a, world.mia, "Bibliotekar")
    assert Onboarding.objects.get(new_hire=world.bob).manager == world.mia


def test_a_start_date_before_the_offer_is_refused(world, login):
    before = _state()
    today = timezone.localdate()
    response = _hire(login(world.mia), world.candidate, offer_date=today.isoformat(),
                     start_date=(today - timedelta(days=3)).isoformat())
    assert response.status_code == 200
    assert "Første arbejdsdag kan ikke ligge før datoen for tilbuddet" in response.content.decode()
    assert _state() == before


def test_a_candidate_cannot_be_hired_twice(world, login):
    client = login(world.mia)
    assert _hire(client, world.candidate).status_code == 302
    before = _state()
    response = _hire(client, world.candidate)
    assert response.status_code == 200
    assert "Karl Kandidat er allerede markeret som ansat" in response.content.decode()
    assert _state() == before


def test_the_service_refuses_a_second_hire_too(world):
    from django.core.exceptions import ValidationError

    from hrtools.recruitment.services import hire_candidate

    start = timezone.localdate() + timedelta(days=10)
    hire_candidate(world.candidate, start, world.mia)
    before = _state()
    try:
        hire_candidate(world.candidate, start, world.mia)
    except ValidationError as error:
        assert "allerede markeret som ansat" in str(error)
    else:
        raise AssertionError("expected a validation error")
    assert _state() == before


def test_a_template_with_no_tasks_stops_the_hire_and_changes_nothing(world, login):
    OnboardingTemplate.objects.create(name="Tom for Team Nord", unit=world.team_a)
    before = _state()
    response = _hire(login(world.mia), world.candidate)
    assert response.status_code == 200
    assert "Skabelonen »Tom for Team Nord« har ingen opgaver" in response.content.decode()
    assert _state() == before
    assert not User.objects.filter(first_name="Karl").exists()


def test_a_hired_candidate_cannot_be_set_back_by_editing(world, login):
    client = login(world.mia)
    _hire(client, world.candidate)
    client.post(reverse("recruitment:candidate_edit", args=[world.candidate.pk]),
                {"name": "Karl Kandidat", "email": "", "phone": "", "status": "afslag", "offer_date": ""})
    world.candidate.refresh_from_db()
    assert world.candidate.status == Candidate.Status.HIRED
