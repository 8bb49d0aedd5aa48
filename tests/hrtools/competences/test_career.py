"""OBIB Karriereveje: alice marks the step she aims for; mia sees it; bad input changes nothing."""

from django.urls import reverse

from hrtools.competences.models import CareerAim


def test_alice_marks_her_aim_and_mia_sees_it(world, login):
    client = login(world.alice)
    assert "Projektledersporet" in client.get(reverse("competences:career")).content.decode()
    response = client.post(reverse("competences:career_aim"), {"step": world.career_step_2.pk, "note": "Om to år"})
    assert response.status_code == 302
    aim = CareerAim.objects.get(employee=world.alice)
    assert aim.step == world.career_step_2
    mia = login(world.mia)
    assert "Projektleder" in mia.get(reverse("competences:team")).content.decode()
    assert "Om to år" in mia.get(reverse("competences:mirror", args=[world.alice.pk])).content.decode()


def test_an_unknown_step_is_refused(world, login):
    response = login(world.alice).post(reverse("competences:career_aim"), {"step": 999999})
    assert response.status_code == 200
    assert "Trinnet findes ikke. Vælg et fra listen." in response.content.decode()
    assert not CareerAim.objects.exists()


def test_otto_does_not_see_alices_aim(world, login):
    CareerAim.objects.create(employee=world.alice, step=world.career_step)
    content = login(world.otto).get(reverse("competences:team")).content.decode()
    assert "Alice" not in content
