"""No lost updates in leadership's edits of the plan's content: two leaders open the same page,
the first saves, and the second's save is refused (409) with a Danish message that keeps their
text and shows what changed meanwhile. Nothing of the first save is lost; saving again after
seeing the changes is a deliberate choice and goes through."""

import pytest
from django.test import Client
from django.urls import reverse

from obb.roles import Role
from strategy.models import Foreword, KeyFigureRow, Partner, Pejlemaerke, Priority, Project
from tests.conftest import make_person

REFUSED = "Ændret af en anden, mens du redigerede"


@pytest.fixture
def leif(world):
    """A second member of leadership, with his own browser."""
    person = make_person("leif", world.root, [Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE])
    client = Client()
    client.force_login(person)
    return client


@pytest.fixture
def lea(world):
    client = Client()
    client.force_login(world.lea)
    return client


def _page_data(response):
    """What the edit page posts back when the person changes nothing."""
    data = {}
    context = response.context
    forms = [context["state_form"]]
    if context.get("form") is not None:
        forms.append(context["form"])
    if context.get("formset") is not None:
        forms += [context["formset"].management_form, *context["formset"].forms]
    for form in forms:
        for bound in form:
            value = bound.value()
            if value is None or value is False or value == "":
                continue
            if isinstance(value, list):
                data[bound.html_name] = [str(item) for item in value]
            else:
                data[bound.html_name] = "on" if value is True else str(value)
    return data


def _refused(response, own_text):
    assert response.status_code == 409
    page = response.content.decode()
    assert REFUSED in page
    assert "Dine ændringer er ikke gemt, men din tekst er bevaret herunder." in page
    assert own_text in page  # what they wrote is still in the form
    return page


def test_the_second_of_two_edits_of_a_pejlemaerke_is_refused(world, lea, leif):
    url = reverse("strategy:pejlemaerke_edit", args=[2023, "service"])
    lea_page, leif_page = lea.get(url), leif.get(url)

    first = lea.post(url, {**_page_data(lea_page), "pejlemaerke-ambition": "Leas nye ambition"})
    assert first.status_code == 302

    second = leif.post(url, {**_page_data(leif_page), "priorities-0-text": "Leifs prioritering"})
    page = _refused(second, "Leifs prioritering")
    changes = {change.label: (change.old, change.new) for change in second.context["conflict"]}
    assert changes["Pejlemærke »Service«: Ambition"] == (
        "Det er vores ambition at sikre godt værtskab.", "Leas nye ambition")
    assert "Lea Testesen" in page
    # Nothing of Lea's save is lost, and nothing of Leif's was saved.
    assert Pejlemaerke.objects.get(pk=world.service.pk).ambition == "Leas nye ambition"
    assert Priority.objects.get(pk=world.priority.pk).text == "Fokus på det personlige møde"

    # Having seen the change, Leif saves again from the page he was shown.
    third = leif.post(url, _page_data(second))
    assert third.status_code == 302
    assert Priority.objects.get(pk=world.priority.pk).text == "Leifs prioritering"


def test_two_leaders_writing_the_first_foreword_at_once(world, lea, leif):
    url = reverse("strategy:foreword_edit", args=[2023, "forord"])
    lea_page, leif_page = lea.get(url), leif.get(url)
    assert lea.post(url, {**_page_data(lea_page), "body": "Leas forord"}).status_code == 302

    second = leif.post(url, {**_page_data(leif_page), "body": "Leifs forord"})
    _refused(second, "Leifs forord")
    assert [change.new for change in second.context["conflict"]] == ["Tilføjet"]
    assert [foreword.body for foreword in Foreword.objects.filter(plan=world.plan)] == ["Leas forord"]


def test_a_partner_added_from_a_page_opened_before_a_deletion_is_refused(world, lea, leif):
    url = reverse("strategy:partners_edit", args=[2023])
    lea_page, leif_page = lea.get(url), leif.get(url)
    assert lea.post(url, {**_page_data(lea_page), "partners-0-DELETE": "on"}).status_code == 302

    second = leif.post(url, {**_page_data(leif_page), "partners-1-name": "Odense Zoo",
                             "plan-partners_intro": "Leifs indledning"})
    _refused(second, "Leifs indledning")
    assert "Odense Zoo" in second.content.decode()
    assert [(change.label, change.new) for change in second.context["conflict"]] == [
        ("Partner »Syddansk Universitet«", "Slettet")]
    assert not Partner.objects.filter(plan=world.plan).exists()
    world.plan.refresh_from_db()
    assert world.plan.partners_intro == ""


