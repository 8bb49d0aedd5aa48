"""Retention: the candidates' personal data is anonymised 6 months after their case closed,
exactly for those cases, keeping the statistics, and safe to run twice."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.urls import reverse

from hrtools.recruitment.models import ANONYMISED_NAME, Candidate, CandidateNote, RecruitmentCase
from hrtools.recruitment.services import apply_retention, open_case

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date(2027, 3, 15)


def _case(world, title, closed_on=None):
    case = open_case(unit=world.team_a, title=title, hiring_manager=world.mia, application_deadline=date(2026, 6, 1),
                     committee=[world.mia], user=world.hanne)
    for index, status in enumerate([Candidate.Status.HIRED, Candidate.Status.REJECTED, Candidate.Status.REJECTED]):
        candidate = Candidate.objects.create(case=case, name=f"{title} ansøger {index}", email=f"{index}@example.org",
                                             phone="12345678", status=status)
        CandidateNote.objects.create(candidate=candidate, author=world.mia, text=f"Note om {title} {index}")
    if closed_on:
        case.status = RecruitmentCase.Status.CLOSED
        case.closed_at = datetime.combine(closed_on, datetime.min.time().replace(hour=9), tzinfo=CPH)
        case.save()
    return case


def _counts(case):
    return sorted(case.candidates.values_list("status", flat=True))


def test_retention_anonymises_exactly_the_candidates_of_cases_closed_6_months_ago(world):
    long_ago = _case(world, "Lukket for længe siden", closed_on=date(2026, 9, 14))  # 6 months + 1 day
    on_the_day = _case(world, "Lukket på dagen", closed_on=date(2026, 9, 15))  # exactly 6 months
    recently = _case(world, "Lukket for nylig", closed_on=date(2026, 9, 16))  # 6 months - 1 day
    still_open = _case(world, "Åben sag")
    before = {case.pk: _counts(case) for case in [long_ago, on_the_day, recently, still_open]}

    assert apply_retention(today=TODAY) == 6

    for case in [long_ago, on_the_day]:
        for candidate in case.candidates.all():
            assert candidate.name == ANONYMISED_NAME
            assert candidate.email == "" and candidate.phone == ""
            assert candidate.anonymised_at is not None
            assert all(note.text == "[Anonymiseret]" for note in candidate.notes.all())
    for case in [recently, still_open, world.recruitment_case]:
        for candidate in case.candidates.all():
            assert candidate.name != ANONYMISED_NAME and candidate.anonymised_at is None
    # The statistics stay: the same number of candidates per case, with the same statuses.
    assert {case.pk: _counts(case) for case in [long_ago, on_the_day, recently, still_open]} == before


def test_retention_also_scrubs_the_history(world):
    case = _case(world, "Gammel", closed_on=date(2026, 1, 5))
    apply_retention(today=TODAY)
    names = set(Candidate.history.filter(case_id=case.pk).values_list("name", flat=True))
    assert names == {ANONYMISED_NAME}
    texts = set(CandidateNote.history.filter(candidate__case=case).values_list("text", flat=True))
    assert texts == {"[Anonymiseret]"}


def test_retention_is_safe_to_run_twice(world):
    case = _case(world, "Gammel", closed_on=date(2026, 1, 5))
    assert apply_retention(today=TODAY) == 3
    stamps = list(case.candidates.order_by("pk").values_list("anonymised_at", flat=True))
    assert apply_retention(today=TODAY) == 0
    assert list(case.candidates.order_by("pk").values_list("anonymised_at", flat=True)) == stamps
    assert case.candidates.count() == 3


def test_the_command_is_meant_for_a_daily_cron(world, capsys):
    _case(world, "Gammel", closed_on=date(2020, 1, 5))
    call_command("apply_retention")
    assert "Anonymiserede kandidater: 3" in capsys.readouterr().out
    call_command("apply_retention")
    assert "Anonymiserede kandidater: 0" in capsys.readouterr().out


def test_the_case_page_says_when_the_data_is_anonymised(world, login):
    client = login(world.mia)
    page = client.get(reverse("recruitment:case_detail", args=[world.recruitment_case.pk])).content.decode()
    assert "anonymiseres 6 måneder efter, at sagen er lukket" in page
    closed = _case(world, "Lukket", closed_on=date(2027, 1, 31))
    page = client.get(reverse("recruitment:case_detail", args=[closed.pk])).content.decode()
    assert "Kandidaternes persondata anonymiseres den 31. juli 2027" in page
    assert closed.anonymise_on == date(2027, 7, 31)
    august = _case(world, "Lukket i august", closed_on=date(2027, 8, 31))
    assert august.anonymise_on == date(2028, 2, 29)
