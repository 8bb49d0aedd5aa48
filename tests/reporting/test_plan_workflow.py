"""Leadership approves and publishes the year's plan; publishing keeps its PDF and HTML as they
were, and nobody else moves the plan."""

import hashlib

import pytest
from django.urls import reverse

from reporting.models import PublishedDocument
from strategy.models import Plan
from tests.reporting.pdftext import read_pdf

pytestmark = pytest.mark.django_db

NOT_LEADERSHIP = ["alice", "mia", "otto", "hanne", "adam"]


def move_url(plan, status):
    return reverse("reporting:plan_move", kwargs={"year": plan.year, "status": status})


@pytest.mark.parametrize("person", NOT_LEADERSHIP)
@pytest.mark.parametrize("status", ["godkendt", "offentliggjort"])
def test_only_leadership_approves_and_publishes(world, login, person, status):
    if status == "offentliggjort":
        world.plan.move_to(Plan.Status.APPROVED, world.lea)
    client = login(getattr(world, person))
    assert client.get(move_url(world.plan, status)).status_code == 403
    assert client.post(move_url(world.plan, status)).status_code == 403
    world.plan.refresh_from_db()
    assert world.plan.status != status
    assert not PublishedDocument.objects.exists()


def test_anonymous_is_sent_to_log_in(world, client):
    response = client.post(move_url(world.plan, "godkendt"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    world.plan.refresh_from_db()
    assert world.plan.is_draft


def test_lea_approves_after_a_confirmation_page_and_can_send_it_back(world, login):
    client = login(world.lea)
    page = client.get(move_url(world.plan, "godkendt"))
    assert page.status_code == 200
    assert "Godkend planen" in page.content.decode()
    world.plan.refresh_from_db()
    assert world.plan.is_draft, "the confirmation page changes nothing"

    response = client.post(move_url(world.plan, "godkendt"))
    assert response.status_code == 302
    world.plan.refresh_from_db()
    assert world.plan.status == "godkendt" and world.plan.approved_by == world.lea

    client.post(move_url(world.plan, "kladde"))
    world.plan.refresh_from_db()
    assert world.plan.is_draft and world.plan.approved_by is None


def test_a_move_the_workflow_does_not_allow_is_not_found(world, login):
    client = login(world.lea)
    assert client.post(move_url(world.plan, "offentliggjort")).status_code == 404
    assert client.post(move_url(world.plan, "findes-ikke")).status_code == 404
    world.plan.refresh_from_db()
    assert world.plan.is_draft


def test_the_draft_pdf_is_marked_and_the_approved_one_is_not(world, login):
    client = login(world.lea)
    download = reverse("reporting:plan_download", kwargs={"year": 2023, "fmt": "pdf"})
    draft = client.get(download)
    assert draft["Content-Type"] == "application/pdf"
    assert "attachment" in draft["Content-Disposition"]
    assert all("KLADDE" in page for page in read_pdf(draft.content).page_texts())
    client.post(move_url(world.plan, "godkendt"))
    approved = read_pdf(client.get(download).content)
    assert "KLADDE" not in approved.full_text()


def test_publishing_stores_the_pdf_and_html_and_serves_them_unchanged(world, login):
    client = login(world.lea)
    client.post(move_url(world.plan, "godkendt"))
    client.post(move_url(world.plan, "offentliggjort"))
    world.plan.refresh_from_db()
    assert world.plan.is_published and world.plan.published_by == world.lea
    stored = {doc.format: doc for doc in PublishedDocument.objects.filter(plan=world.plan)}
    assert set(stored) == {"pdf", "html"}
    assert stored["pdf"].sha256 == hashlib.sha256(bytes(stored["pdf"].content)).hexdigest()
    assert stored["pdf"].created_by == world.lea
    assert stored["pdf"].history.count() == 1

    # An action's text changes afterwards (actions live on through the year): the PDF does not.
    world.action_a.text = "En helt ny tekst"
    world.action_a.save()
    for fmt in ("pdf", "html"):
        response = client.get(reverse("reporting:plan_download", kwargs={"year": 2023, "fmt": fmt}))
        assert response.content == bytes(stored[fmt].content)
    assert "En helt ny tekst" not in bytes(stored["html"].content).decode()
    # A published plan cannot be moved again.
    assert client.post(move_url(world.plan, "kladde")).status_code == 404
