"""Demo data for recruitment: the guide's nine steps, an open case at Dalum with a committee and
four candidates, and a case closed more than 6 months ago (its candidates anonymised)."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from hrtools.recruitment.models import Candidate, CandidateNote, GuideStep, RecruitmentCase

GUIDE_STEPS = [
    ("Behovsafklaring", "Afklar, hvorfor stillingen skal besættes, og om opgaverne kan løses på en ny måde. "
     "Hvilke kompetencer mangler enheden set i lyset af strategiens pejlemærker og kompetencespejlet?", -35),
    ("Job- og personprofil", "Beskriv stillingens opgaver og de faglige og personlige kompetencer, der søges. "
     "Tænk på balance og bredde i alder, uddannelse, køn og etnicitet i medarbejdergruppen.", -28),
    ("Stillingsopslag", "Skriv opslaget ud fra profilen, og få det godkendt af HR. Nedsæt ansættelsesudvalget, "
     "og aftal datoer for udvælgelse og samtaler.", -21),
    ("Ansøgningsfrist", "Ansøgningerne samles og deles med ansættelsesudvalget.", 0),
    ("Udvælgelse", "Udvalget gennemgår ansøgningerne mod profilen og udvælger kandidater til samtale. "
     "Begrund valget kort i noterne.", 4),
    ("Samtaler", "Brug samme spørgeramme til alle kandidater. Overvej en case eller en 2. samtale.", 10),
    ("Referencer", "Indhent referencer med kandidatens samtykke, helst fra nærmeste leder.", 14),
    ("Tilbud og kontrakt", "Giv tilbuddet mundtligt, og send kontrakten via HR. Registrér den valgte "
     "kandidat som ansat: så oprettes medarbejderen, og onboardingen starter.", 17),
    ("Svar til øvrige ansøgere", "Giv alle øvrige ansøgere et venligt og rettidigt svar. Kandidaternes "
     "persondata anonymiseres automatisk 6 måneder efter, at sagen er lukket.", 21),
]


def ensure_guide():
    if GuideStep.objects.exists():
        return 0
    for order, (title, text, offset) in enumerate(GUIDE_STEPS, start=1):
        GuideStep.objects.create(order=order, title=title, text=text, offset_days=offset)
    return len(GUIDE_STEPS)


@transaction.atomic
def load_demo(stdout=None):
    from hrtools.recruitment.services import apply_retention, open_case, toggle_step
    from obb.models import User

    created = ensure_guide()
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
