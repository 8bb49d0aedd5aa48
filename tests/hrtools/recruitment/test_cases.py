"""A recruitment case follows the guide's steps as a checklist, with due dates relative to the
application deadline; HR maintains the guide."""

from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from hrtools.recruitment.models import Candidate, GuideStep, RecruitmentCase
from hrtools.recruitment.services import open_case


def test_a_new_case_gets_the_guides_steps_with_due_dates(world, login):
    response = login(world.mia).post(reverse("recruitment:case_create"), {
        "title": "Formidler", "unit": world.team_a.pk, "hiring_manager": world.mia.pk,
        "committee": [world.mia.pk, world.alice.pk], "application_deadline": "2027-02-01",
    })
    assert response.status_code == 302
    case = RecruitmentCase.objects.get(title="Formidler")
    assert [(s.title, s.due_date) for s in case.steps.all()] == [
        ("Behovsafklaring", date(2027, 1, 2)), ("Ansøgningsfrist", date(2027, 2, 1)),
        ("Referencer", date(2027, 2, 15))]
    assert set(case.committee.all()) == {world.mia, world.alice}
    # moving the deadline moves the open steps
    login(world.mia).post(reverse("recruitment:case_edit", args=[case.pk]), {
        "title": "Formidler", "unit": world.team_a.pk, "hiring_manager": world.mia.pk,
        "committee": [world.mia.pk], "application_deadline": "2027-02-08",
    })
    assert case.steps.get(title="Referencer").due_date == date(2027, 2, 22)


def test_a_manager_opens_cases_only_in_their_own_units(world, login):
    response = login(world.otto).post(reverse("recruitment:case_create"), {
        "title": "Formidler", "unit": world.team_a.pk, "hiring_manager": world.otto.pk,
        "application_deadline": "2027-02-01"})
    assert response.status_code == 200
    assert not RecruitmentCase.objects.filter(title="Formidler").exists()


def test_the_hiring_manager_ticks_the_steps(world, login):
    step = world.case_step
    assert login(world.mia).post(reverse("recruitment:step_toggle", args=[step.pk])).status_code == 302
    step.refresh_from_db()
    assert step.done_by == world.mia


def test_hr_maintains_the_guide(world, login):
    step = world.guide_step
    response = login(world.hanne).post(reverse("recruitment:guide_step_edit", args=[step.pk]), {
        "title": "Behovsafklaring", "text": "Ny tekst", "offset_days": -40, "order": 1, "is_active": "on"})
    assert response.status_code == 302
    step.refresh_from_db()
    assert (step.text, step.offset_days) == ("Ny tekst", -40)
    assert login(world.mia).get(reverse("recruitment:guide")).status_code == 200
    assert login(world.mia).get(reverse("recruitment:guide_step_edit", args=[step.pk])).status_code == 403
    assert GuideStep.history.filter(id=step.pk).count() == 2


def test_closing_a_case_sets_the_anonymisation_date(world, login):
    login(world.mia).post(reverse("recruitment:case_close", args=[world.recruitment_case.pk]))
    world.recruitment_case.refresh_from_db()
    assert world.recruitment_case.status == RecruitmentCase.Status.CLOSED
    assert world.recruitment_case.anonymise_on is not None


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_case_list_and_page_do_not_grow_with_rows(world, login):
    client = login(world.hanne)
    case_url = reverse("recruitment:case_detail", args=[world.recruitment_case.pk])
    few_list, few_case = _queries(client, reverse("recruitment:case_list")), _queries(client, case_url)
    for index in range(5):
        open_case(unit=world.team_a, title=f"Sag {index}", hiring_manager=world.mia,
                  application_deadline=date(2027, 1, 1) + timedelta(days=index), committee=[world.mia], user=None)
        Candidate.objects.create(case=world.recruitment_case, name=f"Kandidat {index}")
    assert _queries(client, reverse("recruitment:case_list")) == few_list
    assert _queries(client, case_url) == few_case
