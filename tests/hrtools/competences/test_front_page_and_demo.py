"""The menu item and the front-page panels, the mirror page's queries, and the demo loader."""

from django.urls import reverse

from hrtools.competences.demo import load_demo
from hrtools.competences.models import Assessment, CareerTrack, Competence, DevelopmentActivity, Profile
from hrtools.competences.starter import load_starter_content


def test_front_page_panels(world, login):
    alice_home = login(world.alice).get(reverse("home")).content.decode()
    assert "Mit kompetencespejl" in alice_home and "Mine medarbejderes kompetencer" not in alice_home
    mia_home = login(world.mia).get(reverse("home")).content.decode()
    assert "Mine medarbejderes kompetencer" in mia_home
    assert 'href="/hr/kompetencer/"' in mia_home


def test_mirror_queries_do_not_grow_with_competences_or_years(world, login):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = login(world.alice)
    url = reverse("competences:my_mirror")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for index in range(8):
        competence = Competence.objects.create(name=f"Kompetence {index}", slug=f"k{index}")
        for year in (2021, 2022, 2023):
            Assessment.objects.create(employee=world.alice, competence=competence, year=year, kind="selv", level=3)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert len(many) == len(few)


def test_starter_content_is_idempotent_and_keeps_hrs_changes(db):
    load_starter_content()
    counts = (Competence.objects.count(), CareerTrack.objects.count(), DevelopmentActivity.objects.count(),
              Profile.objects.count())
    assert counts[0] >= 10 and counts[1] == 4 and counts[2] >= 15 and counts[3] >= 4
    Competence.objects.filter(slug="formidling").update(name="Formidling og fortælling")
    load_starter_content()
    assert (Competence.objects.count(), CareerTrack.objects.count(), DevelopmentActivity.objects.count(),
            Profile.objects.count()) == counts
    assert Competence.objects.get(slug="formidling").name == "Formidling og fortælling"


def test_demo_loader_twice(db):
    from obb.demo.staff import seed_organisation

    seed_organisation()
    load_demo()
    first = Assessment.objects.count()
    assert Assessment.objects.filter(employee__username="medarbejder", kind="leder",
                                     assessed_by__username="leder").exists()
    load_demo()
    assert Assessment.objects.count() == first


def test_team_page_queries_do_not_grow_with_staff(world, login):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hrtools.competences.models import CareerAim
    from tests.conftest import make_person

    client = login(world.mia)
    url = reverse("competences:team")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for index in range(10):
        person = make_person(f"kollega{index}", world.team_a, [], manager=world.mia)
        CareerAim.objects.create(employee=person, step=world.career_step)
        Assessment.objects.create(employee=person, competence=world.competence, year=2024, kind="selv", level=3)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert "Kollega9" in response.content.decode()
    assert len(many) == len(few)
