"""A new action starts where the person started it: in the plan's year, under the pejlemærke
they came from (or none), in the only unit a manager leads; the priorities name their
pejlemærke in full, and the text has a limit that fits the printed plan."""

import re

from django.urls import reverse

from strategy.models import Action, Priority
from tests.pages import parse


def _new(client, query="?aar=2023"):
    response = client.get(reverse("strategy:action_create") + query)
    assert response.status_code == 200
    return response.content.decode()


def _selected(html, field):
    select = re.search(rf'<select name="{field}"[^>]*>(.*?)</select>', html, re.S).group(1)
    chosen = re.findall(r'<option value="([^"]*)"[^>]*\bselected\b', select)
    return chosen[0] if chosen else None


def test_a_new_action_runs_in_the_plans_year(world, login):
    html = _new(login(world.mia))
    assert re.search(r'name="start_year" value="2023"', html)
    assert re.search(r'name="end_year" value="2023"', html)


def test_the_pejlemaerke_is_the_one_it_was_started_from_or_none(world, login):
    client = login(world.mia)
    assert _selected(_new(client, f"?aar=2023&pejlemaerke={world.partnerskaber.pk}"), "pejlemaerke") == str(
        world.partnerskaber.pk)
    assert _selected(_new(client), "pejlemaerke") in (None, "")


def test_a_manager_who_leads_one_unit_has_it_chosen(world, login):
    assert _selected(_new(login(world.mia)), "unit") == str(world.house_a.pk)
    # Leadership may use any unit: nothing is chosen for them.
    assert _selected(_new(login(world.lea)), "unit") in (None, "")


def test_priorities_are_in_full_and_name_their_pejlemaerke(world, login):
    long_text = "Vi styrker det personlige møde med borgerne i alle husene og på alle tider af døgnet, " * 2
    priority = Priority.objects.create(pejlemaerke=world.partnerskaber, order=0, text=long_text.strip())
    html = _new(login(world.mia))
    select = re.search(r'<select name="priority"[^>]*>(.*?)</select>', html, re.S).group(1)
    option = re.search(rf'<option value="{priority.pk}"([^>]*)>([^<]*)</option>', select)
    assert f'data-group="{world.partnerskaber.pk}"' in option.group(1)
    assert option.group(2) == priority.text
    assert 'data-controls-groups="id_priority"' in html


def test_a_priority_of_another_pejlemaerke_is_refused(world, login):
    response = login(world.mia).post(reverse("strategy:action_create") + "?aar=2023", {
        "pejlemaerke": world.partnerskaber.pk, "priority": world.priority.pk, "text": "Ny handling",
        "unit": world.house_a.pk, "owner": world.mia.pk, "status": "planlagt",
    })
    assert response.status_code == 200
    assert "Prioriteringen hører til et andet pejlemærke." in response.content.decode()
    assert not Action.objects.filter(text="Ny handling").exists()


def test_the_text_has_the_printed_plans_limit_and_a_counter(world, login):
    html = _new(login(world.mia))
    textarea = re.search(r'<textarea[^>]*name="text"[^>]*>', html).group(0)
    assert f'maxlength="{Action.TEXT_MAX_LENGTH}"' in textarea
    assert "data-counter=" in textarea
    response = login(world.mia).post(reverse("strategy:action_create") + "?aar=2023", {
        "pejlemaerke": world.service.pk, "text": "x" * (Action.TEXT_MAX_LENGTH + 1),
        "unit": world.house_a.pk, "owner": world.mia.pk, "status": "planlagt",
    })
    assert response.status_code == 200
    assert "Handlingen blev ikke gemt" in response.content.decode()
    assert not Action.objects.filter(text__startswith="xxx").exists()


def test_the_limit_leaves_room_for_the_longest_action_of_the_2023_plan():
    import json
    from pathlib import Path

    plan = json.loads((Path(__file__).resolve().parents[2] / "fixtures/source/plan_2023.json").read_text())
    texts = [t if isinstance(t, str) else t["text"] for group in plan["actions"].values() for t in group]
    assert max(map(len, texts)) < Action.TEXT_MAX_LENGTH


def test_the_pejlemaerke_page_offers_to_create_an_action_there(world, login):
    url = reverse("strategy:pejlemaerke_detail", args=[2023, world.service.slug])
    create = reverse("strategy:action_create") + f"?aar=2023&amp;pejlemaerke={world.service.pk}"
    response = login(world.mia).get(url)
    assert response.status_code == 200
    assert f'href="{create}"' in response.content.decode()
    response = login(world.alice).get(url)
    assert response.status_code == 200
    assert "Opret handling" not in parse(response.content.decode()).visible_text
