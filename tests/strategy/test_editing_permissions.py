"""Who may edit the plan's content: leadership only. Employee, managers, HR and the administrator
(who is not leadership) are refused every edit and change nothing; anonymous visitors are sent
to log in. A published plan is read-only for leadership too."""

import pytest
from django.urls import reverse

from strategy.models import (
    Foreword,
    KeyFigureRow,
    KeyFigureTable,
    Partner,
    Pejlemaerke,
    PhotoCaption,
    Plan,
    Project,
)


@pytest.fixture
def table(world):
    table = KeyFigureTable.objects.create(plan=world.plan, slug="budget", title="Budget",
                                          columns=[{"key": "2022", "label": "2022"}])
    KeyFigureRow.objects.create(table=table, label="Løn", values=[100])
    return table


def _posts(world, table):
    """Every edit page with a POST that would change something."""
    return [
        (reverse("strategy:pejlemaerke_edit", args=[2023, "service"]), {
            "pejlemaerke-name": "Overtaget", "pejlemaerke-ambition": "x",
            "priorities-TOTAL_FORMS": 0, "priorities-INITIAL_FORMS": 0}),
        (reverse("strategy:foreword_edit", args=[2023, "forord"]), {"heading": "Overtaget", "body": "x"}),
        (reverse("strategy:partners_edit", args=[2023]), {
            "plan-partners_intro": "Overtaget", "partners-TOTAL_FORMS": 0, "partners-INITIAL_FORMS": 0}),
        (reverse("strategy:projects_edit", args=[2023]), {
            "projects-TOTAL_FORMS": 1, "projects-INITIAL_FORMS": 0, "projects-0-title": "Overtaget"}),
        (reverse("strategy:keyfigure_edit", args=[2023, table.slug]), {
            "table-title": "Overtaget", "rows-TOTAL_FORMS": 0, "rows-INITIAL_FORMS": 0}),
        (reverse("strategy:photos_edit", args=[2023]), {
            "photos-TOTAL_FORMS": 1, "photos-INITIAL_FORMS": 0, "photos-0-caption": "Overtaget"}),
    ]


def _nothing_changed(world, table):
    assert Pejlemaerke.objects.get(pk=world.service.pk).name == "Service"
    assert not Foreword.objects.exists()
    assert Plan.objects.get(pk=world.plan.pk).partners_intro == ""
    assert not Project.objects.filter(title="Overtaget").exists()
    assert KeyFigureTable.objects.get(pk=table.pk).title == "Budget"
    assert Partner.objects.count() == 1
    assert not PhotoCaption.objects.exists()


@pytest.mark.parametrize("person", ["alice", "mia", "otto", "hanne", "adam"])
def test_everyone_but_leadership_is_refused_every_edit(world, login, table, person):
    client = login(getattr(world, person))
    assert client.get(reverse("strategy:plan_edit", args=[2023])).status_code == 403
    for url, data in _posts(world, table):
        assert client.get(url).status_code == 403, url
        assert client.post(url, data).status_code == 403, url
    _nothing_changed(world, table)


def test_anonymous_is_sent_to_log_in_and_changes_nothing(world, client, table):
    for url, data in _posts(world, table):
        response = client.post(url, data)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    _nothing_changed(world, table)


def test_lea_may_open_every_edit_page(world, login, table):
    client = login(world.lea)
    assert client.get(reverse("strategy:plan_edit", args=[2023])).status_code == 200
    for url, _data in _posts(world, table):
        assert client.get(url).status_code == 200, url


def test_a_published_plan_is_read_only_with_a_danish_message(world, login, table):
    world.plan.move_to(Plan.Status.APPROVED, world.lea)
    world.plan.move_to(Plan.Status.PUBLISHED, world.lea)
    client = login(world.lea)
    for url, data in [(reverse("strategy:plan_edit", args=[2023]), {}), *_posts(world, table)]:
        response = client.post(url, data, follow=True)
        assert response.redirect_chain, url
        assert response.redirect_chain[0][1] == 302
        page = response.content.decode()
        assert ("er offentliggjort, og dens indhold kan ikke længere ændres" in page
                or "Strategien indgår i den offentliggjorte plan for 2023" in page), url
        assert client.get(url).status_code == 302
    _nothing_changed(world, table)


def test_the_pejlemaerker_are_locked_once_a_plan_of_their_strategy_is_published(world, login):
    Plan.objects.create(year=2022, title="Det gør vi 2022", strategy=world.strategy,
                        status=Plan.Status.PUBLISHED)
    response = login(world.lea).post(
        reverse("strategy:pejlemaerke_edit", args=[2023, "service"]),
        {"pejlemaerke-name": "Ændret", "pejlemaerke-ambition": "x",
         "priorities-TOTAL_FORMS": 0, "priorities-INITIAL_FORMS": 0}, follow=True,
    )
    assert "Strategien indgår i den offentliggjorte plan for 2022" in response.content.decode()
    assert Pejlemaerke.objects.get(pk=world.service.pk).name == "Service"


def test_unknown_year_table_or_foreword_kind_is_404_for_leadership(world, login):
    client = login(world.lea)
    assert client.get(reverse("strategy:plan_edit", args=[1999])).status_code == 404
    assert client.get(reverse("strategy:keyfigure_edit", args=[2023, "findes-ikke"])).status_code == 404
    assert client.get(reverse("strategy:foreword_edit", args=[2023, "efterord"])).status_code == 404
    assert client.get(reverse("strategy:pejlemaerke_edit", args=[2023, "findes-ikke"])).status_code == 404
