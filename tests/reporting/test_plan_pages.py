"""Staff read the plan, drafts included; a published plan has a public page without login that
shows what the printed plan shows and nothing more."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from strategy.models import Action, KeyFigureRow, KeyFigureTable, Plan
from strategy.services.publication import move_plan

pytestmark = pytest.mark.django_db


def publish(world):
    move_plan(world.plan, Plan.Status.APPROVED, world.lea)
    return move_plan(world.plan, Plan.Status.PUBLISHED, world.lea)


def test_every_member_of_staff_reads_the_draft(world, login):
    for person in (world.alice, world.bob, world.hanne, world.lea):
        response = login(person).get(reverse("reporting:plan_detail", kwargs={"year": 2023}))
        assert response.status_code == 200
        html = response.content.decode()
        assert "OBB afvikler et tværgående værtskabskursus" in html
        assert "Kladde" in html


def test_only_leadership_is_offered_downloads_and_the_workflow(world, login):
    url = reverse("reporting:plan_detail", kwargs={"year": 2023})
    download = reverse("reporting:plan_download", kwargs={"year": 2023, "fmt": "xlsx"})
    approve = reverse("reporting:plan_move", kwargs={"year": 2023, "status": "godkendt"})
    as_lea = login(world.lea).get(url).content.decode()
    assert download in as_lea and approve in as_lea
    as_mia = login(world.mia).get(url).content.decode()
    assert download not in as_mia and approve not in as_mia
    assert login(world.mia).get(download).status_code == 403


def chart_titled(html, title):
    """The SVG chart (role="img") whose own <title> is `title`, or None."""
    found = re.search(rf'<svg[^>]*role="img"[^>]*><title id=[^>]*>{re.escape(title)}</title>.*?</svg>', html,
                      flags=re.S)
    return found and found.group(0)


def test_the_staff_page_shows_the_actions_by_status(world, login):
    world.action_b.status = Action.Status.DONE
    world.action_b.save()
    done = Action.objects.filter(plan=world.plan, status=Action.Status.DONE, is_archived=False).count()
    planned = Action.objects.filter(plan=world.plan, status=Action.Status.PLANNED, is_archived=False).count()
    assert done == 1 and planned >= 1
    response = login(world.alice).get(reverse("reporting:plan_detail", kwargs={"year": 2023}))
    assert ("Gennemført", done) in response.context["status_rows"]
    assert ("Planlagt", planned) in response.context["status_rows"]
    html = response.content.decode()
    chart = chart_titled(html, "Handlinger efter status")
    assert chart
    assert f"<title>Gennemført – {done}</title>" in chart and f"<title>Planlagt – {planned}</title>" in chart
    assert f'<tr><th scope="row">Gennemført</th><td>{done}</td></tr>' in html


def test_the_staff_page_needs_a_fixed_number_of_queries(world, login):
    client = login(world.alice)
    url = reverse("reporting:plan_detail", kwargs={"year": 2023})
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for order in range(40):
        Action.objects.create(plan=world.plan, pejlemaerke=world.partnerskaber, order=10 + order,
                              text=f"Handling {order}")
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_drafts_have_no_public_page(world, client):
    assert client.get(reverse("public_plan:plan", kwargs={"year": 2023})).status_code == 404
    assert client.get(reverse("public_plan:plan_pdf", kwargs={"year": 2023})).status_code == 404
    assert client.get(reverse("public_plan:plan", kwargs={"year": 1999})).status_code == 404


def test_a_published_plan_has_a_public_page_without_owners_or_notes(world, client):
    publish(world)
    response = client.get(reverse("public_plan:plan", kwargs={"year": 2023}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "OBB afvikler et tværgående værtskabskursus" in html
    assert "Værtskabskursus" in html
    assert world.mia.get_full_name() not in html
    assert world.note.text not in html
    assert "Kladde" not in html
    pdf = client.get(reverse("public_plan:plan_pdf", kwargs={"year": 2023}))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content == bytes(world.plan.published_documents.get(format="pdf").content)


def test_anonymous_cannot_read_the_staff_page(world, client):
    response = client.get(reverse("reporting:plan_detail", kwargs={"year": 2023}))
    assert response.status_code == 302


def test_numbers_are_danish_whatever_the_interface_language(world, login):
    table = KeyFigureTable.objects.create(plan=world.plan, slug="budget", title="Budget",
                                          columns=[{"key": "2022", "label": "2022"}])
    KeyFigureRow.objects.create(table=table, label="Løn", values=[62612478])
    KeyFigureRow.objects.create(table=table, order=1, label="Tilskud", values=[-8010657])
    client = login(world.alice)
    html = client.get(reverse("reporting:plan_detail", kwargs={"year": 2023}), HTTP_ACCEPT_LANGUAGE="en").content
    assert "62.612.478" in html.decode() and "\u22128.010.657" in html.decode()
