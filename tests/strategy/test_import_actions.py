"""Importing actions from an Excel sheet: upload → preview (or the list of errors) → confirm.

Nothing is saved until the whole sheet is valid and the importer confirms.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import Workbook

from strategy.models import Action, Plan
from strategy.services import importing
from strategy.views.importing import SESSION_KEY

HEADERS = ["Pejlemærke", "Handling", "Prioritering", "Ansvarlig enhed", "Ansvarlig", "Status", "Start år",
           "Start kvartal", "Slut år", "Slut kvartal"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def sheet(*rows, headers=HEADERS, name="handlinger.xlsx"):
    """An uploaded .xlsx whose first row is `headers` and then `rows`."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = "Handlinger"
    if headers is not None:
        worksheet.append(headers)
    for row in rows:
        worksheet.append(list(row))
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile(name, output.getvalue(), content_type=XLSX)


def row(pejlemaerke="Service", text="OBB åbner et nyt læsecafé", priority=None, unit="team-nord", owner=None,
        status=None, start_year=2023, start_quarter=None, end_year=2023, end_quarter=None):
    return [pejlemaerke, text, priority, unit, owner, status, start_year, start_quarter, end_year, end_quarter]


def upload(client, plan, file):
    return client.post(reverse("strategy:action_import", args=[plan.year]), {"file": file})


def confirm(client, plan, token):
    return client.post(reverse("strategy:action_import_confirm", args=[plan.year]), {"token": token})


def errors_of(response):
    return response.context["errors"]


# --- The journey -------------------------------------------------------------------------------

def test_lea_previews_then_confirms_and_every_row_is_created(world, login):
    client = login(world.lea)
    before = Action.objects.count()
    response = upload(client, world.plan, sheet(
        row(text="OBB åbner et nyt læsecafé", priority=1, unit="Team Nord", owner="mia", status="i gang",
            start_quarter=2, end_quarter=4),
        row(pejlemaerke="partnerskaber", text="OBB indgår aftale med Odense Zoo", unit="sydhuset",
            owner="Otto Testesen", status="Planlagt", start_year=None, end_year=None),
    ))
    assert response.status_code == 200
    assert response.context["errors"] == []
    assert [r.number for r in response.context["rows"]] == [2, 3]
    assert "OBB indgår aftale med Odense Zoo" in response.content.decode()
    assert Action.objects.count() == before, "the preview saves nothing"

    response = confirm(client, world.plan, response.context["token"])

    assert response.status_code == 302
    assert response["Location"] == reverse("strategy:plan_detail", args=[2023])
    assert Action.objects.count() == before + 2
    cafe = Action.objects.get(text="OBB åbner et nyt læsecafé")
    assert (cafe.plan, cafe.pejlemaerke, cafe.priority, cafe.unit, cafe.owner) == (
        world.plan, world.service, world.priority, world.team_a, world.mia)
    assert cafe.status == Action.Status.IN_PROGRESS
    assert (cafe.start_year, cafe.start_quarter, cafe.end_year, cafe.end_quarter) == (2023, 2, 2023, 4)
    assert cafe.order == 2, "after the two service actions already in the plan"
    assert cafe.history.first().history_user == world.lea
    zoo = Action.objects.get(text="OBB indgår aftale med Odense Zoo")
    assert (zoo.pejlemaerke, zoo.unit, zoo.owner, zoo.status) == (
        world.partnerskaber, world.house_b, world.otto, Action.Status.PLANNED)
    assert zoo.order == 1 and zoo.priority is None and zoo.start_year is None
    assert SESSION_KEY not in client.session


def test_status_defaults_to_planned_and_columns_may_be_left_out(world, login):
    client = login(world.lea)
    response = upload(client, world.plan, sheet(["Service", "OBB holder åbent hus"], headers=["Pejlemærke",
                                                                                                "Handling"]))
    confirm(client, world.plan, response.context["token"])
    action = Action.objects.get(text="OBB holder åbent hus")
    assert action.status == Action.Status.PLANNED and action.unit is None


