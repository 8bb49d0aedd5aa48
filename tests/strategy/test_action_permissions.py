"""Who may change which action: mia her units' and her own, otto his, lea everything, alice and
the other staff nothing. An action that is not yours to edit gives 403; an id that does not
exist gives 404; a refused change changes nothing."""

import pytest
from django.urls import reverse

from strategy.models import Action, ProgressNote


def _edit_posts(world, action):
    pk = action.pk
    return [
        (reverse("strategy:action_edit", args=[pk]), {"text": "Overtaget", "pejlemaerke": action.pejlemaerke_id,
                                                      "status": "i_gang", "version": action.version}),
        (reverse("strategy:action_status", args=[pk]), {"status": "opgivet", "version": action.version}),
        (reverse("strategy:action_note_add", args=[pk]), {"text": "Hej", "date": "2023-01-02"}),
        (reverse("strategy:action_archive", args=[pk]), {"arkiveret": "1"}),
        (reverse("strategy:action_move", args=[pk]), {"retning": "op"}),
    ]


def _unchanged(action):
    fresh = Action.objects.get(pk=action.pk)
    return (fresh.text, fresh.status, fresh.is_archived, fresh.order, fresh.version) == (
        action.text, action.status, action.is_archived, action.order, action.version)


def test_manager_is_refused_on_another_units_action(world, login):
    client = login(world.mia)
    notes_before = ProgressNote.objects.count()
    assert client.get(reverse("strategy:action_edit", args=[world.action_b.pk])).status_code == 403
    for url, data in _edit_posts(world, world.action_b):
        assert client.post(url, data).status_code == 403, url
    assert _unchanged(world.action_b)
    assert ProgressNote.objects.count() == notes_before


@pytest.mark.parametrize("person", ["alice", "hanne", "adam"])
def test_staff_without_a_manager_role_are_refused_every_edit(world, login, person):
    client = login(getattr(world, person))
    assert client.get(reverse("strategy:action_create")).status_code == 403
    for action in (world.action_a, world.action_b, world.action_lea):
        assert client.get(reverse("strategy:action_edit", args=[action.pk])).status_code == 403
        for url, data in _edit_posts(world, action):
            assert client.post(url, data).status_code == 403, url
        assert _unchanged(action)
    # …but they read every action.
    assert client.get(reverse("strategy:action_detail", args=[world.action_b.pk])).status_code == 200


def test_manager_edits_the_actions_of_units_below_hers(world, login):
    # action_a belongs to team_a, below mia's house_a; she also owns it.
    assert world.action_a.can_edit(world.mia)
    assert world.action_a in Action.objects.editable_by(world.mia)
    assert world.action_b not in Action.objects.editable_by(world.mia)
    client = login(world.mia)
    response = client.post(reverse("strategy:action_status", args=[world.action_a.pk]),
                           {"status": "gennemfoert", "version": 1})
    assert response.status_code == 302
    assert Action.objects.get(pk=world.action_a.pk).status == "gennemfoert"


def test_manager_edits_an_action_she_owns_in_another_unit(world, login):
    Action.objects.filter(pk=world.action_b.pk).update(owner=world.mia)
    client = login(world.mia)
    response = client.post(reverse("strategy:action_status", args=[world.action_b.pk]),
                           {"status": "i_gang", "version": 1})
    assert response.status_code == 302
    assert Action.objects.get(pk=world.action_b.pk).status == "i_gang"


def test_the_unit_tree_only_goes_down(world, login):
    # otto leads house_b, not team_a: he may not edit action_a.
    client = login(world.otto)
    assert client.get(reverse("strategy:action_edit", args=[world.action_a.pk])).status_code == 403
    assert client.get(reverse("strategy:action_edit", args=[world.action_b.pk])).status_code == 200


def test_leadership_edits_everything(world, login):
    client = login(world.lea)
    for action in (world.action_a, world.action_b):
        response = client.post(reverse("strategy:action_status", args=[action.pk]),
                               {"status": "udskudt", "version": action.version})
        assert response.status_code == 302
    assert set(Action.objects.filter(status="udskudt")) == {world.action_a, world.action_b}


@pytest.mark.parametrize("name", ["action_detail", "action_edit"])
def test_unknown_action_is_404(world, login, name):
    client = login(world.lea)
    assert client.get(reverse(f"strategy:{name}", args=[999999])).status_code == 404


@pytest.mark.parametrize("name", ["action_status", "action_note_add", "action_archive", "action_move"])
def test_posting_to_an_unknown_action_is_404(world, login, name):
    client = login(world.lea)
    assert client.post(reverse(f"strategy:{name}", args=[999999]), {}).status_code == 404


def test_manager_creates_only_for_her_own_units(world, login):
    client = login(world.mia)
    url = reverse("strategy:action_create") + "?aar=2023"
    page = client.get(url)
    unit_choices = {unit.pk for unit in page.context["form"].fields["unit"].queryset}
    assert unit_choices == {world.house_a.pk, world.team_a.pk}
    owners = set(page.context["form"].fields["owner"].queryset)
    assert world.mia in owners and world.alice in owners and world.otto not in owners

    refused = client.post(url, {"pejlemaerke": world.service.pk, "text": "Ny handling", "status": "planlagt",
                                "unit": world.house_b.pk, "owner": world.otto.pk})
    assert refused.status_code == 200
    assert refused.context["form"].errors
    assert not Action.objects.filter(text="Ny handling").exists()

    created = client.post(url, {"pejlemaerke": world.service.pk, "text": "Ny handling", "status": "planlagt",
                                "unit": world.team_a.pk, "owner": world.alice.pk})
    action = Action.objects.get(text="Ny handling")
    assert created.status_code == 302
    assert action.can_edit(world.mia)


def test_manager_may_not_hand_an_action_to_someone_she_cannot_reach(world, login):
    client = login(world.mia)
    response = client.post(reverse("strategy:action_edit", args=[world.action_a.pk]), {
        "pejlemaerke": world.service.pk, "text": world.action_a.text, "status": "planlagt", "version": 1,
        "unit": "", "owner": world.alice.pk,
    })
    assert response.status_code == 200
    assert "du er leder for" in response.content.decode()
    fresh = Action.objects.get(pk=world.action_a.pk)
    assert (fresh.unit, fresh.owner, fresh.version) == (world.team_a, world.mia, 1)
