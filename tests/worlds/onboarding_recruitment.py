"""Test-world objects for recruitment and onboarding (see tests/worlds/__init__.py).

    guide: three steps (behovsafklaring, ansøgningsfrist, referencer)
    recruitment_case "Bibliotekar", team_a, hiring manager mia, committee [mia]
    ├── candidate (Karl Kandidat, offered the job)
    └── candidate_b (Berit Bud, applied)
    onboarding_template (default, no unit) with four tasks
    nina: new hire in team_a (manager mia), started 80 days ago; mentor alice
    └── nina_onboarding: tasks from the template (nina_manager_task for mia, nina_mentor_task for alice)
"""

from datetime import timedelta

from django.utils import timezone

from hrtools.onboarding.models import Dimension, OffsetUnit, OnboardingTemplate, Phase, Responsible, TemplateTask
from hrtools.onboarding.services import start_onboarding
from hrtools.recruitment.models import Candidate, CandidateNote, GuideStep
from hrtools.recruitment.services import open_case
from obb.roles import Role


def build(world):
    from tests.conftest import make_person

    today = timezone.localdate()
    for order, (title, offset) in enumerate([("Behovsafklaring", -30), ("Ansøgningsfrist", 0),
                                             ("Referencer", 14)], start=1):
        GuideStep.objects.create(order=order, title=title, text=f"Vejledning til {title.lower()}.",
                                 offset_days=offset)
    case = open_case(unit=world.team_a, title="Bibliotekar", hiring_manager=world.mia,
                     application_deadline=today - timedelta(days=10), committee=[world.mia], user=world.hanne)
    candidate = Candidate.objects.create(case=case, name="Karl Kandidat", email="karl@example.org",
                                         phone="11223344", status=Candidate.Status.OFFERED,
                                         offer_date=today - timedelta(days=1))
    candidate_b = Candidate.objects.create(case=case, name="Berit Bud", email="berit@example.org")
    note = CandidateNote.objects.create(candidate=candidate, author=world.mia, text="Meget stærk samtale.")

    template = OnboardingTemplate.objects.create(name="Standard")
    tasks = {}
    for order, (key, title, phase, responsible, amount, unit) in enumerate([
        ("it", "Opret bruger", Phase.BEFORE, Responsible.IT, -3, OffsetUnit.DAYS),
        ("manager", "Velkomst", Phase.DAY_ONE, Responsible.MANAGER, 0, OffsetUnit.DAYS),
        ("mentor", "Frokost med mentor", Phase.WEEK_ONE, Responsible.MENTOR, 2, OffsetUnit.DAYS),
        ("hire", "Læs strategien", Phase.MONTH_ONE, Responsible.NEW_HIRE, 1, OffsetUnit.MONTHS),
    ]):
        tasks[key] = TemplateTask.objects.create(template=template, title=title, phase=phase,
                                                 dimension=Dimension.ORGANISATIONAL, responsible=responsible,
                                                 offset_amount=amount, offset_unit=unit, order=order)
    nina = make_person("nina", world.team_a, [Role.EMPLOYEE], manager=world.mia,
                       start_date=today - timedelta(days=80))
    onboarding = start_onboarding(nina, today - timedelta(days=80), world.hanne, mentor=world.alice)
    world.extra.update(
        guide_step=GuideStep.objects.first(), recruitment_case=case, case_step=case.steps.first(),
        candidate=candidate, candidate_b=candidate_b, candidate_note=note,
        onboarding_template=template, template_task=tasks["manager"],
        nina=nina, nina_onboarding=onboarding,
        nina_manager_task=onboarding.tasks.get(responsible=Responsible.MANAGER),
        nina_mentor_task=onboarding.tasks.get(responsible=Responsible.MENTOR),
        nina_own_task=onboarding.tasks.get(responsible=Responsible.NEW_HIRE),
    )