def test_the_second_of_two_edits_of_the_projects_is_refused(world, lea, leif):
    url = reverse("strategy:projects_edit", args=[2023])
    lea_page, leif_page = lea.get(url), leif.get(url)
    assert lea.post(url, {**_page_data(lea_page), "projects-0-title": "Leas titel"}).status_code == 302

    second = leif.post(url, {**_page_data(leif_page), "projects-0-funder": "Leifs fond"})
    _refused(second, "Leifs fond")
    project = Project.objects.get(pk=world.project.pk)
    assert (project.title, project.funder) == ("Leas titel", "internt projekt i OBB")


def test_the_second_of_two_edits_of_a_key_figure_table_is_refused(world, lea, leif):
    url = reverse("strategy:keyfigure_edit", args=[2023, world.key_figures.slug])
    lea_page, leif_page = lea.get(url), leif.get(url)
    assert lea.post(url, {**_page_data(lea_page), "rows-0-values": ["1.000"]}).status_code == 302

    second = leif.post(url, {**_page_data(leif_page), "table-title": "Leifs titel"})
    _refused(second, "Leifs titel")
    changes = {change.label: (change.old, change.new) for change in second.context["conflict"]}
    assert changes["Nøgletalsrække »Løn«: Værdier"] == ("62.612.478", "1.000")
    assert KeyFigureRow.objects.get(table=world.key_figures).values == [1000]
    world.key_figures.refresh_from_db()
    assert world.key_figures.title == "Nøgletal til test"


def test_one_leader_saving_twice_from_fresh_pages_is_not_refused(world, lea):
    url = reverse("strategy:partners_edit", args=[2023])
    assert lea.post(url, {**_page_data(lea.get(url)), "plan-partners_intro": "Første"}).status_code == 302
    assert lea.post(url, {**_page_data(lea.get(url)), "plan-partners_intro": "Anden"}).status_code == 302
    world.plan.refresh_from_db()
    assert world.plan.partners_intro == "Anden"


STALE = "Siden var forældet – gem igen"


def test_a_save_from_a_page_that_does_not_say_what_it_was_opened_on_is_refused(world, lea):
    """A page opened before an update of the app, or a hand-made request, has no fingerprint of
    the saved state: it might undo someone's work, so it is refused like a conflict, with the
    person's text kept, and saving the page it gets back goes through."""
    url = reverse("strategy:foreword_edit", args=[2023, "forord"])
    data = {**_page_data(lea.get(url)), "body": "Leas forord"}
    del data["saved_state"], data["opened_at"]
    refused = lea.post(url, data)
    assert refused.status_code == 409
    page = refused.content.decode()
    assert STALE in page and "Leas forord" in page and REFUSED not in page
    assert not Foreword.objects.filter(body="Leas forord").exists()
    assert lea.post(url, _page_data(refused)).status_code == 302
    assert Foreword.objects.filter(body="Leas forord").exists()


@pytest.mark.parametrize(("field", "value"), [
    ("saved_state", "0" * 64), ("saved_state", "kort"), ("opened_at", "i går"), ("opened_at", "2026-13-45T10:00"),
    ("opened_at", "2026-12-02T10:00:00"),  # without a time zone
    ("opened_at", "0001-01-01T00:00:00+01:00"), ("opened_at", "9999-12-31T23:59:59-01:00"),
    ("opened_at", "2999-01-01T00:00:00+00:00"),  # a page cannot be opened in the future
])
def test_a_forged_or_broken_saved_state_is_refused(world, lea, field, value):
    url = reverse("strategy:partners_edit", args=[2023])
    refused = lea.post(url, {**_page_data(lea.get(url)), field: value, "plan-partners_intro": "Forfalsket"})
    assert refused.status_code == 409
    world.plan.refresh_from_db()
    assert world.plan.partners_intro != "Forfalsket"


def test_an_extreme_opening_time_with_a_forged_state_is_refused_not_a_crash(world, lea):
    url = reverse("strategy:partners_edit", args=[2023])
    data = {**_page_data(lea.get(url)), "saved_state": "0" * 64, "opened_at": "0001-01-01T00:00:00+01:00"}
    assert lea.post(url, data).status_code == 409
