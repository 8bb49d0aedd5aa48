"""The quick status change in the list (htmx): the row is swapped in place, the version is
carried, and a stale or invalid change is refused with a Danish message."""

import json

from django.urls import reverse

from strategy.models import Action

HTMX = {"HTTP_HX_REQUEST": "true"}


def _url(action):
    return reverse("strategy:action_status", args=[action.pk])


def test_status_change_returns_the_row_fragment(world, login):
    response = login(world.mia).post(_url(world.action_a), {"status": "i_gang", "version": 1}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(f'<tr id="handling-{world.action_a.pk}"')
    assert "<html" not in html
    assert 'name="version" value="2"' in html
    assert "I gang" in html
    assert json.loads(response["HX-Trigger"])["obb:announce"]["value"] == "Status for handlingen er nu I gang."
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.status, action.version) == ("i_gang", 2)
    entry = action.history.first()
    assert entry.history_user == world.mia and entry.status == "i_gang"


def test_a_stale_status_change_is_refused(world, login):
    client = login(world.mia)
    client.post(_url(world.action_a), {"status": "i_gang", "version": 1}, **HTMX)
    # A second tab still holds version 1.
    response = client.post(_url(world.action_a), {"status": "opgivet", "version": 1}, **HTMX)
    html = response.content.decode()
    assert "ændret af en anden i mellemtiden" in html
    assert 'name="version" value="2"' in html
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.status, action.version) == ("i_gang", 2)


def test_an_unknown_status_is_refused(world, login):
    response = login(world.mia).post(_url(world.action_a), {"status": "slettet", "version": 1}, **HTMX)
    assert "Vælg en gyldig status." in response.content.decode()
    assert Action.objects.get(pk=world.action_a.pk).status == "planlagt"


def test_a_missing_version_is_refused(world, login):
    response = login(world.mia).post(_url(world.action_a), {"status": "i_gang"}, **HTMX)
    assert "Vælg en gyldig status." in response.content.decode()
    assert Action.objects.get(pk=world.action_a.pk).version == 1


def test_without_htmx_the_change_redirects_back_with_a_message(world, login):
    client = login(world.mia)
    back = reverse("strategy:action_list") + "?aar=2023"
    response = client.post(_url(world.action_a), {"status": "gennemfoert", "version": 1, "next": back})
    assert response.status_code == 302 and response["Location"] == back
    assert "Status for handlingen er nu Gennemført." in client.get(back).content.decode()


def test_next_may_not_point_elsewhere(world, login):
    response = login(world.mia).post(_url(world.action_a), {"status": "i_gang", "version": 1,
                                                            "next": "https://example.com/"})
    assert response["Location"] == reverse("strategy:action_detail", args=[world.action_a.pk])


def test_status_can_change_in_a_published_plan(world, login):
    world.plan.status = "offentliggjort"
    world.plan.save()
    response = login(world.mia).post(_url(world.action_a), {"status": "gennemfoert", "version": 1}, **HTMX)
    assert response.status_code == 200
    assert Action.objects.get(pk=world.action_a.pk).status == "gennemfoert"


def test_get_is_not_allowed(world, login):
    assert login(world.mia).get(_url(world.action_a)).status_code == 405


def test_a_quick_change_says_so_in_the_row_in_words(world, login):
    response = login(world.mia).post(_url(world.action_a), {"status": "i_gang", "version": 1}, **HTMX)
    assert response.status_code == 200
    assert '<p class="obb-status-saved" aria-hidden="true">Status er gemt</p>' in response.content.decode()
    response = login(world.mia).post(_url(world.action_a), {"status": "slettet", "version": 2}, **HTMX)
    assert "Vælg en gyldig status." in response.content.decode()
    assert "Status er gemt" not in response.content.decode()


def test_the_action_page_has_a_status_control_for_who_may_edit(world, login):
    page = reverse("strategy:action_detail", args=[world.action_a.pk])
    response = login(world.mia).get(page)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<form method="post" action="{_url(world.action_a)}"' in html
    assert f'<label class="form-label" for="status-{world.action_a.pk}">Status</label>' in html
    response = login(world.mia).post(_url(world.action_a), {"status": "udskudt", "version": 1, "next": page})
    assert response.status_code == 302 and response["Location"] == page
    assert Action.objects.get(pk=world.action_a.pk).status == "udskudt"
    response = login(world.alice).get(page)
    assert response.status_code == 200
    assert f'action="{_url(world.action_a)}"' not in response.content.decode()
