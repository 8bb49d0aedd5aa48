"""`seed_demo --scale N` builds N times the demo data, the same data every time, and running it
again changes nothing."""

import hashlib

import pytest
from django.core.management import CommandError, call_command

from hrtools.mus.models import Conversation, Round
from hrtools.onboarding.models import Onboarding
from hrtools.recruitment.models import RecruitmentCase
from hrtools.staffstats.models import Snapshot
from obb.demo.scale import ACTIONS_PER_SCALE, STAFF_PER_SCALE, STAFF_PREFIX
from obb.models import User
from strategy.models import Action, Plan, ProgressNote


def counts():
    return {
        "staff": User.objects.count(),
        "plans": Plan.objects.count(),
        "actions": Action.objects.count(),
        "action history": Action.history.count(),
        "notes": ProgressNote.objects.count(),
        "rounds": Round.objects.count(),
        "conversations": Conversation.objects.count(),
        "onboardings": Onboarding.objects.count(),
        "recruitments": RecruitmentCase.objects.count(),
        "snapshots": Snapshot.objects.count(),
    }


def fingerprint():
    """The generated data by its natural keys (no ids or timestamps), as one digest."""
    rows = [
        *Action.objects.order_by("plan__year", "pejlemaerke__number", "order")
        .values_list("plan__year", "pejlemaerke__slug", "order", "text", "status", "unit__slug", "owner__username"),
        *ProgressNote.objects.order_by("action__plan__year", "action__pejlemaerke__number", "action__order", "date",
                                       "text").values_list("action__text", "date", "text", "author__username"),
        *User.objects.filter(username__startswith=STAFF_PREFIX).order_by("username")
        .values_list("username", "first_name", "last_name", "unit__slug", "job_title", "start_date"),
        *Conversation.objects.order_by("round__year", "employee__username")
        .values_list("round__year", "employee__username", "status"),
        *RecruitmentCase.objects.order_by("title").values_list("title", "unit__slug", "application_deadline"),
    ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.django_db
def test_seed_demo_at_scale_two_builds_twice_the_data_and_can_run_again(settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    plain = counts()
    call_command("seed_demo", "--scale", "2", verbosity=0)
    first, digest = counts(), fingerprint()

    assert first["staff"] == plain["staff"] + 2 * STAFF_PER_SCALE
    assert User.objects.filter(username__startswith=STAFF_PREFIX).count() == 2 * STAFF_PER_SCALE
    assert first["plans"] == 2
    for plan in Plan.objects.all():
        assert plan.actions.count() == 2 * ACTIONS_PER_SCALE
    assert first["action history"] > first["actions"]  # created, then status changes
    assert first["notes"] > first["actions"] // 2
    assert first["rounds"] == 2
    assert first["onboardings"] > plain["onboardings"]
    assert first["recruitments"] == plain["recruitments"] + 2 * 5
    assert first["snapshots"] >= 2

    call_command("seed_demo", "--scale", "2", verbosity=0)
    assert counts() == first
    assert fingerprint() == digest


@pytest.mark.django_db
def test_seed_demo_refuses_a_scale_out_of_range(settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="--scale"):
        call_command("seed_demo", "--scale", "0", verbosity=0)
    assert not User.objects.exists()
