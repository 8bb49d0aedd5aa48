"""No lost updates: two people edit the same action; the later save is refused with a Danish
message that keeps their text and shows what changed meanwhile. Nothing is lost."""

import pytest
from django.urls import reverse

from strategy.models import Action
from strategy.services import actions as services


def _form_data(world, action, **changes):
    return {"pejlemaerke": world.service.pk, "priority": world.priority.pk, "text": action.text,
            "unit": world.team_a.pk, "owner": world.mia.pk, "status": action.status,
            "start_year": 2023, "end_year": 2023, "version": action.version, **changes}


def test_the_second_of_two_concurrent_edits_is_refused(world, login, client):
    url = reverse("strategy:action_edit", args=[world.action_a.pk])
    # Both open the form on version 1.
    mia_form = login(world.mia).get(url).context["form"]
    assert mia_form["version"].value() == 1
    from django.test import Client

    lea = Client()
    lea.force_login(world.lea)
    lea.get(url)

    first = lea.post(url, _form_data(world, world.action_a, text="Lea's tekst", status="i_gang"))
    assert first.status_code == 302

    second = client.post(url, _form_data(world, world.action_a, text="Mias tekst om værtskab"))
    assert second.status_code == 409
    html = second.content.decode()
    assert "ændret af en anden, mens du redigerede" in html
    # Mia's text is kept in the form…
    assert "Mias tekst om værtskab" in html
    # …and she sees what changed meanwhile.
    changes = {change.label: (change.old, change.new) for change in second.context["conflict"]}
    assert changes["Handling"] == (world.action_a.text, "Lea's tekst")
    assert changes["Status"] == ("Planlagt", "I gang")
    # Nothing of Lea's was lost.
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.text, action.status, action.version) == ("Lea's tekst", "i_gang", 2)
    # The form now builds on version 2: saving again is Mia's deliberate choice.
    assert second.context["form"]["version"].value() in (2, "2")
    third = client.post(url, second.context["form"].data)
    assert third.status_code == 302
    assert Action.objects.get(pk=world.action_a.pk).text == "Mias tekst om værtskab"


def test_the_service_refuses_a_save_from_an_old_version(world):
    first = Action.objects.get(pk=world.action_a.pk)
    second = Action.objects.get(pk=world.action_a.pk)
    first.text = "Først"
    services.save_action(first, user=world.mia, expected_version=1)
    second.text = "Bagefter"
    with pytest.raises(services.ActionConflict) as refused:
        services.save_action(second, user=world.lea, expected_version=1)
    assert refused.value.current.text == "Først"
    assert Action.objects.get(pk=world.action_a.pk).text == "Først"
    assert world.action_a.history.count() == 2  # created + Mia's save; the refused one left no trace


@pytest.mark.django_db(transaction=True)
def test_two_threads_saving_at_once_lose_nothing(world):
    """Both start from version 1 at the same moment; exactly one wins. (The test database on
    SQLite is in memory with table locks, so there the loser may be stopped by the lock itself;
    either way it changes nothing.)"""
    import threading

    from django.db import OperationalError, connection

    results, barrier = [], threading.Barrier(2)

    def edit(text, user):
        try:
            action = Action.objects.get(pk=world.action_a.pk)
            action.text = text
            barrier.wait(timeout=5)
            services.save_action(action, user=user, expected_version=1)
            results.append(text)
        except services.ActionConflict:
            results.append("refused")
        except OperationalError:
            if connection.vendor != "sqlite":
                raise
            results.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=edit, args=(text, user))
               for text, user in (("A", world.mia), ("B", world.lea))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) in (["A", "refused"], ["B", "refused"])
    winner = next(result for result in results if result != "refused")
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.text, action.version) == (winner, 2)


def test_an_edit_without_a_version_is_refused(world, login):
    data = _form_data(world, world.action_a, text="Uden version")
    del data["version"]
    response = login(world.mia).post(reverse("strategy:action_edit", args=[world.action_a.pk]), data)
    assert response.status_code == 200
    assert "Genindlæs siden" in response.content.decode()
    assert Action.objects.get(pk=world.action_a.pk).text == world.action_a.text