def test_priority_by_its_text_and_headers_in_another_case(world, login):
    client = login(world.lea)
    headers = [header.upper() for header in HEADERS]
    response = upload(client, world.plan, sheet(row(priority="fokus på det personlige  møde"), headers=headers))
    assert response.context["errors"] == []
    assert response.context["rows"][0].action.priority == world.priority


def test_confirming_twice_creates_the_actions_once(world, login):
    client = login(world.lea)
    token = upload(client, world.plan, sheet(row())).context["token"]
    before = Action.objects.count()
    confirm(client, world.plan, token)
    response = confirm(client, world.plan, token)
    assert response.status_code == 302
    assert response["Location"] == reverse("strategy:action_import", args=[2023])
    assert Action.objects.count() == before + 1


def test_a_forged_token_creates_nothing(world, login):
    client = login(world.lea)
    upload(client, world.plan, sheet(row()))
    before = Action.objects.count()
    response = confirm(client, world.plan, "gaet-token")
    assert response.status_code == 302
    assert Action.objects.count() == before
    assert SESSION_KEY in client.session, "a wrong token does not spend the real preview"


def test_a_preview_for_one_plan_cannot_be_confirmed_for_another(world, login):
    Plan.objects.create(year=2022, title="Det gør vi 2022", strategy=world.strategy)
    client = login(world.lea)
    token = upload(client, world.plan, sheet(row())).context["token"]
    before = Action.objects.count()
    response = client.post(reverse("strategy:action_import_confirm", args=[2022]), {"token": token})
    assert response.status_code == 302
    assert Action.objects.count() == before


def test_rows_are_checked_again_when_confirmed(world, login):
    client = login(world.mia)
    token = upload(client, world.plan, sheet(row(unit="team-nord"))).context["token"]
    # Meanwhile mia hands Team Nord's house over to otto.
    world.house_a.manager = world.otto
    world.house_a.save()
    before = Action.objects.count()
    response = confirm(client, world.plan, token)
    assert response.status_code == 200
    assert any("Ansvarlig enhed" in error for error in errors_of(response))
    assert Action.objects.count() == before


# --- Managers import for their own units --------------------------------------------------------

def test_mia_imports_for_her_team(world, login):
    client = login(world.mia)
    response = upload(client, world.plan, sheet(row(unit="team-nord"), row(text="OBB maler døren", unit="Nordhuset")))
    assert response.context["errors"] == []
    confirm(client, world.plan, response.context["token"])
    assert Action.objects.filter(text="OBB maler døren", unit=world.house_a).exists()


def test_mia_cannot_import_for_ottos_house(world, login):
    client = login(world.mia)
    before = Action.objects.count()
    response = upload(client, world.plan, sheet(row(), row(text="OBB maler Sydhuset", unit="sydhuset"),
                                                row(text="OBB uden enhed", unit=None)))
    assert errors_of(response) == [
        "Række 3, kolonne »Ansvarlig enhed«: Du kan kun importere handlinger for de enheder, du er leder for, "
        "og »Sydhuset« er ikke en af dem.",
        "Række 4, kolonne »Ansvarlig enhed«: Skriv den ansvarlige enhed (en af de enheder, du er leder for).",
    ]
    assert response.context["token"] is None
    assert SESSION_KEY not in client.session
    assert Action.objects.count() == before


@pytest.mark.parametrize("person", ["alice", "hanne", "adam"])
def test_employees_hr_and_the_administrator_cannot_import(world, login, person):
    client = login(getattr(world, person))
    before = Action.objects.count()
    assert upload(client, world.plan, sheet(row())).status_code == 403
    assert client.post(reverse("strategy:action_import_confirm", args=[2023]), {"token": "x"}).status_code == 403
    assert Action.objects.count() == before


