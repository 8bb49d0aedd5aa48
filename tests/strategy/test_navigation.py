"""The strategy's menu items and front-page panels: every member of staff finds the plan, the
actions and the dashboard in the menu; managers and leadership get "Mine handlinger" on their
front page, everyone "Årets plan"."""

from django.urls import reverse

from obb.navigation import menu_for, panels_for
from strategy.models import Action, Plan


def _menu(user):
    return {item["label"]: item["url"] for item in menu_for(user, "/")}


def test_alice_finds_the_plan_the_actions_and_the_dashboard_in_the_menu(world):
    menu = _menu(world.alice)
    assert menu["Handlingsplan"] == reverse("strategy:plan_current")
    assert menu["Handlinger"] == reverse("strategy:action_list")
    assert menu["Overblik"] == reverse("strategy:dashboard")


def test_the_plan_menu_item_is_marked_on_the_plan_pages(world):
    items = {item["label"]: item for item in menu_for(world.alice, reverse("strategy:plan_detail", args=[2023]))}
    assert items["Handlingsplan"]["active"]


def _panel(user, template):
    return next((panel for panel in panels_for(user) if panel["template"] == template), None)


def test_mia_has_her_actions_counted_by_status_on_her_front_page(world):
    Action.objects.filter(pk=world.action_a.pk).update(status=Action.Status.IN_PROGRESS)
    panel = _panel(world.mia, "strategy/panels/my_actions.html")
    assert panel["total"] == 1
    counts = {item["status"]: item["count"] for item in panel["counts"]}
    assert counts[Action.Status.IN_PROGRESS] == 1 and counts[Action.Status.PLANNED] == 0
    assert panel["mine_url"] == reverse("strategy:action_list") + "?vis=mine"


def test_employees_and_hr_have_no_my_actions_panel_but_everyone_has_the_plan(world):
    for person in (world.alice, world.hanne):
        assert _panel(person, "strategy/panels/my_actions.html") is None
    for person in (world.alice, world.mia, world.hanne, world.lea, world.adam):
        panel = _panel(person, "strategy/panels/plan_of_the_year.html")
        assert panel["plan"] == world.plan and panel["total"] == 3


def test_the_front_page_shows_the_panels(world, login):
    page = login(world.mia).get(reverse("home")).content.decode()
    assert "Mine handlinger" in page and "Årets plan" in page
    assert reverse("strategy:action_list") + "?vis=mine" in page
    assert reverse("strategy:plan_detail", args=[2023]) in page
    page = login(world.alice).get(reverse("home")).content.decode()
    assert "Årets plan" in page and 'id="panel-my-actions"' not in page


def test_without_a_plan_the_panels_say_so(world, login):
    Plan.objects.all().delete()
    page = login(world.lea).get(reverse("home")).content.decode()
    assert page.count("Der er endnu ingen handlingsplan.") == 2
