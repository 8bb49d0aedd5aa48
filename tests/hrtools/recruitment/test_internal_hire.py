"""Hiring an internal applicant moves them to the case's unit, job title and hiring manager, and
their open MUS conversation follows the manager. So only HR moves someone away from another
manager; a hiring manager may hire only staff she already manages, and the hiring manager of a
case is a leader of its unit or above (or whichever manager HR names)."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from hrtools.onboarding.models import Onboarding
from hrtools.recruitment.models import Candidate, RecruitmentCase
from hrtools.recruitment.services import hire_candidate
from obb.models import User
from obb.roles import Role
from tests.conftest import make_person, make_unit


def _hire(client, candidate, existing_user):
    today = timezone.localdate()
    return client.post(reverse("recruitment:candidate_hire", args=[candidate.pk]), {
        "offer_date": today.isoformat(), "start_date": (today + timedelta(days=30)).isoformat(),
        "existing_user": existing_user.pk, "mentor": ""})


def _placement(person):
    person = User.objects.get(pk=person.pk)
    return person.unit, person.job_title, person.manager


def _nothing_hired(world):
    world.candidate_b.refresh_from_db()
    return (world.candidate_b.status == Candidate.Status.APPLIED and world.candidate_b.hired_user is None
            and not Onboarding.objects.filter(new_hire__in=[world.bob, world.alice, world.mia]).exists())


# --- Hiring an existing member of staff ------------------------------------------------------------


def test_a_hiring_manager_cannot_take_over_another_managers_employee(world, login):
    bob_before = _placement(world.bob)
    client = login(world.mia)
    offered = client.get(reverse("recruitment:candidate_hire", args=[world.candidate_b.pk])).context["form"]
    assert world.bob not in offered.fields["existing_user"].queryset

    response = _hire(client, world.candidate_b, existing_user=world.bob)

    assert response.status_code == 200
    assert "Du kan kun vælge dine egne medarbejdere" in response.content.decode()
    assert _placement(world.bob) == bob_before == (world.house_b, "Bibliotekar", world.otto)
    assert _nothing_hired(world)
    world.mus_bob.refresh_from_db()
    assert world.mus_bob.manager == world.otto
    assert client.get(reverse("mus:conversation", args=[world.mus_bob.pk])).status_code == 404
    assert client.get(reverse("competences:mirror", args=[world.bob.pk])).status_code == 404
    assert login(world.otto).get(reverse("mus:conversation", args=[world.mus_bob.pk])).status_code == 200


def test_the_service_refuses_the_same_takeover(world):
    bob_before = _placement(world.bob)
    with pytest.raises(ValidationError) as refused:
        hire_candidate(world.candidate_b, timezone.localdate() + timedelta(days=30), world.mia,
                       offer_date=timezone.localdate(), existing_user=world.bob)
    assert "flyttes af HR" in str(refused.value)
    assert _placement(world.bob) == bob_before
    assert _nothing_hired(world)


def test_the_hiring_manager_hires_one_of_her_own_staff(world, login):
    response = _hire(login(world.mia), world.candidate_b, existing_user=world.alice)
    assert response.status_code == 302
    assert _placement(world.alice) == (world.team_a, "Bibliotekar", world.mia)
    world.candidate_b.refresh_from_db()
    assert world.candidate_b.hired_user == world.alice
    assert Onboarding.objects.get(new_hire=world.alice).manager == world.mia


def test_hr_moves_an_internal_applicant_from_another_manager(world, login):
    response = _hire(login(world.hanne), world.candidate_b, existing_user=world.bob)
    assert response.status_code == 302
    assert _placement(world.bob) == (world.team_a, "Bibliotekar", world.mia)
    world.candidate_b.refresh_from_db()
    assert (world.candidate_b.status, world.candidate_b.hired_user) == (Candidate.Status.HIRED, world.bob)
    # A real move of manager: bob's open MUS conversation follows him to mia, otto loses it.
    conversation = reverse("mus:conversation", args=[world.mus_bob.pk])
    assert login(world.mia).get(conversation).status_code == 200
    assert login(world.otto).get(conversation).status_code == 404


def test_the_hiring_manager_cannot_be_hired_under_herself(world, login):
    client = login(world.hanne)
    offered = client.get(reverse("recruitment:candidate_hire", args=[world.candidate_b.pk])).context["form"]
    assert world.mia not in offered.fields["existing_user"].queryset
    assert world.bob in offered.fields["existing_user"].queryset
    mia_before = _placement(world.mia)
    assert _hire(client, world.candidate_b, existing_user=world.mia).status_code == 200
    assert _placement(world.mia) == mia_before
    assert _nothing_hired(world)


def test_only_hr_and_the_hiring_manager_reach_the_hire(world, login):
    world.recruitment_case.committee.add(world.otto)
    bob_before = _placement(world.bob)
    assert _hire(login(world.otto), world.candidate_b, existing_user=world.bob).status_code == 403
    assert _hire(login(world.bob), world.candidate_b, existing_user=world.bob).status_code == 404
    assert _hire(login(world.lea), world.candidate_b, existing_user=world.bob).status_code == 404
    assert _placement(world.bob) == bob_before
    assert _nothing_hired(world)


# --- Who may be the hiring manager -----------------------------------------------------------------


def _case_data(world, hiring_manager, unit=None):
    return {"title": "Formidler", "unit": (unit or world.team_a).pk, "hiring_manager": hiring_manager.pk,
            "committee": [], "application_deadline": "2027-02-01"}


def test_a_manager_names_only_a_leader_of_the_unit_or_above_as_hiring_manager(world, login):
    client = login(world.mia)
    for outsider in [world.alice, world.otto]:
        response = client.post(reverse("recruitment:case_create"), _case_data(world, outsider))
        assert response.status_code == 200, outsider
        assert not response.context["form"].is_valid()
        assert "hiring_manager" in response.context["form"].errors, outsider
    assert not RecruitmentCase.objects.filter(title="Formidler").exists()

    assert client.post(reverse("recruitment:case_create"), _case_data(world, world.lea)).status_code == 302
    assert RecruitmentCase.objects.get(title="Formidler").hiring_manager == world.lea


def test_the_hiring_manager_cannot_hand_her_case_to_another_units_manager(world, login):
    case = world.recruitment_case
    response = login(world.mia).post(reverse("recruitment:case_edit", args=[case.pk]),
                                     {**_case_data(world, world.otto), "title": "Bibliotekar"})
    assert response.status_code == 200
    assert "Vælg enhedens leder eller en leder over den" in response.content.decode()
    case.refresh_from_db()
    assert case.hiring_manager == world.mia


def test_a_leader_of_another_unit_on_her_own_line_is_refused_for_this_unit(world, login):
    # ida leads a team below mia's house, so mia may name her for that team, not for Team Nord.
    ida = make_person("ida", world.house_a, [Role.MANAGER, Role.EMPLOYEE], manager=world.mia)
    team_boern = make_unit("team-boern", world.house_a, manager=ida)
    client = login(world.mia)
    response = client.post(reverse("recruitment:case_create"), _case_data(world, ida))
    assert response.status_code == 200
    assert "Ida Testesen er ikke leder for Team Nord eller en enhed over den" in response.content.decode()
    assert not RecruitmentCase.objects.filter(title="Formidler").exists()
    assert client.post(reverse("recruitment:case_create"), _case_data(world, ida, unit=team_boern)).status_code == 302
    assert RecruitmentCase.objects.get(title="Formidler").hiring_manager == ida


def test_hr_names_any_manager_but_never_someone_without_the_manager_role(world, login):
    client = login(world.hanne)
    assert client.post(reverse("recruitment:case_create"),
                       _case_data(world, world.mia, unit=world.house_b)).status_code == 302
    assert RecruitmentCase.objects.get(title="Formidler").hiring_manager == world.mia
    response = client.post(reverse("recruitment:case_create"), {**_case_data(world, world.alice), "title": "X"})
    assert response.status_code == 200
    assert "hiring_manager" in response.context["form"].errors
    assert not RecruitmentCase.objects.filter(title="X").exists()
