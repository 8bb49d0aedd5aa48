"""Who sees whose kompetencespejl: alice her own, mia (her manager) hers, otto only bob's, HR and
the administrator no one's individually; another person's id in the URL gives 404."""

import re

from django.urls import reverse

from hrtools.competences.models import Assessment, DevelopmentProposal


def mirror_url(person):
    return reverse("competences:mirror", args=[person.pk])


def test_alice_sees_her_own_mirror_with_both_assessments(world, login):
    client = login(world.alice)
    response = client.get(reverse("competences:my_mirror"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Jeg vil gerne blive bedre til værtskab." in content
    assert "Fortrolig kommentar fra mia." in content
    assert client.get(mirror_url(world.alice)).status_code == 200


def test_alice_cannot_reach_bobs_mirror_by_changing_the_id(world, login):
    client = login(world.alice)
    assert client.get(mirror_url(world.bob)).status_code == 404
    assert client.get(mirror_url(world.mia)).status_code == 404
    assert client.get(reverse("competences:assessment_add", args=[world.bob.pk])).status_code == 404
    assert client.get(reverse("competences:assessment_edit", args=[world.bob_by_otto.pk])).status_code == 404
    assert client.get(mirror_url(world.alice).replace(str(world.alice.pk), "999999")).status_code == 404


def test_mia_sees_alice_down_the_unit_tree_but_not_bob(world, login):
    client = login(world.mia)
    response = client.get(mirror_url(world.alice))
    assert response.status_code == 200
    assert "Jeg vil gerne blive bedre til værtskab." in response.content.decode()
    assert client.get(mirror_url(world.bob)).status_code == 404
    team = client.get(reverse("competences:team")).content.decode()
    assert "Alice Testesen" in team and "Bob Testesen" not in team


def test_otto_sees_bob_and_not_alice(world, login):
    client = login(world.otto)
    assert client.get(mirror_url(world.bob)).status_code == 200
    assert client.get(mirror_url(world.alice)).status_code == 404
    assert client.get(reverse("competences:assessment_edit", args=[world.alice_by_mia.pk])).status_code == 404


def test_hr_sees_aggregates_and_the_catalogue_but_no_individual(world, login):
    client = login(world.hanne)
    assert client.get(mirror_url(world.alice)).status_code == 404
    assert client.get(mirror_url(world.bob)).status_code == 404
    assert client.get(reverse("competences:catalogue")).status_code == 200
    unit_page = client.get(reverse("competences:unit", args=[world.house_a.pk]))
    assert unit_page.status_code == 200
    content = unit_page.content.decode()
    # alice is the only one assessed in Nordhuset: every competence says "færre end 5", no numbers.
    rows = unit_page.context["data"]["rows"]
    assert rows and all(row.suppressed and row.small and row.average is None for row in rows)
    hosting = re.escape(world.competence.name)
    assert re.search(rf'<th scope="row">{hosting}</th>\s*<td class="obb-num" colspan="3">færre end 5</td>', content)
    assert "Fortrolig kommentar" not in content and "Alice" not in content


def test_administrator_sees_no_individual_assessment(world, login):
    client = login(world.adam)
    assert client.get(mirror_url(world.alice)).status_code == 404
    assert client.get(reverse("competences:unit", args=[world.house_a.pk])).status_code == 403


def test_lea_sees_individuals_as_top_manager(world, login):
    client = login(world.lea)
    assert client.get(mirror_url(world.alice)).status_code == 200
    assert client.get(mirror_url(world.bob)).status_code == 200


def test_visible_to_is_the_one_answer(world):
    alice_ids = {world.alice_self.pk, world.alice_by_mia.pk}
    own = set(Assessment.objects.visible_to(world.alice).values_list("pk", flat=True))
    assert alice_ids <= own and world.bob_by_otto.pk not in own
    assert world.bob_by_otto.pk not in set(Assessment.objects.visible_to(world.mia).values_list("pk", flat=True))
    assert set(Assessment.objects.visible_to(world.otto).values_list("pk", flat=True)) == {world.bob_by_otto.pk}
    assert not Assessment.objects.visible_to(world.hanne).exists()
    assert not Assessment.objects.visible_to(world.adam).exists()
    assert not DevelopmentProposal.objects.visible_to(world.otto).exists()
    assert DevelopmentProposal.objects.visible_to(world.alice).count() == 1


def test_manager_may_not_edit_the_employees_own_assessment(world, login):
    client = login(world.mia)
    url = reverse("competences:assessment_edit", args=[world.alice_self.pk])
    assert client.post(url, {"level": 5, "comment": "ændret"}).status_code == 403
    world.alice_self.refresh_from_db()
    assert world.alice_self.level == 3


def test_employee_may_not_edit_the_managers_assessment(world, login):
    client = login(world.alice)
    url = reverse("competences:assessment_edit", args=[world.alice_by_mia.pk])
    assert client.post(url, {"level": 5}).status_code == 403
    world.alice_by_mia.refresh_from_db()
    assert world.alice_by_mia.level == 2
