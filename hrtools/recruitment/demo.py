"""Demo data for recruitment: the guide's nine steps (the starter content, `starter.py`), an
open case at Dalum with a committee and four candidates, and a case closed more than 6 months
ago (its candidates anonymised)."""

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from hrtools.recruitment.models import Candidate, CandidateNote, GuideStep, RecruitmentCase
from hrtools.recruitment.starter import load_guide
from obb.demo.names import FIRST_NAMES, LAST_NAMES
from obb.demo.scale import add_scaler, rng


@transaction.atomic
def load_demo(stdout=None):
    from hrtools.recruitment.services import apply_retention, open_case, toggle_step
    from obb.models import User

    created = load_guide()
    leder = User.objects.filter(username="leder").select_related("unit").first()
    medarbejder = User.objects.filter(username="medarbejder").first()
    hr = User.objects.filter(username="hr").first()
    if leder is None:
        return f"{created} trin i guiden (ingen demo-konti)"
    today = timezone.localdate()
    cases = 0
    if not RecruitmentCase.objects.filter(title="Bibliotekar med fokus på børn og familier").exists():
        case = open_case(unit=leder.unit, title="Bibliotekar med fokus på børn og familier", hiring_manager=leder,
                         application_deadline=today - timedelta(days=5), committee=[leder, medarbejder],
                         user=hr)
        for step in case.steps.filter(due_date__lt=today)[:4]:
            toggle_step(step, leder)
        for name, status, note in [
            ("Louise Frandsen", Candidate.Status.INTERVIEW, "Stærk formidlingserfaring fra Vejle Bibliotekerne."),
            ("Mikkel Dahl", Candidate.Status.INTERVIEW, "Har drevet læseklubber for unge. Spørg ind til teamarbejde."),
            ("Amina Yusuf", Candidate.Status.APPLIED, ""),
            ("Jesper Holt", Candidate.Status.REJECTED, "Matcher ikke profilens krav om børneformidling."),
        ]:
            candidate = Candidate.objects.create(case=case, name=name, status=status,
                                                 email=name.lower().replace(" ", ".") + "@example.invalid")
            if note:
                CandidateNote.objects.create(candidate=candidate, author=leder, text=note)
        cases += 1
    if not RecruitmentCase.objects.filter(title="Borgerservicemedarbejder (afsluttet)").exists():
        case = open_case(unit=leder.unit, title="Borgerservicemedarbejder (afsluttet)", hiring_manager=leder,
                         application_deadline=today - timedelta(days=300), committee=[leder], user=hr)
        for step in case.steps.all():
            toggle_step(step, leder)
        for name, status in [("Henrik Sørensen", Candidate.Status.OFFERED), ("Camilla Berg", Candidate.Status.REJECTED),
                             ("Omar Khalil", Candidate.Status.REJECTED)]:
            candidate = Candidate.objects.create(case=case, name=name, status=status, phone="12345678")
            CandidateNote.objects.create(candidate=candidate, author=leder, text="God samtale.")
        case.status, case.closed_at = RecruitmentCase.Status.CLOSED, timezone.now() - timedelta(days=240)
        case.save(update_fields=["status", "closed_at"])
        cases += 1
    anonymised = apply_retention()
    return f"{GuideStep.objects.count()} trin i guiden, {cases} nye sager, {anonymised} kandidater anonymiseret"


# --- At scale (seed_demo --scale N) ----------------------------------------------------------

CASES_PER_YEAR = 5
SCALE_TITLES = ["Bibliotekar", "Biblioteksassistent", "Borgerservicemedarbejder", "Kulturformidler",
                "Projektmedarbejder", "Teamleder", "IT-medarbejder"]


def scale_demo(n):
    """Five recruitment cases for each of the N years up to this one, with four candidates each.
    Cases of past years are done and closed (and their candidates anonymised after 6 months)."""
    from hrtools.recruitment.services import apply_retention, open_case
    from obb.models import Unit, User

    load_guide()
    hr = User.objects.filter(username="hr").first()
    units = list(Unit.objects.filter(manager__isnull=False, kind__in=["team", "bibliotek"])
                 .select_related("manager").order_by("path"))
    today = timezone.localdate()
    statuses = [Candidate.Status.APPLIED, Candidate.Status.INTERVIEW, Candidate.Status.REJECTED,
                Candidate.Status.REJECTED, Candidate.Status.OFFERED]
    made = 0
    for year in range(today.year - n + 1, today.year + 1):
        generator = rng("recruitment", year)
        for number in range(1, CASES_PER_YEAR + 1):
            unit = generator.choice(units)
            title = f"{generator.choice(SCALE_TITLES)} ({year}, sag {number})"
            deadline = date(year, generator.randint(1, 12 if year < today.year else today.month),
                            generator.randint(1, 28))
            names = [(generator.choice(FIRST_NAMES), generator.choice(LAST_NAMES), generator.choice(statuses))
                     for _n in range(4)]
            if RecruitmentCase.objects.filter(title=title).exists():
                continue
            case = open_case(unit=unit, title=title, hiring_manager=unit.manager, application_deadline=deadline,
                             committee=[unit.manager], user=hr)
            bulk_create_with_history([
                Candidate(case=case, name=f"{first} {last}", status=status,
                          email=f"{first}.{last}@example.invalid".lower())
                for first, last, status in names
            ], Candidate)
            if deadline < today - timedelta(days=60):
                closed = timezone.make_aware(datetime.combine(deadline + timedelta(days=40), time(12)))
                case.steps.update(done_at=closed, done_by=unit.manager)
                RecruitmentCase.objects.filter(pk=case.pk).update(status=RecruitmentCase.Status.CLOSED,
                                                                   closed_at=closed)
            made += 1
    apply_retention()
    return f"{made} nye rekrutteringssager"


add_scaler("Rekruttering", scale_demo, order=61)
