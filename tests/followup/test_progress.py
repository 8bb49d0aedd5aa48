"""Leadership's view of a round: progress by unit and by pejlemærke, who has not answered, the
late actions with their notes, and what changed since the previous round."""

from django.urls import reverse

from strategy.followup import services
from strategy.followup.services import close_round, open_round
from tests.followup.helpers import answer_data


def _answer(client, item, **answer):
    assert client.post(reverse("followup:answer", args=[item.pk]), answer_data(item, **answer)).status_code == 302


def test_progress_counts_answers_by_unit_and_by_pejlemaerke(world, login):
    _answer(login(world.mia), world.item_a, status="i_gang", delayed=True, note="Lokalet er ikke klar.")
    round_ = world.followup_round
    items = services.round_items(round_)
    _previous, changed = services.changes(round_, items)
    progress = services.progress(items, changed)
    by_unit = {row.label: (row.total, row.answered, row.delayed, row.changed) for row in progress.by_unit}
    assert by_unit == {"Team Nord": (1, 1, 1, 1), "Sydhuset": (1, 0, 0, 0), "Ingen enhed": (1, 0, 0, 0)}
    by_pejlemaerke = [(row.label, row.total, row.answered) for row in progress.by_pejlemaerke]
    assert by_pejlemaerke == [("1. Service", 2, 1), ("2. Partnerskaber", 1, 0)]
    assert (progress.total.total, progress.total.answered, progress.total.percent) == (3, 1, 33)
    page = login(world.lea).get(reverse("followup:round_detail", args=[round_.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Lokalet er ikke klar." in html
    assert "Otto Testesen: 1 handling" in html and "Lea Testesen: 1 handling" in html
    assert "Mia Testesen: 1 handling" not in html


def test_changes_are_counted_against_the_previous_round(world, login):
    _answer(login(world.mia), world.item_a, status="i_gang")
    close_round(world.followup_round, user=world.lea)
    second = open_round(world.plan, user=world.lea, deadline=world.followup_round.deadline)
    item_a = second.items.get(action=world.action_a)
    assert item_a.status_before == "i_gang"
    _answer(login(world.mia), item_a, status="gennemfoert")
    page = login(world.lea).get(reverse("followup:round_detail", args=[second.pk]))
    assert page.status_code == 200
    changed = page.context["changed"]
    assert [(item.action_id, item.previous_status_label, item.get_current_status_display()) for item in changed] \
        == [(world.action_a.pk, "I gang", "Gennemført")]
    assert f"Ændret siden {world.followup_round.title}" in page.content.decode()
