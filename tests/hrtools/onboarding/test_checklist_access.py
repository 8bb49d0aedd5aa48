"""Who sees and ticks which onboarding tasks: the new hire sees their own checklist and no one
else's; the mentor sees the checklist of the hire they mentor; each person ticks only their own
tasks; other people's ids give 404."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from hrtools.onboarding.models import Onboarding, OnboardingTask, Responsible
from hrtools.onboarding.services import start_onboarding
from tests.conftest import make_person


def _other_hire(world):
    """Olga, a new hire at otto's house, mentored by bob."""
    olga = make_person("olga", world.house_b, [], manager=world.otto)
    return start_onboarding(olga, timezone.localdate(), world.hanne, mentor=world.bob)


def test_the_new_hire_sees_their_whole_programme_and_no_one_elses(world, login):
    other = _other_hire(world)
    client = login(world.nina)
    page = client.get(reverse("onboarding:onboarding_detail", args=[world.nina_onboarding.pk]))
    assert page.status_code == 200
    for task in world.nina_onboarding.tasks.all():
        assert task.title in page.content.decode()
    assert client.get(reverse("onboarding:onboarding_detail", args=[other.pk])).status_code == 404
    assert client.post(reverse("onboarding:task_toggle", args=[other.tasks.first().pk])).status_code == 404
    mine = client.get(reverse("onboarding:mine")).content.decode()
    assert "Læs strategien" in mine and "olga" not in mine.lower()


def test_the_mentor_sees_the_checklist_of_the_hire_they_mentor_only(world, login):
    other = _other_hire(world)
    client = login(world.alice)
    assert client.get(reverse("onboarding:onboarding_detail", args=[world.nina_onboarding.pk])).status_code == 200
    assert client.get(reverse("onboarding:onboarding_detail", args=[other.pk])).status_code == 404
    bob = login(world.bob)
    assert bob.get(reverse("onboarding:onboarding_detail", args=[other.pk])).status_code == 200
    assert bob.get(reverse("onboarding:onboarding_detail", args=[world.nina_onboarding.pk])).status_code == 404


def test_each_person_ticks_their_own_tasks_and_only_those(world, login):
    toggle = lambda task: reverse("onboarding:task_toggle", args=[task.pk])  # noqa: E731
    # alice (mentor) ticks her task, not the manager's
    client = login(world.alice)
    assert client.post(toggle(world.nina_mentor_task)).status_code == 302
    assert client.post(toggle(world.nina_manager_task)).status_code == 403
    assert client.post(toggle(world.nina_own_task)).status_code == 403
    # nina ticks her own
    assert login(world.nina).post(toggle(world.nina_own_task)).status_code == 302
    # mia ticks the manager's task
    assert login(world.mia).post(toggle(world.nina_manager_task)).status_code == 302
    world.nina_mentor_task.refresh_from_db()
    world.nina_manager_task.refresh_from_db()
    world.nina_own_task.refresh_from_db()
    assert world.nina_mentor_task.done_by == world.alice
    assert world.nina_manager_task.done_by == world.mia
    assert world.nina_own_task.done_by == world.nina
    # a second tick undoes it
    login(world.mia).post(toggle(world.nina_manager_task))
    world.nina_manager_task.refresh_from_db()
    assert world.nina_manager_task.done_at is None


def test_any_hr_person_ticks_hr_and_it_tasks(world, login):
    it_task = world.nina_onboarding.tasks.get(responsible=Responsible.IT)
    assert it_task.can_tick(world.hanne)
    assert not it_task.can_tick(world.mia)
    assert login(world.hanne).post(reverse("onboarding:task_toggle", args=[it_task.pk])).status_code == 302


