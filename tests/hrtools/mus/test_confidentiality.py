"""A conversation's content is seen only by the employee and the manager who holds it; the
employee may share it with HR. Everyone else is refused — through the pages, the downloads, the
history and the admin — and a former manager loses access when the employee moves."""

import pytest
from django.urls import reverse

from hrtools.mus.models import Conversation, Status
from tests.hrtools.mus.helpers import hold
from tests.reporting.pdftext import read_pdf

SECRET_ANSWER = "Fortroligt svar fra alice."
SECRET_SUMMARY = "Hemmeligt referat om alice."


def content_urls(world):
    c, g = world.mus_alice.pk, world.mus_goal.pk
    return [
        reverse("mus:conversation", args=[c]),
        reverse("mus:prepare", args=[c]),
        reverse("mus:summary", args=[c]),
        reverse("mus:history", args=[c]),
        reverse("mus:ics", args=[c]),
        reverse("mus:schedule", args=[c]),
        reverse("mus:goal_add", args=[c]),
        reverse("mus:goal_edit", args=[g]),
        reverse("mus:goal_follow_up", args=[g]),
        reverse("reporting:mus_plan_pdf", args=[c]),
    ]


def post_urls(world):
    c = world.mus_alice.pk
    return [
        (reverse("mus:prepared", args=[c]), {}),
        (reverse("mus:respond", args=[c]), {"response": "bekraeftet"}),
        (reverse("mus:share", args=[c]), {"shared": "1"}),
        (reverse("mus:close", args=[c]), {}),
        (reverse("mus:summary", args=[c]), {"summary": "Overskrevet", "version": 0}),
        (reverse("mus:schedule", args=[c]), {"date": "2031-01-14", "time": "10:00", "duration_minutes": 60,
                                             "place": "Et andet sted"}),
    ]


@pytest.mark.parametrize("intruder", ["bob", "otto", "hanne", "lea", "adam"])
def test_everyone_but_the_two_parties_gets_404(world, login, intruder):
    client = login(getattr(world, intruder))
    for url in content_urls(world):
        assert client.get(url).status_code == 404, url
    conversation = Conversation.objects.get(pk=world.mus_alice.pk)
    assert conversation.summary == "" and not conversation.shared_with_hr
    assert conversation.place == "Mødelokale 2, Nordhuset"


INTRUDERS = ["bob", "otto", "hanne", "lea", "adam"]


def test_every_write_is_refused_to_everyone_but_the_party_it_belongs_to(world, login):
    """Each body is one the conversation's party may send at that point of the journey (they send
    it right after, and it is accepted), so the intruders' 404 is the permission's doing."""
    from django.contrib.messages import get_messages

    from tests.hrtools.mus.helpers import next_week_form

    c = world.mus_alice.pk
    steps = [
        ("alice", reverse("mus:prepared", args=[c]), lambda: {}),
        ("alice", reverse("mus:share", args=[c]), lambda: {"shared": "1"}),
        ("mia", reverse("mus:schedule", args=[c]), lambda: next_week_form(place="Et andet sted")),
        ("mia", reverse("mus:summary", args=[c]), lambda: {
            "summary": "Vi aftalte to mål.", "hold": "1",
            "version": Conversation.objects.get(pk=c).summary_version}),
        ("alice", reverse("mus:respond", args=[c]), lambda: {"response": "bekraeftet"}),
    ]
    for party, url, body in steps:
        for intruder in INTRUDERS:
            before = Conversation.history.filter(id=c).count()
            # 404: not theirs to see; 403 for HR once alice has shared the conversation with HR,
            # who may then read it but not act in it.
            status = login(getattr(world, intruder)).post(url, body()).status_code
            assert status == (403 if intruder == "hanne" and url != steps[0][1] and url != steps[1][1] else 404), (
                intruder, url, status)
            assert Conversation.history.filter(id=c).count() == before, (intruder, url)
        client = login(getattr(world, party))
        response = client.post(url, body())
        assert response.status_code == 302, (party, url)
        errors = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
        assert not errors, (party, url, errors)
    conversation = Conversation.objects.get(pk=c)
    assert conversation.shared_with_hr and conversation.place == "Et andet sted"
    assert conversation.summary == "Vi aftalte to mål." and conversation.status == Status.FOLLOW_UP
    assert conversation.employee_response == Conversation.Response.CONFIRMED


