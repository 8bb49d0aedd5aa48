"""HR imports a year from the payroll system's Excel sheet: every row is checked, the whole
sheet is refused with Danish errors naming row and column, and an existing year is replaced only
after HR confirms."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from hrtools.staffstats.models import Snapshot, SnapshotPerson
from hrtools.staffstats.services import COLUMNS

HEADER = [column.header for column in COLUMNS]
GOOD = ["team-nord", 1980, "kvinde", "bibliotekar", "dansk oprindelse", "01-08-2015", 37, "fuldtid"]


def sheet(*rows, header=HEADER):
    workbook = Workbook()
    workbook.active.title = "Medarbejdere"
    workbook.active.append(header)
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("loen.xlsx", buffer.getvalue(),
                              content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def upload(client, year, file):
    return client.post("/hr/personaleregnskab/import/", {"year": year, "file": file})


def test_one_bad_row_saves_nothing_and_names_row_and_column_in_danish(world, login):
    client = login(world.hanne)
    bad = list(GOOD)
    bad[2] = "x"
    rows_before = SnapshotPerson.objects.count()
    response = upload(client, 2022, sheet(GOOD, GOOD, GOOD, GOOD, GOOD, bad, GOOD))
    assert response.status_code == 200
    assert "Række 7, kolonne »Køn«: »x« er ikke en gyldig værdi (mand, kvinde, andet)." in response.context[
        "sheet_errors"]
    assert "Arket blev ikke indlæst. Intet er gemt." in response.content.decode()
    assert not Snapshot.objects.filter(year=2022).exists()
    assert SnapshotPerson.objects.count() == rows_before


def test_every_bad_cell_is_listed(world, login):
    bad = ["ukendt-enhed", "19x0", "", "bibliotekar", "dansk", "32-13-2015", "90", "fuldtid"]
    response = upload(login(world.hanne), 2022, sheet(GOOD, bad))
    errors = response.context["sheet_errors"]
    assert errors[0].startswith("Række 3, kolonne »Enhed«: »ukendt-enhed« er ikke en kendt enhed")
    assert "Række 3, kolonne »Fødselsår«: »19x0« er ikke et gyldigt fødselsår (fx 1975)." in errors
    assert "Række 3, kolonne »Køn«: skal udfyldes." in errors
    assert "Række 3, kolonne »Ansat fra«: »32-13-2015« er ikke en dato (skriv fx 01-08-2015)." in errors
    assert any(error.startswith("Række 3, kolonne »Ugentlige timer«") for error in errors)
    assert len(errors) == 5


def test_numbers_that_only_look_like_digits_get_the_danish_message(world, login):
    # str.isdigit() is true for "²", but int("²") fails: the row error was Python's English text.
    # "NaN" hours could not even be compared, and was a server error.
    rows_before = SnapshotPerson.objects.count()
    bad = [
        ["team-nord", "²", *GOOD[2:]],
        ["team-nord", "١٩٨٠", *GOOD[2:]],
        [*GOOD[:6], "NaN", "fuldtid"],
        [*GOOD[:6], "٣٧", "fuldtid"],
        [*GOOD[:6], "1e1", "fuldtid"],
    ]
    response = upload(login(world.hanne), 2022, sheet(GOOD, *bad))
    assert response.status_code == 200
    assert response.context["sheet_errors"] == [
        "Række 3, kolonne »Fødselsår«: »²« er ikke et gyldigt fødselsår (fx 1975).",
        "Række 4, kolonne »Fødselsår«: »١٩٨٠« er ikke et gyldigt fødselsår (fx 1975).",
        "Række 5, kolonne »Ugentlige timer«: »NaN« er ikke et gyldigt antal timer om ugen (mellem 0 og 60).",
        "Række 6, kolonne »Ugentlige timer«: »٣٧« er ikke et gyldigt antal timer om ugen (mellem 0 og 60).",
        "Række 7, kolonne »Ugentlige timer«: »1e1« er ikke et gyldigt antal timer om ugen (mellem 0 og 60).",
    ]
    assert "invalid literal" not in response.content.decode()
    assert not Snapshot.objects.filter(year=2022).exists()
    assert SnapshotPerson.objects.count() == rows_before


def test_a_missing_column_and_a_file_that_is_not_excel_are_refused(world, login):
    client = login(world.hanne)
    response = upload(client, 2022, sheet(GOOD[:-1], header=HEADER[:-1]))
    assert response.context["sheet_errors"] == ["Kolonnen »Ansættelsesform« mangler i første række. Brug skabelonen."]
    response = upload(client, 2022, SimpleUploadedFile("loen.xlsx", "Navn;Køn\nAlice;kvinde\n".encode()))
    assert "Filen er ikke et Excel-regneark" in response.content.decode()
    assert not Snapshot.objects.filter(year=2022).exists()


def test_a_good_sheet_becomes_the_years_snapshot(world, login):
    rows = [GOOD] * 6 + [["Sydhuset", 1960, "mand", "akademisk", "indvandrer", "2000-01-01", "30,5", "deltid"]]
    response = upload(login(world.hanne), 2022, sheet(*rows))
    assert response.status_code == 302
    snapshot = Snapshot.objects.get(year=2022)
    assert snapshot.source == Snapshot.Source.IMPORT and snapshot.created_by == world.hanne
    assert snapshot.people.count() == 7
    last = snapshot.people.get(unit=world.house_b)
    assert (last.age_group, last.gender, last.origin, last.seniority, last.hours, last.employment_type) == (
        "60+", "mand", "indvandrer", "over-20", "30-36", "deltid")


def test_importing_a_year_again_replaces_it_only_after_confirmation(world, login):
    client = login(world.hanne)
    existing = world.staffstats_snapshot
    before = existing.people.count()
    response = upload(client, existing.year, sheet(*[GOOD] * 8))
    assert response.status_code == 302 and response["Location"] == "/hr/personaleregnskab/import/bekraeft/"
    assert existing.people.count() == before  # nothing replaced yet
    page = client.get("/hr/personaleregnskab/import/bekraeft/")
    assert "Erstat opgørelsen for 2023?" in page.content.decode()
    refused = client.post("/hr/personaleregnskab/import/bekraeft/", {})
    assert refused.status_code == 200 and existing.people.count() == before
    response = client.post("/hr/personaleregnskab/import/bekraeft/", {"confirm": "on"})
    assert response.status_code == 302
    assert Snapshot.objects.get(year=2023).people.count() == 8
    assert Snapshot.objects.get(year=2023).source == Snapshot.Source.IMPORT


def test_cancelling_the_replacement_changes_nothing(world, login):
    client = login(world.hanne)
    before = world.staffstats_snapshot.people.count()
    upload(client, 2023, sheet(*[GOOD] * 8))
    client.post("/hr/personaleregnskab/import/bekraeft/", {"cancel": "1"})
    assert Snapshot.objects.get(year=2023).people.count() == before
    assert client.get("/hr/personaleregnskab/import/bekraeft/").status_code == 302


def test_the_template_has_the_columns_and_imports_once_filled(world, login):
    client = login(world.hanne)
    response = client.get("/hr/personaleregnskab/import/skabelon.xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    assert [cell.value for cell in workbook["Medarbejdere"][1]] == HEADER
    assert "Vejledning" in workbook.sheetnames
    for _i in range(5):
        workbook["Medarbejdere"].append(GOOD)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = upload(client, 2021, SimpleUploadedFile("skabelon.xlsx", buffer.getvalue()))
    assert response.status_code == 302
    assert Snapshot.objects.get(year=2021).people.count() == 5


def test_leadership_may_not_import(world, login):
    response = upload(login(world.lea), 2022, sheet(GOOD))
    assert response.status_code == 403
    assert not Snapshot.objects.filter(year=2022).exists()


# --- Limits: every row counts, and the error list stays readable --------------------------------

def _refused(client, file):
    """Upload `file` for 2022 and check the sheet was refused and nothing saved."""
    rows_before = SnapshotPerson.objects.count()
    response = upload(client, 2022, file)
    assert response.status_code == 200
    assert "Arket blev ikke indlæst. Intet er gemt." in response.content.decode()
    assert not Snapshot.objects.filter(year=2022).exists()
    assert SnapshotPerson.objects.count() == rows_before
    return response


TOO_MANY_ROWS = ("Arket har mere end 4 rækker under overskriftsrækken (tomme rækker med formatering tæller med). "
                 "Slet de tomme rækker under medarbejderne, eller del arket op.")


def test_wrong_rows_count_against_the_row_limit(world, login, monkeypatch):
    from hrtools.staffstats import services

    monkeypatch.setattr(services, "MAX_ROWS", 4)
    bad = ["x"] * len(HEADER)
    response = _refused(login(world.hanne), sheet(*[bad] * 5))
    assert response.context["sheet_errors"] == [TOO_MANY_ROWS]


def test_formatted_empty_rows_count_against_the_row_limit(world, login, monkeypatch):
    from openpyxl.styles import Font

    from hrtools.staffstats import services

    monkeypatch.setattr(services, "MAX_ROWS", 4)
    workbook = Workbook()
    workbook.active.title = "Medarbejdere"
    workbook.active.append(HEADER)
    workbook.active.append(GOOD)
    for number in range(3, 7):
        workbook.active.cell(row=number, column=1).font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = _refused(login(world.hanne), SimpleUploadedFile("loen.xlsx", buffer.getvalue()))
    assert response.context["sheet_errors"] == [TOO_MANY_ROWS]


def test_as_many_rows_as_the_limit_are_read(world, login, monkeypatch):
    from hrtools.staffstats import services

    monkeypatch.setattr(services, "MAX_ROWS", 4)
    response = upload(login(world.hanne), 2022, sheet(GOOD, GOOD, GOOD, GOOD))
    assert response.status_code == 302
    assert Snapshot.objects.get(year=2022).people.count() == 4


def test_a_sheet_of_many_errors_shows_the_first_and_counts_them_all(world, login, monkeypatch):
    from hrtools.staffstats import services

    monkeypatch.setattr(services, "MAX_ERRORS_SHOWN", 3)
    bad = list(GOOD)
    bad[2] = "x"
    response = _refused(login(world.hanne), sheet(*[bad] * 5))
    assert response.context["sheet_errors"] == [
        f"Række {number}, kolonne »Køn«: »x« er ikke en gyldig værdi (mand, kvinde, andet)." for number in (2, 3, 4)]
    page = response.content.decode()
    assert "… og 2 fejl mere, som ikke er vist." in page
    assert "Arket har 5 fejl (se listen ovenfor)." in page
