"""The public page and PDF of a published plan show what the printed plan shows: the actions,
but not who owns them nor the progress notes written on them through the year."""

import pytest
from django.urls import reverse

from strategy.models import Plan, ProgressNote
from strategy.services.publication import move_plan
from tests.reporting.pdftext import read_pdf

pytestmark = pytest.mark.django_db

NOTES = ["Kurset er planlagt.", "Otto har talt med SDU om en fælles workshop."]


@pytest.fixture
def published(world):
    """The plan, whose actions have owners (mia, lea, otto) and progress notes, published."""
    assert {world.action_a.owner, world.action_lea.owner, world.action_b.owner} == {world.mia, world.lea,
                                                                                   world.otto}
    ProgressNote.objects.create(action=world.action_b, author=world.otto, date="2023-04-01", text=NOTES[1])
    assert set(ProgressNote.objects.values_list("text", flat=True)) == set(NOTES)
    move_plan(world.plan, Plan.Status.APPROVED, world.lea)
    return move_plan(world.plan, Plan.Status.PUBLISHED, world.lea)


def _owners(world):
    return [person.get_full_name() for person in (world.mia, world.lea, world.otto)]


def test_staff_see_the_owner_and_the_notes_on_the_action_page(world, login, published):
    # The owners and notes are there to leak: the action's own page shows them to staff.
    html = login(world.alice).get(reverse("strategy:action_detail", args=[world.action_b.pk])).content.decode()
    assert world.otto.get_full_name() in html and NOTES[1] in html


def test_the_public_page_names_no_owners_and_shows_no_notes(world, client, published):
    html = client.get(reverse("public_plan:plan", kwargs={"year": 2023})).content.decode()
    assert "OBB styrker samarbejdet med Syddansk Universitet" in html
    for text in [*_owners(world), "Testesen", *NOTES]:
        assert text not in html


def test_the_public_pdf_names_no_owners_and_shows_no_notes(world, client, published):
    response = client.get(reverse("public_plan:plan_pdf", kwargs={"year": 2023}))
    assert response.status_code == 200
    text = read_pdf(response.content).full_text()
    assert "OBB styrker samarbejdet med Syddansk Universitet" in " ".join(text.split())
    for unwanted in [*_owners(world), "Testesen", *NOTES]:
        assert unwanted not in text
        assert unwanted not in " ".join(text.split())