def test_visibility_has_one_answer_for_lists_and_objects(world):
    other = _other_hire(world)
    for person in [world.alice, world.bob, world.mia, world.otto, world.hanne, world.lea, world.adam, world.nina]:
        visible = set(Onboarding.objects.visible_to(person))
        for onboarding in [world.nina_onboarding, other]:
            assert (onboarding in visible) == onboarding.can_view(person), (person, onboarding)
        for task in OnboardingTask.objects.all():
            if task.can_tick(person):
                assert OnboardingTask.objects.responsible_for(person).filter(pk=task.pk).exists()


def test_a_hire_without_a_mentor_is_flagged_on_the_checklist_and_in_hrs_overview(world, login):
    olga = make_person("olga", world.house_b, [], manager=world.otto)
    onboarding = start_onboarding(olga, timezone.localdate() + timedelta(days=7), world.hanne)
    warning = "Der er ikke tildelt en mentor endnu"
    assert warning in login(olga).get(reverse("onboarding:onboarding_detail", args=[onboarding.pk])).content.decode()
    assert warning not in login(world.nina).get(
        reverse("onboarding:onboarding_detail", args=[world.nina_onboarding.pk])).content.decode()
    overview = login(world.hanne).get(reverse("onboarding:overview")).content.decode()
    assert "1 nyansat mangler en mentor" in overview and "Mangler mentor" in overview
    # otto assigns bob; the warning goes
    response = login(world.otto).post(reverse("onboarding:mentor_assign", args=[onboarding.pk]),
                                      {"mentor": world.bob.pk})
    assert response.status_code == 302
    onboarding.refresh_from_db()
    assert onboarding.mentor == world.bob
    assert "mangler en mentor" not in login(world.hanne).get(reverse("onboarding:overview")).content.decode()


def test_the_hire_cannot_be_their_own_mentor(world, login):
    response = login(world.mia).post(reverse("onboarding:mentor_assign", args=[world.nina_onboarding.pk]),
                                     {"mentor": world.nina.pk})
    assert response.status_code == 200
    world.nina_onboarding.refresh_from_db()
    assert world.nina_onboarding.mentor == world.alice


def test_a_manager_sees_their_own_staffs_onboardings_and_hr_sees_all(world, login):
    _other_hire(world)
    assert "Nina" in login(world.mia).get(reverse("onboarding:overview")).content.decode()
    otto_page = login(world.otto).get(reverse("onboarding:overview")).content.decode()
    assert "Olga" in otto_page and "Nina" not in otto_page
    hr_page = login(world.hanne).get(reverse("onboarding:overview")).content.decode()
    assert "Olga" in hr_page and "Nina" in hr_page


def test_the_evaluation_at_three_months_by_the_hire_and_the_manager(world, login):
    url = reverse("onboarding:evaluation", args=[world.nina_onboarding.pk])
    assert login(world.nina).post(url, {"rating": 4, "went_well": "Mentoren", "to_improve": ""}).status_code == 302
    assert login(world.mia).post(url, {"rating": 5, "went_well": "", "to_improve": "Tidligere IT"}).status_code == 302
    assert login(world.alice).get(url).status_code == 403
    assert world.nina_onboarding.evaluations.count() == 2
    page = login(world.hanne).get(reverse("onboarding:onboarding_detail", args=[world.nina_onboarding.pk]))
    assert "Tidligere IT" in page.content.decode()
    # the mentor sees the checklist, not the evaluations
    page = login(world.alice).get(reverse("onboarding:onboarding_detail", args=[world.nina_onboarding.pk]))
    assert "Tidligere IT" not in page.content.decode()


def test_front_page_panels_for_the_new_hire_and_the_mentor(world, login):
    home = login(world.nina).get(reverse("home")).content.decode()
    assert "Min onboarding" in home
    # alice's mentor task (week one, 80 days ago) is overdue, so it is on her front page
    home = login(world.alice).get(reverse("home")).content.decode()
    assert "Mine opgaver" in home and "Frokost med mentor" in home
    assert "Min onboarding" not in home
    assert "Mine opgaver" not in login(world.bob).get(reverse("home")).content.decode()
