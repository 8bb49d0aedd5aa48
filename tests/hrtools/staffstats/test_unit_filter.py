"""A unit filter makes groups small: the rule holds for the filtered figures in the page, the
PDF and the Excel file alike."""

import io
from collections import Counter
from fractions import Fraction

import pytest
from openpyxl import load_workbook

from hrtools.staffstats.dimensions import BY_KEY, UNKNOWN
from hrtools.staffstats.figures import build_report
from hrtools.staffstats.forms import FilterForm
from hrtools.staffstats.models import Snapshot, SnapshotPerson
from obb.models import Unit
from reporting.exporters import get_exporter
from reporting.exporters import staffstats as _staffstats  # noqa: F401
from tests.hrtools.staffstats.conftest import person
from tests.reporting.pdftext import read_pdf


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
    assert export.filename.startswith("personaleregnskab-team-nord-")
    text = read_pdf(export.content).full_text()
    assert "færre end 5" in text and "skjult" in text


# --- No two filters together give away a group of fewer than 5 ---------------------------------


def every_offered_filter():
    """The whole organisation (None) and every unit the filter offers."""
    return [None, *FilterForm().fields["enhed"].queryset]


def column(report, key, year):
    """({label: published number or None}, published total or None) of one year of one dimension."""
    figures = report.get(key)
    j = figures.table.column_labels.index(year)
    return ({label: cells[j].value for label, cells, _ref in figures.rows()},
            figures.table.column_totals[j].value)


def differences_one_can_compute(whole, part, key, year):
    """What `whole` minus `part` gives per category (and in all) from their published numbers,
    including a category left over when the totals and every other category are known. A row
    missing from a table is a published 0."""
    whole_cells, whole_total = column(whole, key, year)
    part_cells, part_total = column(part, key, year)
    differences = {}
    for label, value in whole_cells.items():
        part_value = part_cells.get(label, 0)
        differences[label] = None if value is None or part_value is None else value - part_value
    total = None if whole_total is None or part_total is None else whole_total - part_total
    unknown = [label for label, value in differences.items() if value is None]
    if total is not None and len(unknown) == 1:
        differences[unknown[0]] = total - sum(value for value in differences.values() if value is not None)
    return [value for value in [*differences.values(), total] if value is not None]


def nested_pairs(scopes):
    """(whole, part) for every filter and every filter inside it (the whole organisation holds all)."""
    return [(whole, part) for whole in scopes for part in scopes
            if part is not None and part != whole and (whole is None or part.path.startswith(whole.path))]


@pytest.fixture
def two_houses_and_a_small_staff_office(world):
    """2024: 10 women placed directly in Nordhuset, 20 in Sydhuset and 3 in Stab, so that the
    organisation minus both houses is Stab's 3."""
    snapshot = Snapshot.objects.create(year=2024, counted_on="2024-12-31", source=Snapshot.Source.IMPORT)
    people = [person(snapshot, world.house_a) for _i in range(10)]
    people += [person(snapshot, world.house_b) for _i in range(20)]
    people += [person(snapshot, world.stab) for _i in range(3)]
    SnapshotPerson.objects.bulk_create(people)
    return snapshot


@pytest.fixture(params=["small_team", "two_houses_and_a_small_staff_office"])
def test_data(request, world):
    return request.getfixturevalue(request.param)


def test_subtracting_one_filter_from_another_never_gives_a_group_of_one_to_four(test_data):
    scopes = every_offered_filter()
    reports = {scope: build_report(scope) for scope in scopes}
    for whole, part in nested_pairs(scopes):
        for key in BY_KEY:
            exposed = [value for value in differences_one_can_compute(reports[whole], reports[part], key, 2024)
                       if 0 < value < 5]
            assert not exposed, f"{whole or 'OBB'} minus {part}, {key}: {exposed}"


def test_everything_every_filter_publishes_together_solves_no_group_of_one_to_four(test_data):
    """Each published number is an equation over the staff placed directly in each unit; no
    combination of them may pin down a group of 1–4 (a unit's direct staff, its subtree, or
    the difference between two filters), per category or in all."""
    units = list(Unit.objects.order_by("path"))
    places = [None, *(unit.pk for unit in units)]
    scopes = every_offered_filter()
    reports = {scope: build_report(scope) for scope in scopes}

    def placed_in(scope):
        return {None, *places[1:]} if scope is None else {u.pk for u in units if u.path.startswith(scope.path)}

    for key, dimension in BY_KEY.items():
        codes = [code for code, _label in dimension.categories] + [UNKNOWN]
        label_code = {str(dimension.label_of(code)): code for code in codes}
        variables = [(place, code) for place in places for code in codes]
        truth = Counter((unit_id, code) for unit_id, code in SnapshotPerson.objects.filter(snapshot__year=2024)
                        .values_list("unit_id", key))

        def vector(groups, of_codes, variables=variables):
            return [Fraction(int(place in groups and code in of_codes)) for place, code in variables]

        basis = {}
        for scope, report in reports.items():
            cells, total = column(report, key, 2024)
            for label, value in cells.items():
                if value is not None:
                    _add(basis, vector(placed_in(scope), {label_code[label]}))
            if total is not None:
                _add(basis, vector(placed_in(scope), set(codes)))
            unit_cells, _total = column(report, "unit", 2024)
            for label, value in unit_cells.items():
                if value is not None:
                    _add(basis, vector(_places_of_unit_row(label, units, placed_in), set(codes)))

        groups = [placed_in(scope) for scope in scopes] + [{place} for place in places]
        groups += [placed_in(whole) - placed_in(part) for whole, part in nested_pairs(scopes)]
        for group in groups:
            for of_codes in [{code} for code in codes] + [set(codes)]:
                size = sum(truth[(place, code)] for place in group for code in of_codes)
                if 0 < size < 5:
                    assert any(_reduce(basis, vector(group, of_codes))), f"{key}: {group} {of_codes} = {size}"


def _places_of_unit_row(label, units, placed_in):
    if label == "Ukendt enhed":
        return {None}
    for unit in units:
        if label == f"{unit.name} (direkte)":
            return {unit.pk}
        if label == unit.name:
            return placed_in(unit)
    raise AssertionError(label)


def _reduce(basis, vector):
    """`vector` minus its part in the span of `basis` (rows in reduced echelon form, by pivot)."""
    for pivot, row in basis.items():
        if vector[pivot]:
            factor = vector[pivot]
            vector = [a - factor * b for a, b in zip(vector, row, strict=True)]
    return vector


def _add(basis, vector):
    vector = _reduce(basis, vector)
    pivot = next((i for i, a in enumerate(vector) if a), None)
    if pivot is None:
        return
    vector = [a / vector[pivot] for a in vector]
    for other, row in basis.items():
        if row[pivot]:
            basis[other] = [a - row[pivot] * b for a, b in zip(row, vector, strict=True)]
    basis[pivot] = vector
