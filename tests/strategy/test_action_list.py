"""The action list: newest plan by default, filters (year, pejlemærke, status, unit, owner, free
text, "Mine handlinger"), pagination, and a query count that does not grow with the rows."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from strategy.models import Action, Plan

URL = reverse("strategy:action_list")


def _texts(response):
    return [action.text for action in response.context["page"].object_list]


def test_defaults_to_the_newest_plans_year(world, login):
    newer = Plan.objects.create(year=2024, title="Det gør vi 2024", strategy=world.strategy)
    Action.objects.create(plan=newer, pejlemaerke=world.service, text="Handling i 2024")
    response = login(world.alice).get(URL)
    assert response.context["plan"] == newer
    assert _texts(response) == ["Handling i 2024"]
    older = login(world.alice).get(URL, {"aar": 2023})
    assert "Handling i 2024" not in _texts(older)
    assert world.action_a.text in _texts(older)


def test_mine_handlinger_shows_the_actions_i_own_or_whose_unit_i_lead(world, login):
    Action.objects.create(plan=world.plan, pejlemaerke=world.partnerskaber, order=1, text="Alices handling",
                          unit=world.team_a, owner=world.alice)
    Action.objects.filter(pk=world.action_b.pk).update(owner=world.mia)
    response = login(world.mia).get(URL, {"aar": 2023, "vis": "mine"})
    assert _texts(response) == [world.action_a.text, world.action_b.text, "Alices handling"]
    assert "Mine handlinger" in response.content.decode()
    assert _texts(login(world.alice).get(URL, {"aar": 2023, "vis": "mine"})) == ["Alices handling"]


def test_the_list_is_two_clicks_from_the_front_page(world, login):
    client = login(world.mia)
    home = client.get(reverse("home")).content.decode()
    assert reverse("strategy:action_list") in home
    html = client.get(URL).content.decode()
    assert "?aar=2023&amp;vis=mine" in html


def test_my_units_shows_the_actions_of_the_units_i_lead(world, login):
    response = login(world.otto).get(URL, {"aar": 2023, "vis": "enheder"})
    assert _texts(response) == [world.action_b.text]


@pytest.mark.parametrize("params, expected", [
    ({"pejlemaerke": "partnerskaber"}, ["action_b"]),
    ({"status": "i_gang"}, ["action_lea"]),
    ({"enhed": "house_a"}, ["action_a"]),  # team_a lies below house_a
    ({"ansvarlig": "otto"}, ["action_b"]),
    ({"q": "visionspapir"}, ["action_lea"]),
])
def test_filters(world, login, params, expected):
    Action.objects.filter(pk=world.action_lea.pk).update(status="i_gang")
    resolved = {}
    for key, value in params.items():
        if key == "pejlemaerke":
            value = getattr(world, value).pk
        elif key in ("enhed", "ansvarlig"):
            value = getattr(world, value).pk
        resolved[key] = value
    response = login(world.alice).get(URL, {"aar": 2023, **resolved})
    assert _texts(response) == [getattr(world, name).text for name in expected]


def test_archived_actions_are_hidden_unless_asked_for(world, login):
    Action.objects.filter(pk=world.action_b.pk).update(is_archived=True)
    client = login(world.alice)
    assert world.action_b.text not in _texts(client.get(URL, {"aar": 2023}))
    assert world.action_b.text in _texts(client.get(URL, {"aar": 2023, "arkiverede": "on"}))


def test_unknown_filter_values_give_a_danish_error_and_are_left_out(world, login):
    response = login(world.alice).get(URL, {"aar": 2023, "enhed": 999999, "status": "vildt"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nogle filtre kunne ikke bruges" in html
    assert "Marker en gyldig valgmulighed" in html
    assert len(_texts(response)) == 3


def test_text_with_html_is_shown_as_plain_text(world, login):
    Action.objects.filter(pk=world.action_a.pk).update(text='<script>alert("x")</script><b>fed</b>')
    html = login(world.alice).get(URL, {"aar": 2023}).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;fed&lt;/b&gt;" in html


def test_the_list_offers_the_quick_status_change_only_where_allowed(world, login):
    html = login(world.mia).get(URL, {"aar": 2023}).content.decode()
    assert reverse("strategy:action_status", args=[world.action_a.pk]) in html
    assert reverse("strategy:action_status", args=[world.action_b.pk]) not in html
    assert reverse("strategy:action_status", args=[world.action_a.pk]) not in (
        login(world.alice).get(URL, {"aar": 2023}).content.decode())


def test_pagination(world, login):
    Action.objects.bulk_create(
        Action(plan=world.plan, pejlemaerke=world.partnerskaber, order=n + 1, text=f"Ekstra {n}") for n in range(60)
    )
    client = login(world.alice)
    first = client.get(URL, {"aar": 2023})
    assert len(first.context["page"].object_list) == 50
    html = first.content.decode()
    assert 'class="pagination"' in html and "side=2" in html
    second = client.get(URL, {"aar": 2023, "side": 2})
    assert len(second.context["page"].object_list) == 13


def _add_actions(world, count):
    Action.objects.bulk_create(
        Action(plan=world.plan, pejlemaerke=world.service, priority=world.priority, order=10 + n,
               text=f"Handling {n}", unit=world.team_a if n % 2 else world.house_b,
               owner=world.mia if n % 2 else world.otto)
        for n in range(count)
    )


def _count_queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("person", ["mia", "lea", "alice"])
def test_query_count_does_not_grow_with_the_number_of_actions(world, login, person, django_assert_num_queries):
    Action.objects.all().delete()
    client = login(getattr(world, person))
    params = {"aar": 2023}
    _add_actions(world, 1)
    _count_queries(client, params)  # warm up: session, roles
    one = _count_queries(client, params)
    Action.objects.all().delete()
    _add_actions(world, 100)
    with django_assert_num_queries(one):
        response = client.get(URL, params)
    assert len(response.context["page"].object_list) == 50


def test_the_filters_sit_behind_a_filtrer_button_that_opens_when_a_filter_is_chosen(world, login):
    client = login(world.alice)
    response = client.get("/strategi/handlinger/?aar=2023")
    assert response.status_code == 200
    html = response.content.decode()
    panel = re.search(r"<details class=\"obb-filter-panel\"[^>]*>\s*<summary[^>]*>(.*?)</summary>", html, re.S)
    assert panel.group(1).strip() == "Filtrér"
    assert " open" not in panel.group(0).split(">")[0]
    assert html.index('<details class="obb-filter-panel"') < html.index('<form method="get" class="obb-filters"')
    response = client.get("/strategi/handlinger/?aar=2023&status=i_gang")
    html = response.content.decode()
    assert re.search(r'<details class="obb-filter-panel" data-open-wide open>', html)
    assert "(1 filter valgt)" in html
