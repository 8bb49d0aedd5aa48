"""The demo loaders of recruitment and onboarding: what the demo shows, and idempotent."""

from hrtools.onboarding import demo as onboarding_demo
from hrtools.onboarding.models import Onboarding, OnboardingTemplate
from hrtools.recruitment import demo as recruitment_demo
from hrtools.recruitment.models import ANONYMISED_NAME, Candidate, GuideStep, RecruitmentCase
from obb.roles import Role
from tests.conftest import make_person


def test_the_demo_data_loads_twice_without_duplicates(world):
    GuideStep.objects.all().delete()
    leder = make_person("leder", world.house_a, [Role.MANAGER, Role.EMPLOYEE])
    make_person("hr", world.stab, [Role.HR, Role.EMPLOYEE])
    medarbejder = make_person("medarbejder", world.house_a, [Role.EMPLOYEE], manager=leder)
    for _ in range(2):
        onboarding_demo.load_demo()
        recruitment_demo.load_demo()
    assert GuideStep.objects.count() == 9
    template = OnboardingTemplate.objects.get(name="Standardintroduktion i OBB")
    assert template.tasks.count() == 16
    demo_onboardings = Onboarding.objects.filter(manager=leder)
    assert demo_onboardings.count() == 2
    assert demo_onboardings.filter(mentor=medarbejder).count() == 1
    assert demo_onboardings.filter(mentor__isnull=True).count() == 1
    open_case = RecruitmentCase.objects.get(title="Bibliotekar med fokus på børn og familier")
    assert open_case.candidates.count() == 4 and set(open_case.committee.all()) == {leder, medarbejder}
    closed = RecruitmentCase.objects.get(title="Borgerservicemedarbejder (afsluttet)")
    assert closed.status == RecruitmentCase.Status.CLOSED
    assert set(Candidate.objects.filter(case=closed).values_list("name", flat=True)) == {ANONYMISED_NAME}
    for task in template.tasks.all():
        task.full_clean()  # the demo template obeys its own phase rules
