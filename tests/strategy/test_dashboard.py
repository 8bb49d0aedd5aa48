"""The plan's dashboard: the year's actions by pejlemærke and status as a chart with the same
numbers in a table, "mine handlinger", and the actions changed last."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from strategy.models import Action


def _dashboard(client, url_name="strategy:dashboard", **kwargs):
    response = client.get(reverse(url_name, kwargs=kwargs))
    assert response.status_code == 200
    return response


def test_the_chart_and_the_table_count_actions_by_pejlemaerke_and_status(world, login):
    Action.objects.filter(pk=world.action_a.pk).update(status=Action.Status.DONE)
    Action.objects.filter(pk=world.action_b.pk).update(status=Action.Status.IN_PROGRESS)
    response = _dashboard(login(world.alice))
    rows = {row["pejlemaerke"].slug: row for row in response.context["rows"]}
    statuses = [status.value for status in response.context["statuses"]]
    service = dict(zip(statuses, rows["service"]["values"], strict=True))
    assert service == {"planlagt": 1, "i_gang": 0, "gennemfoert": 1, "udskudt": 0, "opgivet": 0}
    assert rows["partnerskaber"]["total"] == 1
    assert response.context["grand_total"] == 3
    page = response.content.decode()
    assert "<svg" in page and 'role="img"' in page
    assert "<title" in page and "Handlinger pr. pejlemærke og status, 2023" in page
    assert '<th scope="col" class="obb-num">Gennemført</th>' in page  # the table beside the chart


def test_a_years_dashboard_and_an_unknown_year(world, login):
    client = login(world.alice)
    assert _dashboard(client, "strategy:plan_dashboard", year=2023).context["plan"] == world.plan
    assert client.get(reverse("strategy:plan_dashboard", args=[1999])).status_code == 404


def test_mia_sees_the_actions_she_owns_and_those_of_her_units(world, login):
    otto_in_team_a = Action.objects.create(plan=world.plan, pejlemaerke=world.service, order=5,
                                           text="Læsekreds i Team Nord", unit=world.team_a, owner=world.otto)
    mine = _dashboard(login(world.mia)).context["mine"]
    assert set(mine) == {world.action_a, otto_in_team_a}


def test_otto_sees_only_his_own_and_alice_has_none(world, login):
    assert _dashboard(login(world.otto)).context["mine"] == [world.action_b]
    response = _dashboard(login(world.alice))
    assert response.context["mine"] == []
    assert "Du har ingen handlinger i planen for 2023." in response.content.decode()


def test_recently_changed_shows_the_last_ten_newest_first(world, login):
    now = timezone.now()
    for index in range(12):
        action = Action.objects.create(plan=world.plan, pejlemaerke=world.service, order=10 + index,
                                       text=f"Ny handling {index}")
        Action.objects.filter(pk=action.pk).update(updated_at=now - timedelta(hours=index))
    Action.objects.filter(pk=world.action_b.pk).update(updated_at=now + timedelta(minutes=5))
    recent = _dashboard(login(world.alice)).context["recent"]
    assert len(recent) == 10
    assert recent[0] == world.action_b
    assert recent[1].text == "Ny handling 0"


def test_the_dashboard_counts_in_a_fixed_number_of_queries(world, login):
    client = login(world.mia)

    def queries_with(count):
        Action.objects.filter(plan=world.plan).delete()
        Action.objects.bulk_create(
            Action(plan=world.plan, pejlemaerke=world.service if index % 2 else world.partnerskaber, order=index,
                   text=f"Handling {index}", unit=world.team_a, owner=world.mia,
                   status=list(Action.Status)[index % 5])
            for index in range(count)
        )
        with CaptureQueriesContext(connection) as captured:
            response = _dashboard(client)
        assert response.context["grand_total"] == count
        aggregates = [q["sql"] for q in captured.captured_queries
                      if "COUNT(" in q["sql"].upper() and "strategy_action" in q["sql"]]
        assert len(aggregates) == 1  # one query counts every pejlemærke × status
        return len(captured)

    assert queries_with(1) == queries_with(100)
