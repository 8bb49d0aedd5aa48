"""Demo data: the starter content, a unit profile, and assessments for the demo staff (Peter
Nielsen, 'medarbejder', assessed by himself and by his leader Karen Mortensen, 'leder')."""

import random

from simple_history.utils import bulk_create_with_history

from hrtools.competences.models import (
    Assessment,
    CareerAim,
    CareerStep,
    Competence,
    DevelopmentActivity,
    DevelopmentProposal,
    Profile,
    ProfileLevel,
)
from hrtools.competences.services import current_year
from hrtools.competences.starter import load_starter_content
from obb.demo.scale import add_scaler
from obb.models import Unit, User

# Units whose staff get demo assessments (enough people for the aggregates to show numbers).
DEMO_UNITS = ["lokalbibliotekerne", "borgerservice"]
COMMENTS = {
    Assessment.Kind.SELF: ["Det trives jeg med i hverdagen.", "Her vil jeg gerne blive bedre.",
                           "Jeg har brugt det meget i år.", ""],
    Assessment.Kind.MANAGER: ["Enig – du er en styrke for huset.", "Lad os tale om et kursus til MUS.",
                              "God udvikling siden sidste år.", ""],
}


def _unit_profile():
    digital = Unit.objects.filter(slug="digital-udvikling").first()
    if digital is None or Profile.objects.filter(unit=digital).exists():
        return 0
    profile = Profile.objects.create(name="Profil for Digital udvikling og IT", unit=digital)
    levels = {"digitale-kompetencer": 5, "digital-dannelse": 4, "projektkompetencer": 4,
              "brugerinvolvering": 4, "samarbejde-og-feedback": 4, "forandringsparathed": 4}
    for competence in Competence.objects.filter(slug__in=levels):
        ProfileLevel.objects.create(profile=profile, competence=competence, level=levels[competence.slug])
    return 1


def _assessments():
    rng = random.Random(2025)  # noqa: S311 - deterministic demo data
    year = current_year()
    competences = list(Competence.objects.filter(is_active=True))
    units = Unit.objects.filter(slug__in=DEMO_UNITS)
    staff = list(User.objects.current().filter(unit__in=Unit.objects.subtree_of(units), manager__isnull=False)
                 .exclude(led_units__isnull=False).select_related("manager").order_by("username"))
    existing = set(Assessment.objects.filter(employee__in=staff)
                   .values_list("employee_id", "competence_id", "year", "kind"))
    new = []
    for person in staff:
        base = {c.pk: rng.randint(2, 4) for c in competences}
        demo_person = person.username == "medarbejder"
        years = [year - 2, year - 1, year] if demo_person else [year - 1, year]
        for offset, each in enumerate(years):
            for competence in competences:
                own = min(5, max(1, base[competence.pk] + offset // 2 + rng.choice([0, 0, 1])))
                managers = min(5, max(1, own + rng.choice([-1, 0, 0, 1])))
                # Peter's manager has not yet assessed the last competence this year.
                skip_manager = demo_person and each == year and competence == competences[-1]
                for kind, level, by in ((Assessment.Kind.SELF, own, person),
                                        (Assessment.Kind.MANAGER, managers, person.manager)):
                    if kind == Assessment.Kind.MANAGER and skip_manager:
                        continue
                    if (person.pk, competence.pk, each, kind) in existing:
                        continue
                    new.append(Assessment(employee=person, competence=competence, year=each, kind=kind, level=level,
                                          assessed_by=by, comment=rng.choice(COMMENTS[kind]) if demo_person else ""))
    bulk_create_with_history(new, Assessment, batch_size=500)
    return len(new)


def _peter():
    peter = User.objects.filter(username="medarbejder").first()
    if peter is None:
        return
    step = CareerStep.objects.filter(track__kind="projektleder", order=2).first()
    if step and not CareerAim.objects.filter(employee=peter).exists():
        CareerAim.objects.create(employee=peter, step=step,
                                 note="Jeg vil gerne lede et af husets udviklingsprojekter.")
    activity = DevelopmentActivity.objects.filter(title="Kursus i projektledelse").first()
    if activity and not DevelopmentProposal.objects.filter(employee=peter).exists():
        DevelopmentProposal.objects.create(employee=peter, activity=activity, proposed_by=peter.manager,
                                           note="Et godt næste skridt mod projektledersporet.")


def load_demo(stdout=None):
    created = load_starter_content()
    profiles = _unit_profile()
    assessments = _assessments()
    _peter()
    return (
        f"{created['competences']} kompetencer, {created['profiles'] + profiles} profiler, {created['tracks']} "
        f"karrierespor, {created['activities']} aktiviteter og {assessments} vurderinger oprettet"
    )


# --- At scale (seed_demo --scale N) ----------------------------------------------------------

def scale_demo(n):
    """Self- and manager assessments for the extra staff of the demo units, like the rest."""
    return f"{_assessments()} nye vurderinger"


add_scaler("Kompetencespejl", scale_demo, order=40)
