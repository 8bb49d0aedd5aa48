"""Demo data for onboarding: a default template with 16 tasks and two onboardings at Dalum
(one with the demo employee as mentor, one still without a mentor)."""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from hrtools.onboarding.models import (
    Dimension,
    OffsetUnit,
    Onboarding,
    OnboardingTemplate,
    Phase,
    Responsible,
    TemplateTask,
)
from obb.demo.scale import add_scaler

P, D, R, U = Phase, Dimension, Responsible, OffsetUnit

# title, description, phase, dimension, responsible, amount, unit
DEFAULT_TASKS = [
    ("Send velkomstbrev med praktisk information", "Mødetid, adresse, hvem der tager imod.",
     P.BEFORE, D.ORGANISATIONAL, R.MANAGER, -10, U.DAYS),
    ("Opret bruger, mail og adgang til bibliotekssystemet", "", P.BEFORE, D.PROFESSIONAL, R.IT, -5, U.DAYS),
    ("Udpeg og orientér mentor", "Mentoren følger den nyansatte de første 3 måneder.",
     P.BEFORE, D.CULTURAL, R.MANAGER, -7, U.DAYS),
    ("Registrér ansættelsen og send kontrakt", "", P.BEFORE, D.ORGANISATIONAL, R.HR, -14, U.DAYS),
    ("Tag imod og vis rundt i huset", "Personalerum, arbejdsplads, nøgler og adgangskort.",
     P.DAY_ONE, D.CULTURAL, R.MANAGER, 0, U.DAYS),
    ("Frokost med mentor og kolleger", "", P.DAY_ONE, D.CULTURAL, R.MENTOR, 0, U.DAYS),
    ("Udlever pc og telefon, og log ind første gang", "", P.DAY_ONE, D.PROFESSIONAL, R.IT, 0, U.DAYS),
    ("Læs strategien og »Det gør vi« for i år", "", P.WEEK_ONE, D.ORGANISATIONAL, R.NEW_HIRE, 3, U.DAYS),
    ("Oplæring i udlån, aflevering og selvbetjening", "", P.WEEK_ONE, D.PROFESSIONAL, R.MENTOR, 5, U.DAYS),
    ("Introduktion til arbejdsmiljø, sikkerhed og beredskab", "", P.WEEK_ONE, D.ORGANISATIONAL, R.MANAGER,
     1, U.WEEKS),
    ("Besøg Borgernes Hus og et lokalbibliotek", "", P.MONTH_ONE, D.ORGANISATIONAL, R.NEW_HIRE, 3, U.WEEKS),
    ("Opfølgningssamtale med lederen", "Hvordan går det? Hvad mangler du?", P.MONTH_ONE, D.CULTURAL, R.MANAGER,
     1, U.MONTHS),
    ("Introduktion til OBB's værdier og fællesskaber", "", P.MONTH_ONE, D.CULTURAL, R.HR, 4, U.WEEKS),
    ("Sidemandsoplæring i et fagområde efter eget valg", "", P.MONTHS_2_3, D.PROFESSIONAL, R.MENTOR, 2, U.MONTHS),
    ("Deltag i et personalemøde og et tværgående netværk", "", P.MONTHS_2_3, D.CULTURAL, R.NEW_HIRE, 2, U.MONTHS),
    ("Afsluttende samtale med lederen og mentoren", "Forbered evalueringen efter 3 måneder.",
     P.MONTHS_2_3, D.PROFESSIONAL, R.MANAGER, 3, U.MONTHS),
]


def ensure_default_template():
    template, created = OnboardingTemplate.objects.get_or_create(
        name="Standardintroduktion i OBB", unit=None,
        defaults={"description": "Standardforløbet for alle nyansatte: før første dag til 3. måned."},
    )
    if created or not template.tasks.exists():
        for order, (title, description, phase, dimension, responsible, amount, unit) in enumerate(DEFAULT_TASKS):
            TemplateTask.objects.create(template=template, title=title, description=description, phase=phase,
                                        dimension=dimension, responsible=responsible, offset_amount=amount,
                                        offset_unit=unit, order=order)
    return template


