"""Every change is in the history, shown as a readable diff (Danish field names, old → new,
relations included); leadership can restore an earlier version, which is itself a new entry."""

from django.urls import reverse

from strategy import history
from strategy.models import Action
from strategy.services import actions as services


def _edit(world, user, **changes):
    action = Action.objects.get(pk=world.action_a.pk)
    m2m = changes.pop("m2m", None)
    for name, value in changes.items():
        setattr(action, name, value)
    return services.save_action(action, user=user, expected_version=action.version, m2m=m2m)


def test_the_history_reads_as_danish_changes(world, login):
    _edit(world, world.mia, text="Nyt kursus", status="i_gang", unit=world.house_a,
          m2m={"projects": [world.project], "partners": [], "goals": []})
    entries = history.entries(world.action_a)
    assert [entry.kind for entry in entries] == ["Ændret", "Oprettet"]
    changes = {change.label: change for change in entries[0].changes}
    assert (changes["Handling"].old, changes["Handling"].new) == (world.action_a.text, "Nyt kursus")
    assert (changes["Status"].old, changes["Status"].new) == ("Planlagt", "I gang")
    assert (changes["Ansvarlig enhed"].old, changes["Ansvarlig enhed"].new) == ("Team Nord", "Nordhuset")
    assert changes["Projekter"].added == ["Værtskabskursus"] and changes["Projekter"].removed == []
    assert entries[0].user == world.mia

    html = login(world.alice).get(reverse("strategy:action_detail", args=[world.action_a.pk])).content.decode()
    for text in ("Ændret", "Mia Testesen", "Ansvarlig enhed", "Tilføjet: Værtskabskursus", "Nyt kursus"):
        assert text in html, text


def test_leadership_restores_an_earlier_version(world, login):
    first = world.action_a.history.order_by("history_id").first()
    _edit(world, world.mia, text="Ændret tekst", status="opgivet", m2m={"projects": [world.project],
                                                                         "partners": [], "goals": []})
    client = login(world.lea)
    url = reverse("strategy:action_restore", args=[world.action_a.pk, first.history_id])
    response = client.post(url)
    assert response.status_code == 302
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.text, action.status, list(action.projects.all())) == (world.action_a.text, "planlagt", [])
    assert action.version == 3
    entries = history.entries(action)
    assert entries[0].kind == "Gendannet" and entries[0].user == world.lea
    assert len(entries) == 3
    assert "Gendannet" in client.get(reverse("strategy:action_detail", args=[action.pk])).content.decode()


def test_only_leadership_restores(world, login):
    first = world.action_a.history.first()
    _edit(world, world.mia, text="Mias tekst")
    url = reverse("strategy:action_restore", args=[world.action_a.pk, first.history_id])
    for person in (world.mia, world.alice, world.adam):
        assert login(person).post(url).status_code == 403
    assert Action.objects.get(pk=world.action_a.pk).text == "Mias tekst"


def test_restoring_another_actions_history_is_404(world, login):
    record = world.action_b.history.first()
    url = reverse("strategy:action_restore", args=[world.action_a.pk, record.history_id])
    assert login(world.lea).post(url).status_code == 404
    assert login(world.lea).post(reverse("strategy:action_restore", args=[world.action_a.pk, 999999])
                                 ).status_code == 404


def test_status_changes_and_reordering_are_in_the_history(world, login):
    client = login(world.mia)
    client.post(reverse("strategy:action_status", args=[world.action_a.pk]), {"status": "udskudt", "version": 1})
    client.post(reverse("strategy:action_move", args=[world.action_a.pk]), {"retning": "ned"})
    labels = [[change.label for change in entry.changes] for entry in history.entries(world.action_a)]
    assert labels[:2] == [["Rækkefølge"], ["Status"]]
