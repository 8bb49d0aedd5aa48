"""The register's pages: HR uploads the file, sees the differences, confirms; a manager hands a
leaver's tasks over; HR sees what waits."""

from django.urls import reverse
from openpyxl import load_workbook

from obb.models import User
from obb.staffsync import columns
from tests.hostile.conftest import database_state
from tests.register.files import csv_file, person, world_rows
from tests.worlds.identity_register import leaver


def test_upload_shows_the_differences_and_saves_nothing_until_confirmed(coded, login):
    hr = login(coded.hanne)
    rows = world_rows(coded) + [person("2001", "Ny", "Kollega", "111", "1002")]
    before = database_state()
    page = hr.post(reverse("staff_sync"), {"file": csv_file(rows)})
    assert page.status_code == 200
    text = page.content.decode()
    assert "Forhåndsvisning af forskellene" in text and "Ny Kollega" in text and "Gem ændringerne" in text
    assert "kobles via e-mail" in text
    assert {t: n for t, n in database_state().items() if not t.startswith("django_session")} == {
        t: n for t, n in before.items() if not t.startswith("django_session")}
    token = page.context["token"]
    done = hr.post(reverse("staff_sync_confirm"), {"token": token})
    assert done.status_code == 302
    new = User.objects.get(employee_number="2001")
    assert (new.manager, new.history.first().history_user) == (coded.mia, coded.hanne)
    # The same token cannot be used twice.
    again = hr.post(reverse("staff_sync_confirm"), {"token": token}, follow=True)
    assert "Forhåndsvisningen findes ikke længere" in again.content.decode()


def test_a_bad_file_shows_its_errors_and_no_confirm_button(coded, login):
    rows = world_rows(coded) + [person("2001", "Ny", "Kollega", "111", "9999")]
    page = login(coded.hanne).post(reverse("staff_sync"), {"file": csv_file(rows)})
    assert page.status_code == 200
    text = page.content.decode()
    assert "Filen blev ikke indlæst" in text and "Række 8, kolonne »Nærmeste leders medarbejdernummer«" in text
    assert "Gem ændringerne" not in text and not User.objects.filter(employee_number="2001").exists()


def test_a_register_changed_since_the_preview_is_shown_again(coded, login):
    hr = login(coded.hanne)
    rows = world_rows(coded)
    rows[3][5] = "Formidler"
    page = hr.post(reverse("staff_sync"), {"file": csv_file(rows)})
    User.objects.filter(username="alice").update(first_name="Alicia")  # someone edits in between
    response = hr.post(reverse("staff_sync_confirm"), {"token": page.context["token"]})
    assert response.status_code == 200
    assert "Registeret er ændret, siden forhåndsvisningen blev lavet" in response.content.decode()
    assert User.objects.get(username="alice").job_title == "Bibliotekar"


def test_the_template_has_every_column(coded, login):
    response = login(coded.adam).get(reverse("staff_sync_template"))
    assert response.status_code == 200
    import io

    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [cell.value for cell in sheet[1]] == [str(columns.label(key)) for key in columns.COLUMNS]


def test_a_manager_cannot_sync(coded, login):
    response = login(coded.mia).post(reverse("staff_sync"), {"file": csv_file(world_rows(coded))})
    assert response.status_code == 403
    assert not User.objects.filter(employee_number__isnull=False).exists()


def test_the_handover_lists_what_the_leaver_leaves_behind(world, login):
    from strategy.models import Action

    lars = leaver(world)
    action = Action.objects.filter(plan=world.plan).exclude(status=Action.Status.DONE).first()
    Action.objects.filter(pk=action.pk).update(owner=lars)
    page = login(world.mia).get(reverse("handover", args=[lars.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Overdragelse: Lars Testesen" in text and reverse("strategy:action_edit", args=[action.pk]) in text
    assert "Lars Testesen" in login(world.mia).get(reverse("home")).content.decode()
    assert login(world.otto).get(reverse("handover", args=[lars.pk])).status_code == 404