def _new_hire(username, first, last, unit, manager, start):
    from obb.models import User

    user, _created = User.objects.get_or_create(username=username, defaults={
        "first_name": first, "last_name": last, "email": f"{username}@obb.invalid", "unit": unit,
        "job_title": "Bibliotekar", "manager": manager, "start_date": start,
    })
    if user.has_usable_password():
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


@transaction.atomic
def load_demo(stdout=None):
    from hrtools.onboarding.services import start_onboarding
    from obb.models import User

    template = ensure_default_template()
    leder = User.objects.filter(username="leder").select_related("unit").first()
    hr = User.objects.filter(username="hr").first()
    mentor = User.objects.filter(username="medarbejder").first()
    if leder is None:
        return "standardskabelon oprettet (ingen demo-konti)"
    today = timezone.localdate()
    made = 0
    for username, first, last, start, with_mentor in [
        ("sofie.demo", "Sofie", "Vestergaard", today - timedelta(days=80), True),
        ("ali.demo", "Ali", "Haddad", today + timedelta(days=9), False),
    ]:
        hire = _new_hire(username, first, last, leder.unit, leder, start)
        if not Onboarding.objects.filter(new_hire=hire).exists():
            onboarding = start_onboarding(hire, start, hr, template=template, manager=leder,
                                          mentor=mentor if with_mentor else None)
            # The older programme is well under way: its past tasks are done, except two.
            past = list(onboarding.tasks.filter(due_date__lt=today).order_by("due_date"))
            for task in past[:-2]:
                task.done_at, task.done_by = timezone.now(), None
                task.save(update_fields=["done_at", "done_by"])
            made += 1
    return f"1 skabelon med {template.tasks.count()} opgaver, {made} nye onboardingforløb"


# --- At scale (seed_demo --scale N) ----------------------------------------------------------

ONBOARDINGS_PER_YEAR = 6


def scale_demo(n):
    """Onboardings for each of the N years up to this one: the extra staff who started that year
    (up to six a year), each with a mentor from their unit. Programmes that began more than three
    months ago are done and closed."""
    from hrtools.onboarding.models import OnboardingTask
    from hrtools.onboarding.services import start_onboarding
    from obb.demo.scale import STAFF_PREFIX, rng
    from obb.models import User

    template = ensure_default_template()
    hr = User.objects.filter(username="hr").first()
    today = timezone.localdate()
    made = 0
    for year in range(today.year - n + 1, today.year + 1):
        generator = rng("onboarding", year)
        hires = list(User.objects.filter(username__startswith=STAFF_PREFIX, start_date__year=year,
                                         onboardings__isnull=True).select_related("unit", "manager")
                     .order_by("start_date", "username")[:ONBOARDINGS_PER_YEAR])
        for hire in hires:
            colleagues = list(User.objects.filter(unit=hire.unit, manager=hire.manager).exclude(pk=hire.pk)
                              .order_by("username").values_list("pk", flat=True)[:20])
            mentor_id = generator.choice(colleagues) if colleagues else None
            onboarding = start_onboarding(hire, hire.start_date, hr, template=template,
                                          mentor=User(pk=mentor_id) if mentor_id else None)
            if hire.start_date < today - timedelta(days=100):
                done_at = timezone.make_aware(datetime.combine(hire.start_date + timedelta(days=95), time(12)))
                OnboardingTask.objects.filter(onboarding=onboarding).update(done_at=done_at, done_by=hire.manager)
                Onboarding.objects.filter(pk=onboarding.pk).update(closed_at=done_at)
            else:
                OnboardingTask.objects.filter(onboarding=onboarding, due_date__lt=today).update(
                    done_at=timezone.now(), done_by=hire.manager)
            made += 1
    return f"{made} nye onboardingforløb"


add_scaler("Onboarding", scale_demo, order=60)
