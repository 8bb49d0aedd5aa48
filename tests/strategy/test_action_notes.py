"""Dated progress notes with their author; they can be added through the year, also when the
plan is published."""

from django.urls import reverse

from strategy.models import ProgressNote


def _url(action):
    return reverse("strategy:action_note_add", args=[action.pk])


def test_manager_adds_a_note(world, login):
    client = login(world.mia)
    response = client.post(_url(world.action_a), {"text": "Første hold er uddannet.", "date": "2023-05-02"})
    assert response.status_code == 302
    note = world.action_a.notes.first()
    assert (note.text, note.author, str(note.date)) == ("Første hold er uddannet.", world.mia, "2023-05-02")
    assert "Første hold er uddannet." in client.get(response["Location"]).content.decode()


def test_a_note_in_a_published_plan(world, login):
    world.plan.status = "offentliggjort"
    world.plan.save()
    login(world.mia).post(_url(world.action_a), {"text": "Afsluttet.", "date": "2023-12-01"})
    assert world.action_a.notes.filter(text="Afsluttet.").exists()


def test_an_empty_or_future_note_is_refused(world, login):
    client = login(world.mia)
    before = ProgressNote.objects.count()
    empty = client.post(_url(world.action_a), {"text": "", "date": "2023-05-02"})
    assert empty.status_code == 400 and "Dette felt er påkrævet." in empty.content.decode()
    future = client.post(_url(world.action_a), {"text": "Senere", "date": "2999-01-01"})
    assert "Datoen kan ikke ligge i fremtiden." in future.content.decode()
    bad_date = client.post(_url(world.action_a), {"text": "Senere", "date": "32-13-2023"})
    assert bad_date.status_code == 400
    assert ProgressNote.objects.count() == before


def test_a_note_with_html_is_plain_text(world, login):
    client = login(world.mia)
    client.post(_url(world.action_a), {"text": "<b>vigtigt</b>", "date": "2023-05-02"})
    html = client.get(reverse("strategy:action_detail", args=[world.action_a.pk])).content.decode()
    assert "&lt;b&gt;vigtigt&lt;/b&gt;" in html


def test_employee_may_not_add_notes(world, login):
    response = login(world.alice).post(_url(world.action_a), {"text": "Hej", "date": "2023-05-02"})
    assert response.status_code == 403
    assert not world.action_a.notes.filter(text="Hej").exists()
