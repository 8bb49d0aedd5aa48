"""Test-world objects for the kompetencespejl (see tests/worlds/__init__.py).

Two competences serve the profile of alice's house (Nordhuset); a third is in no profile.
alice has assessed herself in both profile competences for this year, mia has assessed her in
one; otto has assessed bob once. A catalogue activity, a career track with two steps, and one
proposal for alice (by mia) complete the picture.
"""

from hrtools.competences.models import (
    Assessment,
    CareerStep,
    CareerTrack,
    Competence,
    DevelopmentActivity,
    DevelopmentProposal,
    JobFamily,
    Profile,
    ProfileLevel,
)
from hrtools.competences.services import current_year


def build(world):
    year = current_year()
    hosting = Competence.objects.create(name="Værtskab", slug="vaertskab", order=1)
    digital = Competence.objects.create(name="Digitale kompetencer", slug="digitale-kompetencer", order=2)
    facilitation = Competence.objects.create(name="Facilitering af fællesskaber", slug="facilitering", order=3)
    profile = Profile.objects.create(name="Profil for Nordhuset", unit=world.house_a)
    ProfileLevel.objects.create(profile=profile, competence=hosting, level=4)
    ProfileLevel.objects.create(profile=profile, competence=digital, level=3)
    alice_self = Assessment.objects.create(employee=world.alice, competence=hosting, year=year, level=3,
                                           kind=Assessment.Kind.SELF, assessed_by=world.alice,
                                           comment="Jeg vil gerne blive bedre til værtskab.")
    Assessment.objects.create(employee=world.alice, competence=digital, year=year, level=4,
                              kind=Assessment.Kind.SELF, assessed_by=world.alice)
    alice_by_mia = Assessment.objects.create(employee=world.alice, competence=hosting, year=year, level=2,
                                             kind=Assessment.Kind.MANAGER, assessed_by=world.mia,
                                             comment="Fortrolig kommentar fra mia.")
    bob_by_otto = Assessment.objects.create(employee=world.bob, competence=hosting, year=year, level=5,
                                            kind=Assessment.Kind.MANAGER, assessed_by=world.otto)
    track = CareerTrack.objects.create(name="Projektledersporet", kind=CareerTrack.Kind.PROJECT, order=1)
    step_1 = CareerStep.objects.create(track=track, order=1, name="Projektdeltager")
    step_2 = CareerStep.objects.create(track=track, order=2, name="Projektleder")
    step_2.competences.set([digital])
    activity = DevelopmentActivity.objects.create(title="Kursus i projektledelse", kind="kursus",
                                                  description="Grundkursus.", duration="3 dage")
    activity.competences.set([digital])
    job_family = JobFamily.objects.create(name="Borgerservicemedarbejder", job_titles="Borgerservicemedarbejder")
    proposal = DevelopmentProposal.objects.create(employee=world.alice, activity=activity, proposed_by=world.mia)
    world.extra.update(
        competence=hosting, competence_digital=digital, competence_unprofiled=facilitation,
        competence_profile=profile, alice_self=alice_self, alice_by_mia=alice_by_mia, bob_by_otto=bob_by_otto,
        career_track=track, career_step=step_1, career_step_2=step_2, activity=activity, proposal=proposal,
        job_family=job_family,
    )
