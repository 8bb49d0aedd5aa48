"""The unit view: aggregated gaps per competence, "færre end 5" for small groups, the Excel
export, and no individual's assessment anywhere."""

import io
import re

import pytest
from django.test import RequestFactory
from openpyxl import load_workbook

from hrtools.competences.models import Assessment, Competence
from hrtools.competences.services import current_year, unit_gaps
from obb.models import Unit
from reporting.exporters import get_exporter
from reporting.views_competences import unit_xlsx
from tests.conftest import make_person


def staff_in_team_a(world, count):
    people = [make_person(f"ansat{i}", world.team_a, [], manager=world.mia) for i in range(count)]
    for index, person in enumerate(people):
        Assessment.objects.create(employee=person, competence=world.competence, year=current_year(),
                                  kind="selv", level=2 + index % 3)
    return people


def test_fewer_than_5_assessed_shows_no_numbers(world):
    data = unit_gaps(world.house_a, current_year())
    row = next(r for r in data["rows"] if r.competence == world.competence)
    assert row.suppressed and row.average is None and row.below is None


def test_five_or_more_are_counted(world):
    staff_in_team_a(world, 4)  # alice (manager's 2) + levels 2, 3, 4, 2
    data = unit_gaps(world.house_a, current_year())
    row = next(r for r in data["rows"] if r.competence == world.competence)
    assert not row.suppressed
    assert row.assessed == 5
    assert row.average == pytest.approx(round((2 + 2 + 3 + 4 + 2) / 5, 1))
    assert row.below == 4  # all but the one at level 4 are below the profile
    assert row.average_profile == 4


def test_unit_page_for_mia_shows_counts_and_not_people(world, login):
    staff_in_team_a(world, 4)
    response = login(world.mia).get(f"/hr/kompetencer/enheder/{world.house_a.pk}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Ansat0" not in content and "Fortrolig kommentar" not in content


def test_unit_chooser_refuses_a_unit_that_is_not_yours(world, login):
    client = login(world.otto)
    assert client.get(f"/hr/kompetencer/enheder/?enhed={world.house_a.pk}").status_code == 404
    assert client.get(f"/hr/kompetencer/enheder/?enhed={world.house_b.pk}").status_code == 302
    assert client.get("/hr/kompetencer/enheder/?enhed=abc").status_code == 404


@pytest.mark.parametrize("unit", ["²", "١", " 1", "9" * 5000])
def test_unit_chooser_answers_404_for_a_unit_that_only_looks_like_an_id(world, login, unit):
    # str.isdigit() is true for "²", but it is no id: this was a server error.
    response = login(world.mia).get("/hr/kompetencer/enheder/", {"enhed": unit})
    assert response.status_code == 404
    assert "Siden findes ikke" in response.content.decode()


def test_excel_export_has_the_aggregates_and_writes_formulas_as_text(world):
    Competence.objects.filter(pk=world.competence_unprofiled.pk).update(name="=HYPERLINK(\"x\")")
    staff_in_team_a(world, 4)
    export = get_exporter("competences-unit-xlsx")(unit=world.house_a, year=current_year()).render()
    assert export.filename.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(export.content)).active
    rows = {row[0]: row for row in sheet.iter_rows(min_row=6, values_only=True)}
    assert rows["Værtskab"][1:4] == (5, 2.6, 4)
    assert rows["Digitale kompetencer"][1] == "færre end 5"
    cell = next(cell for row in sheet.iter_rows(min_row=6) for cell in row[:1] if "HYPERLINK" in str(cell.value))
    assert cell.value == '=HYPERLINK("x")'  # unchanged: no apostrophe glued to it
    assert cell.data_type == "s" and cell.quotePrefix


def test_export_view_follows_the_unit_rules(world):
    factory = RequestFactory()

    def get(user, unit):
        request = factory.get(f"/rapporter/kompetencer/enheder/{unit.pk}/excel/")
        request.user = user
        return unit_xlsx(request, unit_id=unit.pk)

    response = get(world.hanne, world.house_a)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    from django.core.exceptions import PermissionDenied
    from django.http import Http404

    with pytest.raises(Http404):
        get(world.otto, world.house_a)
    with pytest.raises(PermissionDenied):
        get(world.alice, world.house_a)


@pytest.mark.parametrize("year", ["²", "²⁰²³", "٢٠٢٣", "1999", "abc", "9" * 5000])
def test_export_answers_404_for_a_year_that_is_not_one(world, login, year):
    response = login(world.hanne).get(f"/rapporter/kompetencer/enheder/{world.house_a.pk}/excel/", {"aar": year})
    assert response.status_code == 404


def test_unit_page_queries_do_not_grow_with_staff(world, login):
    client = login(world.hanne)
    url = f"/hr/kompetencer/enheder/{world.root.pk}/"
    client.get(url)  # warm up sessions and caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(url)
    staff_in_team_a(world, 12)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def shown(unit, competence):
    """The aggregate of `competence` that `unit`'s view shows, or None."""
    row = next(r for r in unit_gaps(unit, current_year())["rows"] if r.competence == competence)
    return None if row.suppressed else (row.assessed, row.average, row.below)


def test_a_unit_and_its_sub_unit_never_differ_by_fewer_than_five_people(world):
    staff_in_team_a(world, 4)  # Team Nord: alice and 4 more assessed
    Assessment.objects.create(employee=world.mia, competence=world.competence, year=current_year(), kind="selv",
                              level=1)  # Nordhuset: the same 5 and mia, placed directly in Nordhuset
    house, team = shown(world.house_a, world.competence), shown(world.team_a, world.competence)
    # Both shown would give away mia's own level: 6 × average minus 5 × average.
    assert house is None or team is None
    units = list(Unit.objects.all())
    for whole in units:
        for part in units:
            if part != whole and part.path.startswith(whole.path):
                both = shown(whole, world.competence), shown(part, world.competence)
                if None not in both:
                    assert both[0][0] - both[1][0] == 0 or both[0][0] - both[1][0] >= 5, (whole, part)


def test_the_page_says_hidden_where_a_sub_unit_would_give_someone_away(world, login):
    staff_in_team_a(world, 4)
    Assessment.objects.create(employee=world.mia, competence=world.competence, year=current_year(), kind="selv",
                              level=1)
    hidden_unit = world.team_a if shown(world.team_a, world.competence) is None else world.house_a
    response = login(world.hanne).get(f"/hr/kompetencer/enheder/{hidden_unit.pk}/")
    row = next(r for r in response.context["data"]["rows"] if r.competence == world.competence)
    assert row.suppressed and not row.small  # five or more assessed, hidden only by the comparison
    assert (row.average, row.below) == (None, None)
    assert suppressed_cell(response.content.decode(), world.competence) == "skjult"


def suppressed_cell(content, competence):
    """The text of the one cell that stands in for `competence`'s numbers on the unit page, or
    None when the page shows its numbers."""
    found = re.search(rf'<th scope="row">{re.escape(competence.name)}</th>\s*'
                      r'<td class="obb-num" colspan="3">([^<]*)</td>', content)
    return found and found.group(1)
