"""The downloadable import template: the header row, and the plan's valid values beside it."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from strategy.models import Action
from strategy.services import importing


def download(client, year=2023):
    response = client.get(reverse("strategy:action_import_template", args=[year]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == f'attachment; filename="handlinger-{year}-skabelon.xlsx"'
    return load_workbook(io.BytesIO(response.content))


def column(sheet, letter):
    return [cell.value for cell in sheet[letter][1:] if cell.value is not None]


def test_lea_downloads_the_template_with_every_valid_value(world, login):
    workbook = download(login(world.lea))
    assert workbook.sheetnames == ["Handlinger", "Gyldige værdier"]
    headers = [cell.value for cell in workbook["Handlinger"][1]]
    assert headers == ["Pejlemærke", "Handling", "Prioritering", "Ansvarlig enhed", "Ansvarlig", "Status",
                       "Start år", "Start kvartal", "Slut år", "Slut kvartal"]
    assert workbook["Handlinger"].max_row == 1, "no example rows that would be imported"
    values = workbook["Gyldige værdier"]
    assert column(values, "A") == ["Service", "Partnerskaber"]
    assert column(values, "B") == ["service", "partnerskaber"]
    assert column(values, "C") == [1]
    assert column(values, "D") == ["Fokus på det personlige møde"]
    assert {"Nordhuset", "Team Nord", "Sydhuset", "Stab"} <= set(column(values, "F"))
    assert column(values, "I") == ["planlagt", "i gang", "gennemført", "udskudt", "opgivet"]


def test_mias_template_lists_only_her_units(world, login):
    values = download(login(world.mia))["Gyldige værdier"]
    assert column(values, "F") == ["Nordhuset", "Team Nord"]
    assert column(values, "G") == ["nordhuset", "team-nord"]


def test_a_filled_in_template_imports(world, login):
    client = login(world.mia)
    workbook = download(client)
    workbook["Handlinger"].append(["Service", "OBB tester skabelonen", 1, "Team Nord", "alice", "i gang",
                                   2023, 1, 2023, 2])
    output = io.BytesIO()
    workbook.save(output)
    upload = SimpleUploadedFile("skabelon.xlsx", output.getvalue())
    response = client.post(reverse("strategy:action_import", args=[2023]), {"file": upload})
    assert response.context["errors"] == []
    client.post(reverse("strategy:action_import_confirm", args=[2023]), {"token": response.context["token"]})
    action = Action.objects.get(text="OBB tester skabelonen")
    assert (action.unit, action.owner, action.priority, action.status) == (
        world.team_a, world.alice, world.priority, Action.Status.IN_PROGRESS)


def test_the_headers_match_the_import(world):
    assert [str(label) for label in importing.COLUMNS.values()][:2] == ["Pejlemærke", "Handling"]
