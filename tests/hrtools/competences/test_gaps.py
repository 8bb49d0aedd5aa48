"""The gap computation: profile level minus the assessed level (the manager's, else the
employee's own), with "ingen vurdering endnu" where there is none."""

from types import SimpleNamespace

from hrtools.competences.models import JobFamily, Profile, ProfileLevel
from hrtools.competences.services import compute_gaps, current_year, mirror_for
from tests.conftest import make_person


def competence(pk, name):
    return SimpleNamespace(pk=pk, name=name)


def test_gaps_for_a_small_hand_made_case():
    hosting, digital, facilitation, outreach = (competence(1, "Værtskab"), competence(2, "Digital"),
                                                competence(3, "Facilitering"), competence(4, "Formidling"))
    rows = compute_gaps(
        [hosting, digital, facilitation, outreach],
        profile_levels={1: 4, 2: 3, 3: 3},  # outreach is not in the profile
        self_levels={1: 3, 2: 4, 4: 2},  # facilitation has no assessment yet
        manager_levels={1: 2},
    )
    by_name = {row.competence.name: row for row in rows}
    # The manager's assessment wins over the employee's own.
    assert by_name["Værtskab"].used_level == 2
    assert by_name["Værtskab"].gap == 2
    assert by_name["Værtskab"].status == "below"
    # Only the employee's own: 3 - 4 = -1, the profile is met.
    assert by_name["Digital"].used_level == 4
    assert by_name["Digital"].gap == -1
    assert by_name["Digital"].status == "met"
    # No assessment yet: no gap, and it says so.
    assert by_name["Facilitering"].used_level is None
    assert by_name["Facilitering"].gap is None
    assert by_name["Facilitering"].status_label == "Ingen vurdering endnu"
    # Assessed but not in the profile: no gap either.
    assert by_name["Formidling"].gap is None
    assert by_name["Formidling"].status == "no-profile"


def test_mirror_of_alice_from_the_test_world(world):
    mirror = mirror_for(world.alice, current_year())
    assert mirror.profile == world.competence_profile
    rows = {row.competence.slug: row for row in mirror.rows}
    assert (rows["vaertskab"].self_level, rows["vaertskab"].manager_level, rows["vaertskab"].gap) == (3, 2, 2)
    assert (rows["digitale-kompetencer"].used_level, rows["digitale-kompetencer"].gap) == (4, -1)
    assert rows["facilitering"].status == "missing"


def test_the_nearest_unit_profile_wins_over_the_job_family(world):
    family = JobFamily.objects.create(name="Bibliotekar", job_titles="Bibliotekar\nBørnebibliotekar")
    family_profile = Profile.objects.create(name="Bibliotekarprofil", job_family=family)
    ProfileLevel.objects.create(profile=family_profile, competence=world.competence, level=5)
    team_profile = Profile.objects.create(name="Team Nord", unit=world.team_a)
    # alice works in team_a below house_a: team_a's own profile is nearest.
    assert Profile.for_employee(world.alice) == team_profile
    team_profile.delete()
    assert Profile.for_employee(world.alice) == world.competence_profile
    # bob's house has no profile; his job title (Bibliotekar) gives the job family's.
    assert Profile.for_employee(world.bob) == family_profile
    clerk = make_person("carl", world.house_b, [], job_title="Kontorassistent")
    assert Profile.for_employee(clerk) is None


def test_a_profile_is_for_a_unit_or_a_job_family_not_both(world):
    from django.core.exceptions import ValidationError

    profile = Profile(name="Begge", unit=world.house_b, job_family=JobFamily.objects.create(name="X"))
    try:
        profile.full_clean()
    except ValidationError as error:
        assert "enten en enhed eller en jobfamilie" in str(error)
    else:
        raise AssertionError("a profile for both a unit and a job family was accepted")