def test_unknown_year_is_404(world, login):
    assert login(world.lea).get(reverse("strategy:action_import", args=[1999])).status_code == 404


# --- Bad input: a clear Danish error and nothing saved ------------------------------------------

@pytest.fixture
def refused(world, login):
    """refused(file) uploads `file` as lea and returns the page, checking that nothing was saved."""
    client = login(world.lea)

    def _refused(file):
        before = Action.objects.count()
        response = upload(client, world.plan, file)
        assert response.status_code == 200
        assert response.context["token"] is None
        assert SESSION_KEY not in client.session
        assert Action.objects.count() == before
        return response

    return _refused


def field_errors(response):
    return response.context["form"].errors.get("file", [])


def test_unknown_pejlemaerke_is_named_by_row_and_column(refused):
    response = refused(sheet(row(), row(text="OBB giver kaffe"), row(pejlemaerke="Servise")))
    assert errors_of(response) == ["Række 4, kolonne »Pejlemærke«: »Servise« er ikke et pejlemærke i planen."]
    assert "Række 4, kolonne »Pejlemærke«: »Servise« er ikke et pejlemærke i planen." in response.content.decode()


@pytest.mark.parametrize("content, name", [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "handlinger.xlsx"),
    ("Pejlemærke;Handling\nService;OBB læser\n".encode(), "handlinger.xlsx"),
    (b"PK\x03\x04 not really a zip archive", "handlinger.xlsx"),
])
def test_a_file_that_is_not_excel_is_refused(refused, content, name):
    response = refused(SimpleUploadedFile(name, content, content_type=XLSX))
    assert field_errors(response) == [
        "Filen er ikke et Excel-regneark (.xlsx). Gem arket som Excel-projektmappe og prøv igen."]


def test_a_file_over_the_size_limit_is_refused(refused, settings):
    settings.MAX_UPLOAD_MB = 1
    big = SimpleUploadedFile("handlinger.xlsx", b"PK" + b"\0" * (1024 * 1024), content_type=XLSX)
    response = refused(big)
    assert field_errors(response) == ["Filen er for stor (1.0 MB). Den må højst fylde 1 MB."]


def test_a_real_workbook_over_the_size_limit_is_refused_before_it_is_read(refused, settings):
    import secrets

    settings.MAX_UPLOAD_MB = 1
    # A genuine sheet of valid rows, made big with text that does not compress.
    file = sheet(*(row(text=f"OBB prøver {secrets.token_hex(40)}") for _number in range(16_000)))
    assert file.size > 1024 * 1024
    response = refused(file)
    assert field_errors(response) == [
        f"Filen er for stor ({file.size / 1024 / 1024:.1f} MB). Den må højst fylde 1 MB."]
    assert "Filen er for stor" in response.content.decode()
    assert "rows" not in response.context or not response.context["rows"]


def test_no_file_at_all(world, login):
    response = login(world.lea).post(reverse("strategy:action_import", args=[2023]), {})
    assert response.context["form"].errors["file"] == ["Vælg det Excel-ark, der skal importeres."]


def test_missing_columns_are_named(refused):
    response = refused(sheet(["Service"], headers=["Pejlemærke", "Ansvarlig enhed"]))
    errors = field_errors(response)
    assert "Kolonnen »Handling« mangler." in errors
    assert any(error.startswith("Første række skal være overskrifterne fra skabelonen") for error in errors)


def test_unknown_and_repeated_columns_are_named(refused):
    response = refused(sheet(["Service", "OBB læser", "x", "y"],
                             headers=["Pejlemærke", "Handling", "Ansvar", "handling"]))
    errors = field_errors(response)
    assert "Kolonnen »Ansvar« kendes ikke." in errors
    assert "Kolonnen »Handling« står der to gange." in errors


