"""The action page: everything about one action, its notes and its history, for every member
of staff; the tools only for those who may edit it."""

from django.urls import reverse

from strategy.models import Action, Goal


def _url(action):
    return reverse("strategy:action_detail", args=[action.pk])


def test_employee_reads_an_action_with_notes(world, login):
    goal = Goal.objects.create(kind="verdensmaal", number=4, name="Kvalitetsuddannelse")
    world.action_a.goals.add(goal)
    world.action_a.projects.add(world.project)
    html = login(world.alice).get(_url(world.action_a)).content.decode()
    for text in (world.action_a.text, "Team Nord", "Mia Testesen", "Fokus på det personlige møde",
                 "Kurset er planlagt.", "Værtskabskursus", "Verdensmål 4: Kvalitetsuddannelse", "Historik"):
        assert text in html, text
    assert reverse("strategy:action_edit", args=[world.action_a.pk]) not in html
    assert 'action="' + reverse("strategy:action_note_add", args=[world.action_a.pk]) not in html


def test_the_manager_gets_the_tools(world, login):
    html = login(world.mia).get(_url(world.action_a)).content.decode()
    for url_name in ("action_edit", "action_note_add", "action_archive", "action_move"):
        assert reverse(f"strategy:{url_name}", args=[world.action_a.pk]) in html, url_name
    assert "Gendan denne version" not in html


def test_text_with_script_is_plain_text(world, login):
    Action.objects.filter(pk=world.action_a.pk).update(text="<script>alert(1)</script>")
    html = login(world.alice).get(_url(world.action_a)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_query_count_does_not_grow_with_history(world, login, django_assert_max_num_queries):
    client = login(world.lea)
    for n in range(30):
        client.post(reverse("strategy:action_status", args=[world.action_a.pk]),
                    {"status": "i_gang" if n % 2 else "udskudt", "version": n + 1})
    with django_assert_max_num_queries(30):
        assert client.get(_url(world.action_a)).status_code == 200


def test_unknown_action_is_404(world, login):
    assert login(world.alice).get(reverse("strategy:action_detail", args=[987654])).status_code == 404
