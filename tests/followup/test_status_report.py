"""The status report of a closed round: per pejlemærke the actions by status, the late ones with
their notes, what changed, the indicators against the year's targets; as HTML and as a tagged
PDF, for leadership only, and from the command line."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from strategy.followup.services import answer_item, close_round
from strategy.models import Action
from tests.reporting.pdftext import read_pdf


def _answer(item, person, status, *, late=False, note=""):
    item.refresh_from_db()
    action = Action.objects.get(pk=item.action_id)
    answer_item(item, user=person, status=status, is_delayed=late, note=note, expected_version=item.version,
                expected_action_version=action.version)


@pytest.fixture
def closed(world):
    _answer(world.item_a, world.mia, "i_gang", late=True, note="Underviseren er syg.")
    _answer(world.item_b, world.otto, "gennemfoert")
    close_round(world.followup_round, user=world.lea)
    Action.objects.filter(pk=world.action_a.pk).update(text="Ændret efter lukningen")
    return world.followup_round


def test_the_html_report_tells_each_pejlemaerke_its_statuses_late_actions_changes_and_indicators(world, login,
                                                                                                  closed):
    response = login(world.lea).get(reverse("reporting:status_report", args=[closed.pk, "html"]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="statusrapport-2023-runde-1.html"'
    html = response.content.decode()
    assert f"Statusrapport – Det gør vi 2023 pr. {closed.title.removeprefix('Opfølgning pr. ')}" in html
    assert "1. Service" in html and "2. Partnerskaber" in html
    assert "OBB afvikler et tværgående værtskabskursus" in html and "Ændret efter lukningen" not in html
    assert "Underviseren er syg." in html
    assert "OBB styrker samarbejdet med Syddansk Universitet: Planlagt → Gennemført" in html
    assert "Besøg på bibliotekerne" in html and "Tæt på" in html
    assert "2 af 3 handlinger blev besvaret" in html


def test_the_pdf_is_a_tagged_danish_pdf(world, login, closed):
    response = login(world.lea).get(reverse("reporting:status_report", args=[closed.pk, "pdf"]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = read_pdf(response.content)
    catalog = reader.text(reader.catalog)
    assert re.search(r"/StructTreeRoot\s+\d+ 0 R", catalog) and "/Lang (da)" in catalog
    text = "\n".join(reader.page_texts())
    assert "Statusrapport" in text and "Partnerskaber" in text and "Underviseren er syg." in text


def test_only_leadership_gets_the_report_and_only_of_a_closed_round(world, login):
    url = reverse("reporting:status_report", args=[world.followup_round.pk, "html"])
    assert login(world.lea).get(url).status_code == 404  # still open
    close_round(world.followup_round, user=world.lea)
    for person in (world.mia, world.alice, world.hanne):
        assert login(person).get(url).status_code == 403
    assert login(world.lea).get(reverse("reporting:status_report",
                                        args=[world.followup_round.pk, "xlsx"])).status_code == 404


def test_the_command_writes_the_report(world, closed, tmp_path):
    target = tmp_path / "rapport.html"
    out = StringIO()
    call_command("export_status_report", "2023", "--format", "html", "--output", str(target), stdout=out)
    assert "Underviseren er syg." in target.read_text(encoding="utf-8")
    assert "skrevet" in out.getvalue()
    with pytest.raises(CommandError, match="Planen for 2023 har ingen lukket opfølgningsrunde med nummer 7."):
        call_command("export_status_report", "2023", "--round", "7", stdout=StringIO())
