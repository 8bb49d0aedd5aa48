"""Bad input gets a clear Danish error and changes nothing."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from hrtools.onboarding.models import Onboarding, OnboardingTask, OnboardingTemplate, Phase, TemplateTask
from tests.conftest import make_person


def _task(**data):
    return {"title": "Rundvisning", "description": "", "phase": Phase.WEEK_ONE, "dimension": "kulturel",
            "responsible": "mentor", "offset_amount": 2, "offset_unit": "dage", "order": 1, **data}


def test_a_template_task_due_before_the_start_for_a_phase_after_it_is_refused(world, login):
    client = login(world.hanne)
    url = reverse("onboarding:template_task_add", args=[world.onboarding_template.pk])
    before = TemplateTask.objects.count()
    response = client.post(url, _task(offset_amount=-2))
    assert response.status_code == 200
    assert "En opgave i fasen »Første uge« kan ikke have frist før første arbejdsdag" in response.content.decode()
    response = client.post(url, _task(phase=Phase.MONTHS_2_3, offset_amount=-1, offset_unit="maaneder"))
    assert "kan ikke have frist før første arbejdsdag" in response.content.decode()
    assert TemplateTask.objects.count() == before
    assert client.post(url, _task()).status_code == 302
    assert TemplateTask.objects.count() == before + 1


def test_offsets_that_do_not_fit_the_phase_are_refused(world, login):
    client = login(world.hanne)
    url = reverse("onboarding:template_task_add", args=[world.onboarding_template.pk])
    before = TemplateTask.objects.count()
    page = client.post(url, _task(phase=Phase.BEFORE, offset_amount=3)).content.decode()
    assert "skal have frist før første arbejdsdag" in page
    page = client.post(url, _task(phase=Phase.WEEK_ONE, offset_amount=3, offset_unit="uger")).content.decode()
    assert "skal have frist mellem 0 og 7 dage efter første arbejdsdag" in page
    assert TemplateTask.objects.count() == before


def test_editing_a_task_badly_keeps_the_old_values(world, login):
    task = world.template_task  # "Velkomst", day one
    response = login(world.hanne).post(reverse("onboarding:template_task_edit", args=[task.pk]),
                                       _task(title="Ny titel", phase=Phase.DAY_ONE, offset_amount=-1))
    assert response.status_code == 200
    task.refresh_from_db()
    assert task.title == "Velkomst" and task.offset_amount == 0


def test_a_checklist_task_due_before_the_start_is_invalid_unless_it_is_before_day_one(world):
    task = OnboardingTask(onboarding=world.nina_onboarding, title="x", phase=Phase.WEEK_ONE, dimension="faglig",
                          responsible="mentor", due_date=world.nina_onboarding.start_date - timedelta(days=1))
    try:
        task.full_clean()
    except ValidationError as error:
        assert "kan ikke have frist før første arbejdsdag" in str(error.message_dict["due_date"])
    else:
        raise AssertionError("expected a validation error")
    task.phase = Phase.BEFORE
    task.full_clean()


def test_a_template_with_no_tasks_cannot_start_an_onboarding(world, login):
    empty = OnboardingTemplate.objects.create(name="Tom skabelon", unit=world.house_b)
    olga = make_person("olga", world.house_b, [], manager=world.otto)
    onboardings, tasks = Onboarding.objects.count(), OnboardingTask.objects.count()
    response = login(world.hanne).post(reverse("onboarding:onboarding_start"), {
        "new_hire": olga.pk, "start_date": "2027-03-01", "template": "", "mentor": "",
    })
    assert response.status_code == 200
    assert "Skabelonen »Tom skabelon« har ingen opgaver" in response.content.decode()
    assert (Onboarding.objects.count(), OnboardingTask.objects.count()) == (onboardings, tasks)
    empty.tasks.create(title="Velkomst", phase=Phase.DAY_ONE, dimension="kulturel", responsible="leder",
                       offset_amount=0)
    response = login(world.hanne).post(reverse("onboarding:onboarding_start"), {
        "new_hire": olga.pk, "start_date": "2027-03-01", "template": "", "mentor": "",
    })
    assert response.status_code == 302
    onboarding = Onboarding.objects.get(new_hire=olga)
    assert onboarding.template == empty  # the nearest template up the unit tree
    assert onboarding.manager == world.otto
    assert onboarding.tasks.get().due_date == date(2027, 3, 1)


def test_a_manager_can_only_start_onboardings_for_their_own_staff(world, login):
    response = login(world.otto).post(reverse("onboarding:onboarding_start"), {
        "new_hire": world.alice.pk, "start_date": "2027-03-01"})
    assert response.status_code == 200
    assert not Onboarding.objects.filter(new_hire=world.alice).exists()


def test_a_second_open_onboarding_for_the_same_person_is_refused(world, login):
    response = login(world.hanne).post(reverse("onboarding:onboarding_start"), {
        "new_hire": world.nina.pk, "start_date": timezone.localdate().isoformat()})
    assert "har allerede et igangværende onboardingforløb" in response.content.decode()
    assert Onboarding.objects.filter(new_hire=world.nina).count() == 1
