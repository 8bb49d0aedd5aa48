"""The agreed development plan as PDF, for the employee and her manager."""

from django.urls import reverse

from reporting.exporters import get_exporter
from reporting.exporters import mus as _mus  # noqa: F401
from tests.hrtools.mus.helpers import hold


def test_the_exporter_is_registered_and_renders_the_plan(world):
    conversation = hold(world.mus_alice, "Referat til planen.")
    exporter = get_exporter("mus-plan-pdf")(conversation)
    html = exporter.render_html()
    assert "Lære at facilitere læsekredse" in html and "Referat til planen." in html
    assert "Udkast" not in html
    export = exporter.render()
    assert export.content.startswith(b"%PDF")
    assert export.filename == f"udviklingsplan-{conversation.round.year}-alice.pdf"


def test_before_the_meeting_the_plan_is_a_draft_without_the_preparation(world):
    html = get_exporter("mus-plan-pdf")(world.mus_alice).render_html()
    assert "Udkast: samtalen er ikke afholdt endnu." in html
    assert "Fortroligt svar fra alice." not in html


def test_the_employee_downloads_her_plan(world, login):
    response = login(world.alice).get(reverse("reporting:mus_plan_pdf", args=[world.mus_alice.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "private, no-store"
    assert login(world.alice).get(reverse("reporting:mus_plan_pdf", args=[world.mus_bob.pk])).status_code == 404
