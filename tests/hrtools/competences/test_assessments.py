"""Assessing: alice assesses herself, mia assesses alice; bad input gets a Danish error and
changes nothing."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from hrtools.competences.models import Assessment
from hrtools.competences.services import current_year


def add_url(person):
    return reverse("competences:assessment_add", args=[person.pk])


def test_alice_assesses_herself(world, login):
    client = login(world.alice)
    response = client.post(add_url(world.alice), {
        "competence": world.competence_unprofiled.pk, "year": current_year(), "level": 4, "comment": "Godt i gang.",
    })
    assert response.status_code == 302
    assessment = Assessment.objects.get(employee=world.alice, competence=world.competence_unprofiled)
    assert (assessment.kind, assessment.level, assessment.assessed_by) == ("selv", 4, world.alice)
    assert assessment.history.count() == 1


def test_mia_assesses_alice_as_her_manager(world, login):
    client = login(world.mia)
    response = client.post(add_url(world.alice), {
        "competence": world.competence_digital.pk, "year": current_year(), "level": 3,
    })
    assert response.status_code == 302
    assessment = Assessment.objects.get(employee=world.alice, competence=world.competence_digital, kind="leder")
    assert assessment.assessed_by == world.mia


@pytest.mark.parametrize("level", ["0", "6", "-1", "tre", ""])
def test_a_level_outside_1_to_5_is_refused(world, login, level):
    client = login(world.alice)
    before = Assessment.objects.count()
    response = client.post(add_url(world.alice), {
        "competence": world.competence_unprofiled.pk, "year": current_year(), "level": level,
    })
    assert response.status_code == 200
    assert "Vælg et niveau fra 1 til 5." in response.content.decode()
    assert Assessment.objects.count() == before


@pytest.mark.parametrize("competence", ["999999", "abc"])
def test_an_unknown_competence_is_refused(world, login, competence):
    client = login(world.alice)
    before = Assessment.objects.count()
    response = client.post(add_url(world.alice), {"competence": competence, "year": current_year(), "level": 3})
    assert response.status_code == 200
    assert "Kompetencen findes ikke. Vælg en fra listen." in response.content.decode()
    assert Assessment.objects.count() == before


def test_a_duplicate_for_the_same_year_is_refused(world, login):
    client = login(world.alice)
    before = Assessment.objects.count()
    response = client.post(add_url(world.alice), {
        "competence": world.competence.pk, "year": current_year(), "level": 5, "comment": "Igen",
    })
    assert response.status_code == 200
    content = response.content.decode()
    assert "Der er allerede din egen vurdering af" in content
    assert "Ret den eksisterende vurdering" in content
    assert Assessment.objects.count() == before
    world.alice_self.refresh_from_db()
    assert world.alice_self.level == 3


def test_the_same_competence_next_year_is_a_new_round(world, login):
    client = login(world.alice)
    response = client.post(add_url(world.alice), {
        "competence": world.competence.pk, "year": current_year() + 1, "level": 4,
    })
    assert response.status_code == 302
    assert Assessment.objects.filter(employee=world.alice, competence=world.competence, kind="selv").count() == 2


def test_the_database_refuses_a_duplicate_too(world):
    with pytest.raises(IntegrityError), transaction.atomic():
        Assessment.objects.create(employee=world.alice, competence=world.competence, year=current_year(),
                                  kind="selv", level=2)


def test_the_database_refuses_a_level_outside_1_to_5(world):
    with pytest.raises(IntegrityError), transaction.atomic():
        Assessment.objects.create(employee=world.alice, competence=world.competence_unprofiled,
                                  year=current_year(), kind="selv", level=7)


def test_editing_keeps_history_and_refuses_bad_levels(world, login):
    client = login(world.alice)
    url = reverse("competences:assessment_edit", args=[world.alice_self.pk])
    response = client.post(url, {"level": 9, "comment": "x"})
    assert response.status_code == 200 and "Vælg et niveau fra 1 til 5." in response.content.decode()
    world.alice_self.refresh_from_db()
    assert (world.alice_self.level, world.alice_self.comment) == (3, "Jeg vil gerne blive bedre til værtskab.")
    assert client.post(url, {"level": 4, "comment": "Bedre nu."}).status_code == 302
    world.alice_self.refresh_from_db()
    assert world.alice_self.level == 4
    assert world.alice_self.history.count() == 2


def test_a_bad_year_in_the_url_is_404(world, login):
    client = login(world.alice)
    assert client.get(reverse("competences:my_mirror") + "?aar=abc").status_code == 404
    assert client.get(reverse("competences:my_mirror") + "?aar=1800").status_code == 404
    for year in ("²", "٢٠٢٣", " 2023", "9" * 5000):
        assert client.get(reverse("competences:my_mirror"), {"aar": year}).status_code == 404
