"""HR is warned before and after opening a round whose period overlaps a round still running;
the employee's front page then shows the conversation that is booked next, not the new
round's empty one."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from hrtools.mus.models import Conversation, Round
from hrtools.mus.services import open_round


def _overlapping(world, year=2031):
    today = timezone.localdate()
    return Round.objects.create(year=year, name=f"MUS {year}", template=world.mus_template,
                                period_start=today, period_end=today + timedelta(days=60))


def test_the_round_page_warns_before_an_overlapping_round_is_opened(world, login):
    round_ = _overlapping(world)
    response = login(world.hanne).get(reverse("mus:round", args=[round_.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Perioden overlapper en runde, der er i gang" in html
    assert f"»{world.mus_round.name}« løber" in html


def test_a_round_after_the_running_one_gives_no_warning(world, login):
    today = timezone.localdate()
    later = Round.objects.create(year=2031, name="MUS 2031", template=world.mus_template,
                                 period_start=world.mus_round.period_end + timedelta(days=1),
                                 period_end=today + timedelta(days=400))
    assert list(later.overlapping_rounds()) == []
    response = login(world.hanne).get(reverse("mus:round", args=[later.pk]))
    assert response.status_code == 200
    assert "Perioden overlapper" not in response.content.decode()


def test_opening_an_overlapping_round_says_so(world, login):
    round_ = _overlapping(world)
    response = login(world.hanne).post(reverse("mus:round_open", args=[round_.pk]), follow=True)
    assert response.status_code == 200
    assert f"Runden overlapper »{world.mus_round.name}«" in response.content.decode()
    assert Conversation.objects.filter(round=round_, employee=world.alice).exists()


def test_the_front_page_shows_the_booked_conversation_before_a_newer_rounds_empty_one(world, login):
    open_round(_overlapping(world), user=world.hanne)
    response = login(world.alice).get(reverse("home"))
    assert response.status_code == 200
    html = response.content.decode()
    prepare = reverse("mus:prepare", args=[world.mus_alice.pk])
    assert f'href="{prepare}"' in html
    assert f"{world.mus_round.name}:" in html
    assert "Samtale med Mia Testesen" in html
