"""HR and leadership download the personaleregnskab as PDF and Excel, filtered like the page;
everyone else is refused."""

import io

import pytest
from openpyxl import load_workbook

PDF = "/rapporter/personaleregnskab/pdf/"
XLSX = "/rapporter/personaleregnskab/excel/"


def test_leadership_downloads_the_pdf_and_hr_the_excel_file(world, login):
    response = login(world.lea).get(PDF)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    response = login(world.hanne).get(XLSX, {"enhed": world.house_b.pk})
    assert response.status_code == 200
    assert 'filename="personaleregnskab-sydhuset-' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[0] == "Om tallene"
    assert "Køn" in workbook.sheetnames and "Enhed" in workbook.sheetnames
    assert "Sydhuset" in workbook["Om tallene"]["A1"].value


@pytest.mark.parametrize("who", ["alice", "mia", "otto", "adam"])
def test_employees_managers_and_administrators_are_refused_the_downloads(world, login, who):
    client = login(getattr(world, who))
    assert client.get(PDF).status_code == 403
    assert client.get(XLSX).status_code == 403


def test_an_unknown_unit_is_not_found(world, login):
    client = login(world.lea)
    assert client.get(PDF, {"enhed": "999999"}).status_code == 404
    assert client.get(XLSX, {"enhed": "x"}).status_code == 404


@pytest.mark.parametrize("unit", ["²", "١", " 1", "9" * 5000])
def test_a_unit_that_only_looks_like_an_id_is_not_found(world, login, unit):
    # str.isdigit() is true for "²", but int("²") fails: this was a server error.
    client = login(world.hanne)
    assert client.get(PDF, {"enhed": unit}).status_code == 404
    assert client.get(XLSX, {"enhed": unit}).status_code == 404


def test_the_page_links_to_the_downloads_with_its_filter(world, login):
    page = login(world.lea).get("/hr/personaleregnskab/", {"enhed": world.team_a.pk}).content.decode()
    assert f'href="{PDF}?enhed={world.team_a.pk}"' in page
    assert f'href="{XLSX}?enhed={world.team_a.pk}"' in page
