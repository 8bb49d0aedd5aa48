"""HR keeps the competences, the profiles and the catalogue; others are refused."""

from django.urls import reverse

from hrtools.competences.models import Competence, DevelopmentActivity, ProfileLevel


def test_hanne_adds_a_competence(world, login):
    response = login(world.hanne).post(reverse("competences:competence_add"), {
        "name": "Formidling", "slug": "formidling", "description": "Mundtlig og skriftlig.", "order": 5,
        "is_active": "True",
    })
    assert response.status_code == 302
    assert Competence.objects.get(slug="formidling").history.count() == 1


def test_hanne_sets_profile_levels(world, login):
    url = reverse("competences:profile_edit", args=[world.competence_profile.pk])
    client = login(world.hanne)
    response = client.post(url, {f"c{world.competence.pk}": "5", f"c{world.competence_digital.pk}": "",
                                 f"c{world.competence_unprofiled.pk}": "2"})
    assert response.status_code == 302
    assert world.competence_profile.level_map() == {world.competence.pk: 5, world.competence_unprofiled.pk: 2}


def test_a_bad_profile_level_changes_nothing(world, login):
    url = reverse("competences:profile_edit", args=[world.competence_profile.pk])
    before = list(ProfileLevel.objects.values_list("competence_id", "level"))
    response = login(world.hanne).post(url, {f"c{world.competence.pk}": "8", f"c{world.competence_digital.pk}": ""})
    assert response.status_code == 200
    assert "Vælg et niveau fra 1 til 5." in response.content.decode()
    assert list(ProfileLevel.objects.values_list("competence_id", "level")) == before


def test_hanne_edits_an_activity_and_alice_may_not(world, login):
    url = reverse("competences:activity_edit", args=[world.activity.pk])
    data = {"title": "Projektledelse, grundkursus", "kind": "kursus", "description": "Tre dage.",
            "competences": [world.competence_digital.pk], "duration": "3 dage", "is_active": "True"}
    assert login(world.alice).post(url, data).status_code == 403
    assert login(world.hanne).post(url, data).status_code == 302
    assert DevelopmentActivity.objects.get(pk=world.activity.pk).title == "Projektledelse, grundkursus"
    bad = login(world.hanne).post(url, {**data, "kind": "dans"})
    assert bad.status_code == 200
    assert DevelopmentActivity.objects.get(pk=world.activity.pk).kind == "kursus"


def test_hanne_adds_a_career_step_and_a_duplicate_number_is_refused(world, login):
    client = login(world.hanne)
    data = {"track": world.career_track.pk, "order": 3, "name": "Senior projektleder", "description": "Store projekter",
            "competences": [world.competence_digital.pk]}
    assert client.post(reverse("competences:step_add"), data).status_code == 302
    response = client.post(reverse("competences:step_add"), {**data, "name": "Igen"})
    assert response.status_code == 200
    assert "Sporet har allerede et trin med dette nummer." in response.content.decode()
    assert world.career_track.steps.count() == 3


def test_a_profile_needs_a_unit_or_a_job_family(world, login):
    from hrtools.competences.models import Profile

    client = login(world.hanne)
    before = Profile.objects.count()
    response = client.post(reverse("competences:profile_add"), {"name": "Ingen af delene"})
    assert response.status_code == 200
    assert "Vælg enten en enhed eller en jobfamilie" in response.content.decode()
    response = client.post(reverse("competences:profile_add"), {"name": "Sydhuset", "unit": world.house_b.pk})
    assert response.status_code == 302
    assert Profile.objects.count() == before + 1


def test_a_retired_activity_leaves_the_catalogue(world, login):
    url = reverse("competences:activity_edit", args=[world.activity.pk])
    data = {"title": world.activity.title, "kind": "kursus", "description": "x", "is_active": "False"}
    assert login(world.hanne).post(url, data).status_code == 302
    catalogue = login(world.alice).get(reverse("competences:catalogue"))
    assert world.activity.title not in catalogue.content.decode()
