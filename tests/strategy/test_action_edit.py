"""Creating, editing, archiving and reordering actions, and bad input: each refused with a
Danish error and nothing changed."""

import pytest
from django.urls import reverse

from strategy.models import Action, Pejlemaerke, Priority, StrategyPeriod


def _data(world, **changes):
    return {"pejlemaerke": world.service.pk, "priority": world.priority.pk, "text": world.action_a.text,
            "unit": world.team_a.pk, "owner": world.mia.pk, "status": "planlagt", "start_year": 2023,
            "start_quarter": 1, "end_year": 2023, "end_quarter": 4, "version": 1, **changes}


def _edit(world, client, **changes):
    return client.post(reverse("strategy:action_edit", args=[world.action_a.pk]), _data(world, **changes))


def test_manager_edits_her_action(world, login):
    response = _edit(world, login(world.mia), text="OBB afvikler to værtskabskurser", status="i_gang",
                     projects=[world.project.pk])
    assert response.status_code == 302
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.text, action.status, action.version, action.timing) == (
        "OBB afvikler to værtskabskurser", "i_gang", 2, "1. kvt. 2023 – 4. kvt. 2023")
    assert list(action.projects.all()) == [world.project]
    assert action.history.count() == 2  # one entry for the whole edit, relations included
    assert action.history.first().history_user == world.mia


def test_the_edit_form_has_labels_and_danish_fields(world, login):
    html = login(world.mia).get(reverse("strategy:action_edit", args=[world.action_a.pk])).content.decode()
    for label in ("Handling", "Pejlemærke", "Prioritering", "Ansvarlig enhed", "Startkvartal", "Projekter"):
        assert label in html
    assert '<label class="form-label" for="id_text">' in html


@pytest.mark.parametrize("changes, field, message", [
    ({"start_quarter": 5}, "start_quarter", "Marker en gyldig valgmulighed"),
    ({"end_year": 2022}, "end_year", "Handlingen kan ikke slutte, før den starter."),
    ({"end_quarter": 1, "start_quarter": 3}, "end_year", "Handlingen kan ikke slutte, før den starter."),
    ({"start_year": "", "start_quarter": 2}, "start_year", "Angiv året for startkvartalet."),
    ({"text": ""}, "text", "Dette felt er påkrævet."),
    ({"unit": 999999}, "unit", "Marker en gyldig valgmulighed"),
    ({"pejlemaerke": 999999}, "pejlemaerke", "Marker en gyldig valgmulighed"),
    ({"start_year": "tyve"}, "start_year", "Indtast et heltal."),
])
def test_bad_input_is_refused_and_changes_nothing(world, login, changes, field, message):
    response = _edit(world, login(world.mia), status="i_gang", **changes)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors and message in " ".join(errors[field]), errors
    assert "Handlingen blev ikke gemt" in response.content.decode()
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.status, action.version) == ("planlagt", 1)


def test_a_priority_from_another_pejlemaerke_is_refused(world, login):
    other = Priority.objects.create(pejlemaerke=world.partnerskaber, text="Flere partnerskaber")
    response = _edit(world, login(world.mia), priority=other.pk)
    assert "Prioriteringen hører til et andet pejlemærke." in response.content.decode()
    assert Action.objects.get(pk=world.action_a.pk).priority == world.priority


def test_a_pejlemaerke_of_another_strategy_is_refused(world, login):
    strategy = StrategyPeriod.objects.create(slug="anden", name="Anden", start_year=2017, end_year=2020)
    foreign = Pejlemaerke.objects.create(strategy=strategy, number=1, slug="x", name="Fremmed")
    response = _edit(world, login(world.mia), pejlemaerke=foreign.pk, priority="")
    assert "pejlemaerke" in response.context["form"].errors
    assert Action.objects.get(pk=world.action_a.pk).pejlemaerke == world.service


def test_html_in_the_text_is_stored_and_shown_as_plain_text(world, login):
    client = login(world.mia)
    _edit(world, client, text='<img src=x onerror="alert(1)">Kursus')
    html = client.get(reverse("strategy:action_detail", args=[world.action_a.pk])).content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Kursus" in html


