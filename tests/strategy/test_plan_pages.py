"""Reading the plan: every member of staff opens the newest plan, reads each pejlemærke with its
ambition, priorities and actions, the strategy behind it, and the key figures as printed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from strategy.models import Action, Foreword, KeyFigureRow, KeyFigureTable, Plan, Value
from strategy.queries import PEJLEMAERKE_PAGE_ACTIONS, PLAN_PAGE_ACTIONS


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_alice_opens_the_plan_menu_and_lands_on_the_newest_plan(world, login):
    client = login(world.alice)
    Plan.objects.create(year=2021, title="Det gør vi 2021", strategy=world.strategy)
    response = client.get(reverse("strategy:plan_current"))
    assert response.status_code == 302
    assert response["Location"] == reverse("strategy:plan_detail", args=[2023])


def test_without_any_plan_the_plan_menu_says_so(world, login):
    Plan.objects.all().delete()
    page = _page(login(world.alice), reverse("strategy:plan_current"))
    assert "Der er endnu ingen handlingsplan" in page


def test_alice_reads_each_pejlemaerke_with_ambition_priorities_and_actions(world, login):
    page = _page(login(world.alice), reverse("strategy:plan_detail", args=[2023]))
    assert "Det gør vi 2023" in page
    assert "Kladde" in page  # a draft is marked as one
    assert "Det er vores ambition at sikre godt værtskab." in page
    assert "Vi indfrier ambitionen ved bl.a. at prioritere at:" in page
    assert "Fokus på det personlige møde" in page
    assert "Eksempler på konkrete handlinger" in page
    action_url = reverse("strategy:action_detail", args=[world.action_a.pk])
    assert f'href="{action_url}"' in page
    assert "Team Nord" in page and "Mia Testesen" in page
    assert "Planlagt" in page
    # Service comes before Partnerskaber, as numbered
    assert page.index("OBB afvikler et tværgående") < page.index("OBB styrker samarbejdet")


def test_archived_actions_are_left_out_of_the_plan(world, login):
    Action.objects.filter(pk=world.action_b.pk).update(is_archived=True)
    page = _page(login(world.alice), reverse("strategy:plan_detail", args=[2023]))
    assert "OBB styrker samarbejdet" not in page


def test_only_leadership_is_offered_to_edit_and_only_while_the_plan_is_not_published(world, login):
    edit_url = reverse("strategy:plan_edit", args=[2023])
    assert edit_url not in _page(login(world.mia), reverse("strategy:plan_detail", args=[2023]))
    assert edit_url in _page(login(world.lea), reverse("strategy:plan_detail", args=[2023]))
    Plan.objects.filter(pk=world.plan.pk).update(status=Plan.Status.PUBLISHED)
    assert edit_url not in _page(login(world.lea), reverse("strategy:plan_detail", args=[2023]))


def test_forewords_partners_and_projects_are_on_the_plan(world, login):
    Foreword.objects.create(plan=world.plan, kind="forord", heading="Forord", byline="Ved rådmanden",
                            body="Første afsnit.\n\nAndet afsnit.", signature_name="Søren Windell")
    page = _page(login(world.bob), reverse("strategy:plan_detail", args=[2023]))
    assert "<p>Første afsnit.</p>" in page and "<p>Andet afsnit.</p>" in page
    assert "Søren Windell" in page
    assert "Syddansk Universitet" in page
    assert "Værtskabskursus" in page and "internt projekt i OBB" in page


def test_key_figures_read_as_printed_with_danish_numbers_and_two_header_rows(world, login):
    budget = KeyFigureTable.objects.create(
        plan=world.plan, order=0, slug="budget", title="Foreløbigt budget 2022", unit="1.000 kr.",
        columns=[{"key": "2022", "label": "2022"}], notes="En note om budgettet", source="Kilde: Odense Kommune",
    )
    KeyFigureRow.objects.create(table=budget, order=0, label="Løn", values=[62612478])
    KeyFigureRow.objects.create(table=budget, order=1, label="Centralbibliotekstilskud", level=1, values=[-8010657])
    KeyFigureRow.objects.create(table=budget, order=2, label="I alt", is_total=True, values=[54601821])
    grouped = KeyFigureTable.objects.create(
        plan=world.plan, order=1, slug="materialer", title="Benyttelse af materialer",
        columns=[{"key": "2019_antal", "label": "Antal", "group": "2019"},
                 {"key": "2019_pct", "label": "Pct.", "group": "2019"},
                 {"key": "2020_antal", "label": "Antal", "group": "2020"}],
        column_groups=[{"label": "2019", "span": 2}, {"label": "2020", "span": 1}],
    )
    KeyFigureRow.objects.create(table=grouped, label="Bøger", values=[1257636, 69])  # one value short
    page = _page(login(world.alice), reverse("strategy:plan_detail", args=[2023]))
    assert "62.612.478" in page
    assert "-8.010.657" in page
    assert '<tr class="plan-total">' in page
    assert 'class="obb-indent-1">Centralbibliotekstilskud' in page
    assert "En note om budgettet" in page and "Kilde: Odense Kommune" in page
    assert '<th scope="colgroup" colspan="2" class="plan-colgroup">2019</th>' in page
    assert page.count('<th scope="col" class="obb-num">Antal</th>') == 2
    assert "1.257.636" in page


def test_the_pejlemaerke_page_shows_one_pejlemaerke_and_its_neighbours(world, login):
    page = _page(login(world.alice), reverse("strategy:pejlemaerke_detail", args=[2023, "service"]))
    assert "<h1>Service</h1>" in page
    assert "OBB afvikler et tværgående" in page
    assert "OBB styrker samarbejdet" not in page
    assert reverse("strategy:pejlemaerke_detail", args=[2023, "partnerskaber"]) in page
    assert "Værtskabskursus" in page  # the pejlemærke's project


def test_an_unknown_year_or_pejlemaerke_is_404(world, login):
    client = login(world.alice)
    assert client.get(reverse("strategy:plan_detail", args=[1999])).status_code == 404
    assert client.get(reverse("strategy:pejlemaerke_detail", args=[2023, "findes-ikke"])).status_code == 404
    assert client.get(reverse("strategy:strategy_detail", args=["findes-ikke"])).status_code == 404


def test_the_strategy_page_shows_vision_mission_values_and_pejlemaerker(world, login):
    Value.objects.create(strategy=world.strategy, order=0, title="Vi er serviceorienterede",
                         description="Service er omdrejningspunktet.")
    page = _page(login(world.alice), reverse("strategy:strategy_detail", args=[world.strategy.slug]))
    for text in ("Vi vil være borgernes naturlige indgang.", "Vi fremmer oplysning.",
                 "At fungere som indgang til det offentlige.", "Vi er serviceorienterede",
                 "Det er vores ambition at sikre godt værtskab.", "Fokus på det personlige møde", "Det gør vi 2023"):
        assert text in page


def test_the_delstrategi_shows_its_ambitions_and_strategic_tools(world, login):
    from strategy.models import StrategyPeriod

    StrategyPeriod.objects.create(
        slug="delstrategi", name="Delstrategi 2017-2020", kind="delstrategi", start_year=2017, end_year=2020,
        extra={"ambition_heading": "Kompetence- og organisationsudvikling",
               "ambition_intro": "Det er vores ambition at:",
               "ambitions": ["Stræbe efter balance"], "tools_heading": "Strategiske værktøjer",
               "tools": [{"name": "Kompetencespejl", "section": "Kompetencespejl", "description": ["Om spejlet."]}]},
    )
    page = _page(login(world.alice), reverse("strategy:strategy_detail", args=["delstrategi"]))
    for text in ("Kompetence- og organisationsudvikling", "Stræbe efter balance", "Strategiske værktøjer",
                 "Kompetencespejl", "Om spejlet."):
        assert text in page
    assert "Delstrategi 2017-2020" in _page(login(world.alice), reverse("strategy:strategy_list"))


@pytest.mark.parametrize("url_name", ["strategy:plan_detail", "strategy:pejlemaerke_detail"])
def test_queries_on_the_plan_pages_do_not_grow_with_the_actions(world, login, url_name):
    client = login(world.alice)
    owners = [world.mia, world.otto, world.lea]
    units = [world.team_a, world.house_b, world.house_a]

    def queries_with(count):
        Action.objects.filter(plan=world.plan).delete()
        Action.objects.bulk_create(
            Action(plan=world.plan, pejlemaerke=world.service, order=index, text=f"Handling nummer {index}",
                   unit=units[index % 3], owner=owners[index % 3])
            for index in range(count)
        )
        kwargs = {"year": 2023} if url_name == "strategy:plan_detail" else {"year": 2023, "slug": "service"}
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(url_name, kwargs=kwargs))
        # The pages show the first actions of each pejlemærke and link to the action list for all.
        limit = PLAN_PAGE_ACTIONS if url_name == "strategy:plan_detail" else PEJLEMAERKE_PAGE_ACTIONS
        assert response.content.decode().count("Handling nummer") == min(count, limit)
        return len(captured)

    assert queries_with(1) == queries_with(100)
