"""A unit filter makes groups small: the rule holds for the filtered figures in the page, the
PDF and the Excel file alike."""

import io

from openpyxl import load_workbook

from hrtools.staffstats.figures import build_report
from reporting.exporters import get_exporter
from reporting.exporters import staffstats as _staffstats  # noqa: F401


def gender_column(report, year):
    figures = report.get("gender")
    j = figures.table.column_labels.index(year)
    return {label: cells[j].text for label, cells, _ref in figures.rows()}, figures.table.column_totals[j].text


def test_the_whole_organisation_shows_every_number(small_team):
    column, total = gender_column(build_report(), 2024)
    assert column["Kvinde"] == "23" and column["Mand"] == "18" and total == "41"


def test_filtered_to_team_nord_three_women_are_fewer_than_five_and_the_men_are_hidden(small_team, world):
    column, total = gender_column(build_report(world.team_a), 2024)
    # 9 in all is published, so showing the 6 men would give away the 3 women.
    assert column == {"Mand": "skjult", "Kvinde": "færre end 5", "Andet": "0"}
    assert total == "9"


def test_the_page_shows_the_same_suppressed_figures(small_team, world, login):
    response = login(world.lea).get("/hr/personaleregnskab/", {"enhed": world.team_a.pk, "dimension": "gender"})
    assert response.status_code == 200
    figures = response.context["figures"]
    j = figures.table.column_labels.index(2024)
    assert [cells[j].text for _label, cells, _ref in figures.rows()] == ["skjult", "færre end 5", "0"]
    html = response.content.decode()
    assert "færre end 5" in html and "skjult" in html
    # The chart draws no bar for a hidden cell: its shares are unpublished.
    assert all(cells[j].share is None for _label, cells, _ref in figures.rows()[:2])


def test_the_excel_file_shows_the_same_suppressed_figures(small_team, world):
    export = get_exporter("staffstats-xlsx")(unit=world.team_a).render()
    workbook = load_workbook(io.BytesIO(export.content))
    sheet = workbook["Køn"]
    header = [cell.value for cell in sheet[1]]
    col = header.index("2024 antal")
    values = {row[0].value: row[col].value for row in sheet.iter_rows(min_row=2) if row[0].value}
    assert values["Mand"] == "skjult"
    assert values["Kvinde"] == "færre end 5"
    assert values["I alt"] == 9
    assert 6 not in values.values() and 3 not in values.values()


def test_the_pdf_shows_the_same_suppressed_figures(small_team, world):
    exporter = get_exporter("staffstats-pdf")(unit=world.team_a)
    html = exporter.html()
    assert "færre end 5" in html and "skjult" in html
    export = exporter.render()
    assert export.content.startswith(b"%PDF")
    assert export.filename.startswith("personaleregnskab-team-nord-")