def test_an_empty_sheet_is_refused(refused):
    assert field_errors(refused(sheet(headers=None))) == [
        "Arket er tomt. Hent skabelonen, og skriv én handling pr. række under overskrifterne."]


def test_a_sheet_with_only_headers_is_refused(refused):
    assert field_errors(refused(sheet(["", None, "  "]))) == ["Arket har ingen handlinger under overskriftsrækken."]


def test_formula_cells_are_refused(refused):
    response = refused(sheet(row(text="=HYPERLINK(\"http://example.org\",\"klik\")"), row(start_year="=2022+1")))
    assert errors_of(response) == [
        "Række 2, kolonne »Handling«: Cellen indeholder en formel. Skriv værdien i stedet for formlen.",
        "Række 3, kolonne »Start år«: Cellen indeholder en formel. Skriv værdien i stedet for formlen.",
    ]


def test_html_is_stored_as_text_and_shown_escaped(world, login):
    client = login(world.lea)
    text = '<script>alert("x")</script> OBB <b>fed</b>'
    response = upload(client, world.plan, sheet(row(text=text)))
    page = response.content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; OBB &lt;b&gt;fed&lt;/b&gt;" in page
    confirm(client, world.plan, response.context["token"])
    assert Action.objects.filter(text=text).exists()


def test_an_unknown_pejlemaerke_containing_html_is_shown_escaped(refused):
    page = refused(sheet(row(pejlemaerke="<img src=x onerror=alert(1)>"))).content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_every_kind_of_bad_cell_has_its_own_message(world, refused):
    response = refused(sheet(
        row(text=None),
        row(pejlemaerke=None, text="OBB uden pejlemærke"),
        row(text="OBB med ukendt prioritering", priority=7),
        row(text="OBB med ukendt enhed", unit="Månebasen"),
        row(text="OBB med ukendt ansvarlig", owner="Ingen Ingensen"),
        row(text="OBB med ukendt status", status="færdig"),
        row(text="OBB med forkert kvartal", start_quarter=5),
        row(text="OBB med forkert år", end_year="næste år"),
        row(text="OBB slutter før start", start_year=2024, end_year=2023),
        row(text=world.action_a.text),
        row(text="x" * (importing.MAX_TEXT_LENGTH + 1)),
    ))
    assert errors_of(response) == [
        "Række 2, kolonne »Handling«: Skriv handlingen.",
        "Række 3, kolonne »Pejlemærke«: Skriv pejlemærkets navn.",
        "Række 4, kolonne »Prioritering«: »7« er ikke en prioritering under pejlemærket »Service«. "
        "Skriv prioriteringens nummer (1–1) eller dens tekst.",
        "Række 5, kolonne »Ansvarlig enhed«: »Månebasen« er ikke en enhed.",
        "Række 6, kolonne »Ansvarlig«: »Ingen Ingensen« er ikke en medarbejder. Skriv brugernavn eller fulde navn.",
        "Række 7, kolonne »Status«: »færdig« er ikke en status. "
        "Skriv en af: planlagt, i gang, gennemført, udskudt, opgivet.",
        "Række 8, kolonne »Start kvartal«: »5« er ikke et kvartal. Skriv 1, 2, 3 eller 4.",
        "Række 9, kolonne »Slut år«: »næste år« er ikke et årstal (skriv fx 2024).",
        "Række 10, kolonne »Slut år«: Handlingen kan ikke slutte, før den starter.",
        "Række 11, kolonne »Handling«: Handlingen står allerede under pejlemærket »Service« i planen.",
        f"Række 12, kolonne »Handling«: Teksten er for lang ({importing.MAX_TEXT_LENGTH + 1} tegn). "
        f"Den må højst være {importing.MAX_TEXT_LENGTH} tegn.",
    ]


