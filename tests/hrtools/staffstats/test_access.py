"""Only HR imports and edits; HR and leadership see; employees, managers and administrators are
refused. (The permission matrix checks every URL for every role; these read like the journey.)"""

import pytest

from obb.navigation import menu_for, panels_for

PAGES = ["/hr/personaleregnskab/", "/hr/personaleregnskab/opgoerelser/", "/hr/personaleregnskab/import/",
         "/hr/personaleregnskab/import/skabelon.xlsx", "/hr/personaleregnskab/referencetal/",
         "/hr/personaleregnskab/profiler/"]


@pytest.mark.parametrize("who", ["alice", "bob", "mia", "otto", "adam"])
def test_employees_managers_and_administrators_are_refused(world, login, who):
    client = login(getattr(world, who))
    for url in PAGES + [f"/hr/personaleregnskab/profiler/{world.alice.pk}/"]:
        assert client.get(url).status_code == 403, url
    assert client.post("/hr/personaleregnskab/opgoerelser/fra-registeret/", {"year": 2022}).status_code == 403
    person = getattr(world, who)
    assert "Personaleregnskab" not in [item["label"] for item in menu_for(person, "/")]
    assert not any(panel["template"].startswith("hrtools/staffstats/") for panel in panels_for(person))


def test_anonymous_is_sent_to_log_in(world, login):
    response = login(None).get("/hr/personaleregnskab/")
    assert response.status_code == 302 and response["Location"].startswith("/konto/log-ind/")


def test_leadership_sees_the_figures_but_does_not_edit(world, login):
    client = login(world.lea)
    assert client.get("/hr/personaleregnskab/").status_code == 200
    for url in PAGES[1:]:
        assert client.get(url).status_code == 403, url
    assert "Personaleregnskab" in [item["label"] for item in menu_for(world.lea, "/")]


def test_hr_sees_everything_and_has_a_front_page_panel(world, login):
    client = login(world.hanne)
    for url in PAGES:
        assert client.get(url).status_code == 200, url
    assert "Personaleregnskab" in [item["label"] for item in menu_for(world.hanne, "/")]
    panel = next(panel for panel in panels_for(world.hanne) if panel["template"] == "hrtools/staffstats/panel.html")
    assert panel["latest"] == world.staffstats_snapshot
    page = client.get("/hr/personaleregnskab/").content.decode()
    assert 'aria-current="page"' in page and "Personaleregnskab" in page


def test_an_unknown_unit_or_person_is_not_found(world, login):
    client = login(world.hanne)
    assert client.get("/hr/personaleregnskab/", {"enhed": 999999}).status_code == 404
    assert client.get("/hr/personaleregnskab/", {"dimension": "skonhed"}).status_code == 404
    assert client.get("/hr/personaleregnskab/profiler/999999/").status_code == 404


def test_hr_edits_a_profile_with_history(world, login):
    client = login(world.hanne)
    response = client.post(f"/hr/personaleregnskab/profiler/{world.bob.pk}/", {
        "birth_year": 1990, "gender": "mand", "education": "kontor", "origin": "efterkommer",
        "weekly_hours": "30", "employment_type": "deltid"})
    assert response.status_code == 302
    profile = world.bob.staff_profile.__class__.objects.get(user=world.bob)
    assert profile.origin == "efterkommer"
    assert profile.history.first().history_user == world.hanne


@pytest.mark.parametrize("admin_page", ["snapshotperson", "staffprofile"])
def test_individual_rows_and_their_history_are_not_in_the_admin(world, login, admin_page):
    from hrtools.staffstats.models import SnapshotPerson, StaffProfile

    model = {"snapshotperson": SnapshotPerson, "staffprofile": StaffProfile}[admin_page]
    world.hanne.is_staff = True  # even HR with admin access
    world.hanne.save()
    pk = model.objects.first().pk
    urls = (f"/admin/staffstats/{admin_page}/", f"/admin/staffstats/{admin_page}/{pk}/change/",
            f"/admin/staffstats/{admin_page}/{pk}/history/")
    for person in (world.hanne, world.adam):  # the administrator has no HR role either
        client = login(person)
        for url in urls:
            assert client.get(url).status_code == 404, (person, url)
