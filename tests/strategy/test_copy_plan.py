"""Leadership starts next year's plan as a copy of this year's."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from strategy.models import (
    Action,
    Foreword,
    Goal,
    KeyFigureRow,
    KeyFigureTable,
    Pejlemaerke,
    PhotoCaption,
    Plan,
    Priority,
    ProgressNote,
    StrategyPeriod,
)
from strategy.services.copy_plan import copy_plan_to_next_year


@pytest.fixture
def full_plan(world):
    """world.plan with forewords, a photo caption, key figures, goals and actions in every state."""
    plan = world.plan
    Foreword.objects.create(plan=plan, kind=Foreword.Kind.FORORD, heading="Forord", body="Kære læser.\n\nGodt år.",
                            signature_name="Rådmand")
    PhotoCaption.objects.create(plan=plan, caption="Læsning i Borgernes Hus", placement="after_forewords")
    table = KeyFigureTable.objects.create(plan=plan, slug="budget", title="Budget 2022",
                                          columns=[{"key": "b", "label": "Budget"}])
    KeyFigureRow.objects.create(table=table, order=0, label="Løn", values=[62612478])
    goal = Goal.objects.create(kind=Goal.Kind.SDG, number=4, name="Kvalitetsuddannelse")
    world.action_a.goals.add(goal)
    world.action_a.projects.add(world.project)
    world.action_a.status = Action.Status.IN_PROGRESS
    world.action_a.start_quarter, world.action_a.end_year, world.action_a.end_quarter = 1, 2023, 4
    world.action_a.save()
    world.action_b.status = Action.Status.POSTPONED
    world.action_b.save()
    done = Action.objects.create(plan=plan, pejlemaerke=world.service, order=2, text="OBB har holdt festen",
                                 status=Action.Status.DONE)
    dropped = Action.objects.create(plan=plan, pejlemaerke=world.service, order=3, text="OBB dropper noget",
                                    status=Action.Status.DROPPED)
    archived = Action.objects.create(plan=plan, pejlemaerke=world.service, order=4, text="OBB arkiverede",
                                     is_archived=True)
    return {"goal": goal, "done": done, "dropped": dropped, "archived": archived}


def test_lea_copies_2023_to_a_2024_draft(world, full_plan):
    result = copy_plan_to_next_year(world.plan, world.lea)

    new = Plan.objects.get(year=2024)
    assert result.plan == new
    assert (new.title, new.status, new.strategy, new.copied_from) == (
        "Det gør vi 2024", Plan.Status.DRAFT, world.strategy, world.plan)
    assert new.approved_at is None and new.published_at is None
    assert [(f.kind, f.heading, f.body) for f in new.forewords.all()] == [
        ("forord", "Forord", "Kære læser.\n\nGodt år.")]
    assert [p.caption for p in new.photos.all()] == ["Læsning i Borgernes Hus"]
    assert [p.name for p in new.partners.all()] == ["Syddansk Universitet"]
    assert [p.title for p in new.projects.all()] == ["Værtskabskursus"]
    assert sorted(new.key_figure_tables.values_list("slug", flat=True)) == ["budget", "verdens-noegletal"]
    table = new.key_figure_tables.get(slug="budget")
    assert (table.slug, table.columns, [(r.label, r.values) for r in table.rows.all()]) == (
        "budget", [{"key": "b", "label": "Budget"}], [("Løn", [62612478])])
    assert table.pk != world.plan.key_figure_tables.get(slug="budget").pk

    # Actions not done, dropped or archived are carried over, in order.
    carried = list(new.actions.order_by("pejlemaerke__number", "order"))
    assert [a.carried_over_from for a in carried] == [world.action_a, world.action_lea, world.action_b]
    assert result.carried_over == 3
    copy_a = carried[0]
    assert (copy_a.pejlemaerke, copy_a.priority, copy_a.unit, copy_a.owner, copy_a.status, copy_a.order) == (
        world.service, world.priority, world.team_a, world.mia, Action.Status.IN_PROGRESS, 0)
    assert list(copy_a.goals.all()) == [full_plan["goal"]]
    assert [p.plan for p in copy_a.projects.all()] == [new], "linked to the copied project"
    assert not copy_a.notes.exists(), "progress notes stay with the original"
    assert (copy_a.end_year, copy_a.end_quarter) == (None, None), "a past end is no longer known"
    assert (copy_a.start_year, copy_a.start_quarter) == (2023, 1)
    copy_b = carried[2]
    assert copy_b.status == Action.Status.POSTPONED
    assert [p.plan for p in copy_b.partners.all()] == [new], "linked to the copied partner"

    # The old plan is untouched.
    assert world.plan.actions.count() == 6
    assert ProgressNote.objects.filter(action=world.action_a).count() == 1
    assert world.action_b.partners.get() == world.partner


def test_a_strategy_covering_the_new_year_takes_over(world, full_plan):
    newer = StrategyPeriod.objects.create(slug="hovedstrategi-2024-27", name="Hovedstrategi 2024-27",
                                          start_year=2024, end_year=2027)
    service = Pejlemaerke.objects.create(strategy=newer, number=1, slug="service", name="Service")
    priority = Priority.objects.create(pejlemaerke=service, order=0, text="Fokus på det personlige møde")

    result = copy_plan_to_next_year(world.plan, world.lea)

    assert result.plan.strategy == newer
    copies = {a.carried_over_from: a for a in result.plan.actions.all()}
    assert set(copies) == {world.action_a, world.action_lea}
    assert (copies[world.action_a].pejlemaerke, copies[world.action_a].priority) == (service, priority)
    assert result.left_behind == 1, "partnerskaber has no pejlemærke in the new strategy"
    assert result.plan.projects.get().pejlemaerke == service


def test_the_copy_is_refused_when_next_years_plan_exists(world, full_plan):
    Plan.objects.create(year=2024, title="Det gør vi 2024", strategy=world.strategy)
    before = Action.objects.count()
    with pytest.raises(ValidationError) as error:
        copy_plan_to_next_year(world.plan, world.lea)
    assert error.value.messages == ["Planen for 2024 findes allerede. Den kan ikke oprettes igen som kopi."]
    assert Action.objects.count() == before


@pytest.mark.parametrize("person", ["mia", "alice", "hanne", "adam"])
def test_only_leadership_copies_a_plan(world, person):
    with pytest.raises(PermissionDenied):
        copy_plan_to_next_year(world.plan, getattr(world, person))
    assert not Plan.objects.filter(year=2024).exists()


def test_lea_confirms_the_copy_on_its_page(world, full_plan, login):
    client = login(world.lea)
    url = reverse("strategy:plan_copy", args=[2023])
    page = client.get(url)
    assert page.status_code == 200
    summary = page.context["summary"]
    assert (summary["year"], summary["carried_over"], summary["left_behind"]) == (2024, 3, 3)
    assert "Opret planen for 2024" in page.content.decode()
    assert not Plan.objects.filter(year=2024).exists(), "GET only asks"

    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("strategy:plan_detail", args=[2024])
    assert Plan.objects.get(year=2024).actions.count() == 3

    again = client.post(url)
    assert again.status_code == 200
    assert "Planen for 2024 findes allerede" in again.content.decode()
    assert Plan.objects.filter(year=2024).count() == 1


@pytest.mark.parametrize("person", ["mia", "alice", "hanne", "adam"])
def test_others_cannot_post_a_copy(world, login, person):
    response = login(getattr(world, person)).post(reverse("strategy:plan_copy", args=[2023]))
    assert response.status_code == 403
    assert not Plan.objects.filter(year=2024).exists()


def test_copying_a_plan_that_does_not_exist_is_404(world, login):
    assert login(world.lea).post(reverse("strategy:plan_copy", args=[1999])).status_code == 404


def test_the_copy_has_history(world, full_plan):
    result = copy_plan_to_next_year(world.plan, world.lea)
    assert result.plan.history.count() == 1
    assert result.plan.actions.first().history.earliest().history_type == "+"