def test_numbers_that_only_look_like_digits_get_the_danish_message(refused):
    # str.isdigit() is true for "²", but int("²") fails: a priority of "²" was a server error,
    # and a year or quarter of "²" showed Python's English error text.
    response = refused(sheet(
        row(text="OBB med hævet prioritering", priority="²"),
        row(text="OBB med hævet startår", start_year="²"),
        row(text="OBB med hævet kvartal", start_quarter="²"),
        row(text="OBB med arabisk slutår", end_year="٢٠٢٣"),
        row(text="OBB med arabisk kvartal", end_quarter="٤."),
        row(text="OBB med kæmpe år", end_year="9" * 5000),
    ))
    assert errors_of(response) == [
        "Række 2, kolonne »Prioritering«: »²« er ikke en prioritering under pejlemærket »Service«. "
        "Skriv prioriteringens nummer (1–1) eller dens tekst.",
        "Række 3, kolonne »Start år«: »²« er ikke et årstal (skriv fx 2024).",
        "Række 4, kolonne »Start kvartal«: »²« er ikke et kvartal. Skriv 1, 2, 3 eller 4.",
        "Række 5, kolonne »Slut år«: »٢٠٢٣« er ikke et årstal (skriv fx 2024).",
        "Række 6, kolonne »Slut kvartal«: »٤« er ikke et kvartal. Skriv 1, 2, 3 eller 4.",
        f"Række 7, kolonne »Slut år«: »{'9' * 5000}« er ikke et årstal (skriv fx 2024).",
    ]
    assert "invalid literal" not in response.content.decode()


def test_numbers_written_as_text_are_read(world, login):
    response = upload(login(world.lea), world.plan, sheet(
        row(priority="1.", start_year="2023", start_quarter="2.", end_year="2023", end_quarter="4")))
    assert response.context["errors"] == []
    action = response.context["rows"][0].action
    assert (action.priority, action.start_year, action.start_quarter, action.end_year, action.end_quarter) == (
        world.priority, 2023, 2, 2023, 4)


def test_the_same_action_twice_in_the_sheet_is_an_error(refused):
    response = refused(sheet(row(text="OBB læser højt"), row(text="OBB  læser højt")))
    assert errors_of(response) == ["Række 3, kolonne »Handling«: Handlingen står også i række 2 under samme "
                                   "pejlemærke."]


def test_dates_in_cells_are_refused(refused):
    from datetime import date

    response = refused(sheet(row(start_year=date(2023, 1, 1))))
    assert errors_of(response) == ["Række 2, kolonne »Start år«: Cellen indeholder en dato eller et klokkeslæt. "
                                   "Skriv et tal eller en tekst."]


TOO_MANY_ROWS = ("Arket har mere end 3 rækker under overskriftsrækken (tomme rækker med formatering tæller med). "
                 "Slet de tomme rækker under handlingerne, eller del arket op.")


def test_too_many_rows_are_refused(refused, monkeypatch):
    monkeypatch.setattr(importing, "MAX_ROWS", 3)
    response = refused(sheet(*(row(text=f"OBB handling {n}") for n in range(4))))
    assert field_errors(response) == [TOO_MANY_ROWS]


def test_as_many_rows_as_the_limit_are_read(refused, monkeypatch):
    monkeypatch.setattr(importing, "MAX_ROWS", 3)
    response = refused(sheet(row(text="OBB en"), row(text="OBB to"), row(text="OBB tre", pejlemaerke="Ukendt")))
    assert errors_of(response) == ["Række 4, kolonne »Pejlemærke«: »Ukendt« er ikke et pejlemærke i planen."]


def test_formatted_empty_rows_count_against_the_limit(refused, monkeypatch):
    """Styled cells without a value are rows Excel writes and the import must read, so they count."""
    from openpyxl.styles import Font

    monkeypatch.setattr(importing, "MAX_ROWS", 3)
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = "Handlinger"
    worksheet.append(HEADERS)
    worksheet.append(row(text="OBB en"))
    for number in range(3, 8):
        worksheet.cell(row=number, column=1).font = Font(bold=True)
    output = io.BytesIO()
    workbook.save(output)
    response = refused(SimpleUploadedFile("handlinger.xlsx", output.getvalue(), content_type=XLSX))
    assert field_errors(response) == [TOO_MANY_ROWS]