@pytest.mark.parametrize("party", ["alice", "mia"])
def test_the_employee_and_her_manager_read_it(world, login, party):
    client = login(getattr(world, party))
    c, g = world.mus_alice.pk, world.mus_goal.pk
    managers_only = {reverse("mus:schedule", args=[c]), reverse("mus:goal_add", args=[c]),
                     reverse("mus:goal_edit", args=[g])}
    for url in content_urls(world):
        if party == "alice" and url in managers_only:
            expected = 403
        elif party == "alice" and url == reverse("mus:summary", args=[c]):
            expected = 302  # the manager writes the summary first
        else:
            expected = 200
        assert client.get(url).status_code == expected, url
    page = client.get(reverse("mus:conversation", args=[c]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Lære at facilitere læsekredse" in html and "Mødelokale 2, Nordhuset" in html
    if party == "alice":  # her own answer; mia reads it once alice has marked herself prepared
        history = client.get(reverse("mus:history", args=[c]))
        assert history.status_code == 200 and SECRET_ANSWER in history.content.decode()
    response = client.get(reverse("reporting:mus_plan_pdf", args=[world.mus_alice.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "Lære at facilitere læsekredse" in read_pdf(response.content).full_text()


def test_the_history_keeps_the_other_partys_answers_until_they_have_marked_themselves_prepared(world, login):
    history = reverse("mus:history", args=[world.mus_alice.pk])
    assert SECRET_ANSWER in login(world.alice).get(history).content.decode()  # her own answer
    assert SECRET_ANSWER not in login(world.mia).get(history).content.decode()  # alice is still preparing
    assert login(world.alice).post(reverse("mus:prepared", args=[world.mus_alice.pk])).status_code == 302
    assert SECRET_ANSWER in login(world.mia).get(history).content.decode()


def test_hr_reads_only_what_the_employee_shares(world, login):
    conversation = hold(world.mus_alice, SECRET_SUMMARY)
    hanne = login(world.hanne)
    assert hanne.get(reverse("mus:conversation", args=[conversation.pk])).status_code == 404
    assert login(world.alice).post(reverse("mus:share", args=[conversation.pk]), {"shared": "1"}).status_code == 302
    hanne = login(world.hanne)
    page = hanne.get(reverse("mus:conversation", args=[conversation.pk]))
    assert page.status_code == 200 and SECRET_SUMMARY in page.content.decode()
    assert hanne.get(reverse("mus:history", args=[conversation.pk])).status_code == 200
    assert hanne.get(reverse("reporting:mus_plan_pdf", args=[conversation.pk])).status_code == 200
    # Reading is all: HR does not prepare, write or answer in someone else's conversation.
    assert hanne.get(reverse("mus:prepare", args=[conversation.pk])).status_code == 403
    assert hanne.post(reverse("mus:summary", args=[conversation.pk]),
                      {"summary": "HR skriver", "version": 1}).status_code == 403
    assert hanne.post(reverse("mus:share", args=[conversation.pk]), {"shared": "0"}).status_code == 403
    round_page = hanne.get(reverse("mus:round", args=[conversation.round_id])).content.decode()
    assert reverse("mus:conversation", args=[conversation.pk]) in round_page  # listed as shared
    # alice stops sharing: HR is refused again.
    login(world.alice).post(reverse("mus:share", args=[conversation.pk]), {"shared": "0"})
    hanne = login(world.hanne)
    assert hanne.get(reverse("mus:conversation", args=[conversation.pk])).status_code == 404
    assert hanne.get(reverse("mus:history", args=[conversation.pk])).status_code == 404
    assert hanne.get(reverse("reporting:mus_plan_pdf", args=[conversation.pk])).status_code == 404


def test_a_new_manager_takes_over_the_open_conversation_and_the_former_loses_access(world, login):
    alice = world.alice
    alice.manager = world.otto
    alice.save()
    conversation = Conversation.objects.get(pk=world.mus_alice.pk)
    assert conversation.manager == world.otto
    mia = login(world.mia)
    for url in content_urls(world):
        assert mia.get(url).status_code == 404, url
    for url, data in post_urls(world):
        assert mia.post(url, data).status_code == 404, url
    assert world.mus_alice.pk not in [c.pk for c in Conversation.objects.visible_to(world.mia)]
    otto = login(world.otto)
    assert otto.get(reverse("mus:conversation", args=[conversation.pk])).status_code == 200
    assert otto.get(reverse("mus:history", args=[conversation.pk])).status_code == 200
    history = otto.get(reverse("mus:history", args=[conversation.pk])).content.decode()
    assert "Ny leder" in history
    assert reverse("mus:conversation", args=[conversation.pk]) in otto.get(reverse("mus:team")).content.decode()
    assert reverse("mus:conversation", args=[conversation.pk]) not in mia_team(login, world)


def mia_team(login, world):
    return login(world.mia).get(reverse("mus:team")).content.decode()


def test_a_closed_conversation_stays_closed_to_a_former_manager(world, login):
    conversation = world.mus_alice
    Conversation.objects.filter(pk=conversation.pk).update(status=Status.CLOSED, summary=SECRET_SUMMARY)
    world.alice.manager = world.otto
    world.alice.save()
    conversation.refresh_from_db()
    assert conversation.manager == world.mia  # not moved: it was held with mia
    for person in (world.mia, world.otto):
        assert login(person).get(reverse("mus:conversation", args=[conversation.pk])).status_code == 404
        assert login(person).get(reverse("mus:history", args=[conversation.pk])).status_code == 404
    assert login(world.alice).get(reverse("mus:conversation", args=[conversation.pk])).status_code == 200


def test_a_manager_change_made_without_signals_still_locks_the_former_manager_out(world, login):
    from obb.models import User

    User.objects.filter(pk=world.alice.pk).update(manager=world.otto)
    assert login(world.mia).get(reverse("mus:conversation", args=[world.mus_alice.pk])).status_code == 404


def test_the_admin_shows_no_content(world, login):
    conversation = hold(world.mus_alice, SECRET_SUMMARY)
    adam = login(world.adam)
    urls = [
        reverse("admin:mus_conversation_changelist"),
        reverse("admin:mus_conversation_change", args=[conversation.pk]),
        reverse("admin:mus_conversation_history", args=[conversation.pk]),
    ]
    for url in urls:
        response = adam.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        assert SECRET_SUMMARY not in text and SECRET_ANSWER not in text, url
    search = adam.get(reverse("admin:mus_conversation_changelist") + "?q=Hemmeligt")
    assert "0 MUS-samtaler" in search.content.decode() or "0 resultater" in search.content.decode()
    # Answers and goals have no admin at all; the conversation cannot be changed or deleted there.
    assert adam.get("/admin/mus/answer/").status_code == 404
    assert adam.get("/admin/mus/goal/").status_code == 404
    assert adam.post(reverse("admin:mus_conversation_change", args=[conversation.pk]),
                     {"manager": world.adam.pk}).status_code == 403
    conversation.refresh_from_db()
    assert conversation.manager == world.mia


def test_overviews_show_no_content(world, login):
    conversation = hold(world.mus_alice, SECRET_SUMMARY)
    for person, url in ((world.hanne, reverse("mus:round", args=[conversation.round_id])),
                        (world.lea, reverse("mus:round", args=[conversation.round_id])),
                        (world.mia, reverse("mus:team")),
                        (world.hanne, reverse("home")), (world.mia, reverse("home"))):
        text = login(person).get(url).content.decode()
        assert SECRET_SUMMARY not in text and SECRET_ANSWER not in text, (person, url)


def test_the_admin_is_closed_to_everyone_but_administrators(world, login):
    world.alice.manager = world.otto
    world.alice.save()  # mia is now the former manager
    urls = [reverse("admin:mus_conversation_changelist"),
            reverse("admin:mus_conversation_change", args=[world.mus_alice.pk]),
            reverse("admin:mus_conversation_history", args=[world.mus_alice.pk])]
    for person in (world.bob, world.otto, world.hanne, world.mia, world.lea):
        client = login(person)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login")), url
