"""Demo data: a deterministic staff profile for every member of the demo staff, snapshots of a
few years made from the register, and reference figures for Odense that say they are demo."""

import random
from decimal import Decimal

from django.db import transaction
from django.db.models import Count
from simple_history.utils import bulk_create_with_history

from hrtools.staffstats.dimensions import Education, EmploymentType, Gender, Origin, snapshot_date
from hrtools.staffstats.models import ReferenceFigure, Snapshot, StaffProfile
from hrtools.staffstats.services import snapshot_from_register, staff_on
from obb.demo.scale import BATCH_SIZE, add_scaler, rng
from obb.models import User

DEMO_YEARS = [2021, 2022, 2023]
DEMO_SOURCE = "Demotal – erstat med tal fra Danmarks Statistik"
SEED = 8  # the same profiles on every run

# Invented, plausible shares (percent) for Odense; clearly marked as demo in the interface.
DEMO_REFERENCES = {
    "age_group": {"under-30": 24.0, "30-39": 22.0, "40-49": 19.0, "50-59": 20.0, "60+": 15.0},
    "gender": {"mand": 49.6, "kvinde": 50.2, "andet": 0.2},
    "education": {"bibliotekar": 1.0, "kontor": 14.0, "paedagogisk": 9.0, "akademisk": 21.0, "it": 6.0,
                  "andet": 49.0},
    "origin": {"dansk": 81.0, "indvandrer": 13.0, "efterkommer": 6.0},
}

_EDUCATION_BY_TITLE = [
    ("bibliotekar", Education.LIBRARIAN),
    ("borgerservice", Education.OFFICE),
    ("kontor", Education.OFFICE),
    ("administrativ", Education.OFFICE),
    ("løn", Education.OFFICE),
    ("kulturformidler", Education.PEDAGOGICAL),
    ("it", Education.IT),
    ("udvikler", Education.IT),
    ("digital", Education.IT),
    ("konsulent", Education.ACADEMIC),
    ("controller", Education.ACADEMIC),
    ("leder", Education.LIBRARIAN),
    ("chef", Education.ACADEMIC),
]


def _education(title, rng):
    title = title.lower()
    for word, education in _EDUCATION_BY_TITLE:
        if word in title and rng.random() < 0.8:
            return education
    return rng.choice([Education.LIBRARIAN, Education.OFFICE, Education.PEDAGOGICAL, Education.ACADEMIC,
                       Education.OTHER, Education.OTHER])


def demo_profile(user, rng):
    """The profile fields of one demo person, drawn from `rng`."""
    employment = rng.choices([EmploymentType.FULL_TIME, EmploymentType.PART_TIME, EmploymentType.HOURLY],
                             weights=[68, 25, 7])[0]
    hours = {EmploymentType.FULL_TIME: Decimal(37),
             EmploymentType.PART_TIME: Decimal(rng.choice([20, 25, 28, 30, 32, 34])),
             EmploymentType.HOURLY: Decimal(rng.choice([6, 8, 12, 15]))}[employment]
    earliest = user.start_date.year - 40 if user.start_date else 1960
    return {
        "birth_year": rng.randint(max(1956, earliest), 2001),
        "gender": rng.choices([Gender.FEMALE, Gender.MALE], weights=[66, 34])[0],
        "education": _education(user.job_title, rng),
        "origin": rng.choices([Origin.DANISH, Origin.IMMIGRANT, Origin.DESCENDANT], weights=[86, 10, 4])[0],
        "weekly_hours": hours,
        "employment_type": employment,
    }


@transaction.atomic
def load_demo(stdout=None):
    rng = random.Random(SEED)
    users = User.objects.filter(unit__isnull=False).order_by("username")
    for user in users:
        StaffProfile.objects.update_or_create(user=user, defaults=demo_profile(user, rng))
    for dimension, shares in DEMO_REFERENCES.items():
        for category, share in shares.items():
            ReferenceFigure.objects.update_or_create(
                dimension=dimension, category=category,
                defaults={"share": Decimal(str(share)), "source": DEMO_SOURCE, "is_demo": True})
    for year in DEMO_YEARS:
        snapshot_from_register(year, source=Snapshot.Source.DEMO)
    return f"{users.count()} personaleprofiler, årsopgørelser for {', '.join(map(str, DEMO_YEARS))}, demoreferencetal"


# --- At scale (seed_demo --scale N) ----------------------------------------------------------

def scale_demo(n):
    """A staff profile for everyone who has none (the extra staff), and a snapshot from the
    register for each of the N years up to 2023 (and the demo's own years), made again where the
    register has changed since."""
    generator = rng("staffstats")
    profiles = [StaffProfile(user=user, **demo_profile(user, generator))
                for user in User.objects.filter(unit__isnull=False, staff_profile__isnull=True).order_by("username")]
    bulk_create_with_history(profiles, StaffProfile, batch_size=BATCH_SIZE)
    newest = max(DEMO_YEARS)
    years = sorted(set(range(newest - n + 1, newest + 1)) | set(DEMO_YEARS))
    counts = dict(
        Snapshot.objects.annotate(people_count=Count("people")).order_by().values_list("year", "people_count")
    )
    made = 0
    for year in years:
        if counts.get(year) != staff_on(snapshot_date(year)).count():
            snapshot_from_register(year, source=Snapshot.Source.DEMO)
            made += 1
    return f"{len(profiles)} nye personaleprofiler, {made} årsopgørelser lavet (i alt {len(years)})"


add_scaler("Personaleregnskab", scale_demo, order=40)