def test_a_published_plan_keeps_the_texts_but_takes_a_status(world, login):
    world.plan.status = "offentliggjort"
    world.plan.save()
    response = _edit(world, login(world.mia), text="Ny tekst", status="gennemfoert", unit=world.house_a.pk)
    assert response.status_code == 302
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.text, action.unit, action.status) == (world.action_a.text, world.team_a, "gennemfoert")


def test_create_puts_the_action_last_in_its_pejlemaerke(world, login):
    client = login(world.lea)
    response = client.post(reverse("strategy:action_create") + "?aar=2023", {
        "pejlemaerke": world.service.pk, "text": "OBB åbner en ny læsecafé", "status": "planlagt",
        "unit": world.house_b.pk, "owner": world.otto.pk, "partners": [world.partner.pk],
    })
    action = Action.objects.get(text="OBB åbner en ny læsecafé")
    assert response["Location"] == reverse("strategy:action_detail", args=[action.pk])
    assert action.order == 2 and action.plan == world.plan and action.version == 1
    assert list(action.partners.all()) == [world.partner]
    assert action.history.count() == 1
    assert action.history.first().history_user == world.lea


def test_create_for_an_unknown_year_is_404(world, login):
    assert login(world.lea).get(reverse("strategy:action_create") + "?aar=1999").status_code == 404
    assert login(world.lea).get(reverse("strategy:action_create") + "?aar=abc").status_code == 404


@pytest.mark.parametrize("year", ["²", "²⁰²³", "٢٠٢٣", " 2023", "9" * 5000])
def test_create_for_a_year_that_only_looks_like_digits_is_404(world, login, year):
    # str.isdigit() is true for "²", but int("²") fails: this was a server error.
    assert login(world.lea).get(reverse("strategy:action_create"), {"aar": year}).status_code == 404


def test_create_starts_with_the_pejlemaerke_of_the_link(world, login):
    response = login(world.lea).get(reverse("strategy:action_create"), {"pejlemaerke": world.service.pk})
    assert response.status_code == 200
    assert response.context["form"]["pejlemaerke"].value() == world.service.pk


@pytest.mark.parametrize("pejlemaerke", ["²", "١", "abc", "-1", "9" * 5000])
def test_create_ignores_a_pejlemaerke_that_is_no_id(world, login, pejlemaerke):
    response = login(world.lea).get(reverse("strategy:action_create"), {"pejlemaerke": pejlemaerke})
    assert response.status_code == 200
    assert response.context["form"]["pejlemaerke"].value() is None


def test_create_in_a_published_plan_is_refused(world, login):
    world.plan.status = "offentliggjort"
    world.plan.save()
    response = login(world.lea).post(reverse("strategy:action_create") + "?aar=2023",
                                     {"pejlemaerke": world.service.pk, "text": "Ny", "status": "planlagt"})
    assert response.status_code == 302
    assert not Action.objects.filter(text="Ny").exists()


def test_archive_and_bring_back(world, login):
    client = login(world.mia)
    url = reverse("strategy:action_archive", args=[world.action_a.pk])
    client.post(url, {"arkiveret": "1"})
    assert Action.objects.get(pk=world.action_a.pk).is_archived
    client.post(url, {"arkiveret": "0"})
    assert not Action.objects.get(pk=world.action_a.pk).is_archived
    client.post(url, {"arkiveret": "måske"})
    assert not Action.objects.get(pk=world.action_a.pk).is_archived


def test_move_within_the_pejlemaerke(world, login):
    client = login(world.lea)
    url = reverse("strategy:action_move", args=[world.action_lea.pk])
    client.post(url, {"retning": "op"})
    service = list(Action.objects.filter(pejlemaerke=world.service).order_by("order"))
    assert service == [world.action_lea, world.action_a]
    assert Action.objects.get(pk=world.action_b.pk).order == 0  # another pejlemærke is untouched
    response = client.post(url, {"retning": "op"}, follow=True)
    assert "Handlingen står allerede først." in response.content.decode()
    client.post(url, {"retning": "sidelæns"})
    assert list(Action.objects.filter(pejlemaerke=world.service).order_by("order")) == service