def test_empty_rows_are_skipped_and_row_numbers_stay_as_in_excel(refused):
    response = refused(sheet(row(), [None] * 10, [], row(text="OBB anden", pejlemaerke="Ukendt")))
    assert errors_of(response) == ["Række 5, kolonne »Pejlemærke«: »Ukendt« er ikke et pejlemærke i planen."]


# --- A published plan refuses imports -----------------------------------------------------------

def test_a_published_plan_refuses_imports(world, login):
    Plan.objects.filter(pk=world.plan.pk).update(status=Plan.Status.PUBLISHED)
    client = login(world.lea)
    page = client.get(reverse("strategy:action_import", args=[2023]))
    assert "Planen er offentliggjort" in page.content.decode()
    assert 'type="file"' not in page.content.decode()
    before = Action.objects.count()
    response = upload(client, world.plan, sheet(row()))
    assert response.status_code == 200
    assert response.context["token"] is None
    assert Action.objects.count() == before


def test_a_plan_published_between_preview_and_confirm_refuses_the_import(world, login):
    client = login(world.lea)
    token = upload(client, world.plan, sheet(row())).context["token"]
    Plan.objects.filter(pk=world.plan.pk).update(status=Plan.Status.PUBLISHED)
    before = Action.objects.count()
    response = confirm(client, world.plan, token)
    assert errors_of(response) == ["Planen for 2023 er offentliggjort. Der kan ikke importeres handlinger til en "
                                   "offentliggjort plan."]
    assert Action.objects.count() == before


def test_the_whole_sheet_is_saved_in_one_transaction(world, login, monkeypatch):
    """A failure while saving the second row leaves the first unsaved too."""
    client = login(world.lea)
    token = upload(client, world.plan, sheet(row(text="OBB første"), row(text="OBB anden"))).context["token"]
    original_save = Action.save

    def failing_save(self, *args, **kwargs):
        if self.text == "OBB anden":
            raise RuntimeError("disk full")
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(Action, "save", failing_save)
    before = Action.objects.count()
    with pytest.raises(RuntimeError):
        confirm(client, world.plan, token)
    assert Action.objects.count() == before


# --- Pages --------------------------------------------------------------------------------------

def test_upload_page_for_a_manager(world, login):
    response = login(world.mia).get(reverse("strategy:action_import", args=[2023]))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in page
    assert '<label class="form-label" for="id_file">' in page
    assert reverse("strategy:action_import_template", args=[2023]) in page
    assert "Du kan importere handlinger for de enheder, du er leder for." in page


def test_the_preview_takes_the_same_number_of_queries_for_1_and_for_25_rows(world, login):
    client = login(world.lea)

    def queries_for(count):
        file = sheet(*(row(text=f"OBB handling nr. {n}", owner="mia", priority=1) for n in range(count)))
        with CaptureQueriesContext(connection) as context:
            response = upload(client, world.plan, file)
        assert len(response.context["rows"]) == count
        return len(context.captured_queries)

    assert queries_for(1) == queries_for(25)


def test_the_configured_size_limit_is_checked_before_the_file_is_read(settings):
    """At the configured limit (MAX_UPLOAD_MB, 10 MB by default) without sending that much through the
    test client."""
    from django.core.exceptions import ValidationError

    file = sheet(row())
    file.size = settings.MAX_UPLOAD_MB * 1024 * 1024 + 1
    with pytest.raises(ValidationError) as error:
        importing.read_sheet(file)
    assert error.value.messages[0].startswith("Filen er for stor")
    assert error.value.messages[0].endswith(f"Den må højst fylde {settings.MAX_UPLOAD_MB} MB.")
