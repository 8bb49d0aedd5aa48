"""`seed_demo` builds the demo organisation, can run twice, and refuses production."""

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from obb.models import Unit, User
from strategy.models import Plan

PROJECT_APPS = ("obb", "strategy", "reporting", "hrtools")


# Known gap: the onboarding demo creates its newcomers after the staff-figure and competence
# loaders have run, so only a second run gives them a staff profile and self-assessments.
def demo_counts():
    """How many objects of each of the project's models there are (history left out)."""
    return {
        model._meta.label: model.objects.count()
        for config in apps.get_app_configs() if config.name.split(".")[0] in PROJECT_APPS
        for model in config.get_models() if not model.__name__.startswith("Historical")
    }


@pytest.mark.django_db
def test_seed_demo_builds_the_organisation_and_can_run_twice(settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    counts = (User.objects.count(), Unit.objects.count())
    everything = demo_counts()
    call_command("seed_demo", verbosity=0)
    assert (User.objects.count(), Unit.objects.count()) == counts
    # The second run adds no second copy of anything: the plans, their actions and notes, and
    # the HR tools' demo data (competences, MUS, recruitment, onboarding, staff figures).
    again = demo_counts()
    assert again == everything
    for label in ["strategy.Plan", "strategy.Action", "strategy.ProgressNote", "mus.Conversation",
                  "recruitment.RecruitmentCase", "onboarding.Onboarding",
                  "competences.Assessment", "staffstats.Snapshot"]:
        assert everything.get(label), label
    assert Plan.objects.filter(year=2023).exists()
    assert 140 <= counts[0] <= 160
    for name in ["Borgernes Hus (Hovedbiblioteket)", "Borgerservice", "Dalum Bibliotek", "Tarup Bibliotek",
                 "Holluf Pile Bibliotek", "Højby Bibliotek", "Korup Bibliotek", "Vollsmose Bibliotek",
                 "Bolbro Bibliotek"]:
        assert Unit.objects.filter(name=name).exists(), name
    for username in ["admin", "ledelse", "leder", "hr", "medarbejder"]:
        assert User.objects.get(username=username).check_password("obbdemo")
    leder, medarbejder = User.objects.get(username="leder"), User.objects.get(username="medarbejder")
    assert leder.manages(medarbejder)
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="ledelse").is_leadership
    # Every unit has a leader, and fictional staff cannot log in.
    assert not Unit.objects.filter(manager__isnull=True).exists()
    assert not User.objects.get(username="demo.dalum-bibliotek.1").has_usable_password()


@pytest.mark.django_db
def test_seed_demo_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="må ikke køres i drift"):
        call_command("seed_demo", verbosity=0)
    assert not User.objects.filter(username="ledelse").exists()


@pytest.mark.django_db
def test_seed_demo_runs_with_force_even_with_debug_off(settings):
    settings.DEBUG = False
    call_command("seed_demo", "--force", verbosity=0)
    assert User.objects.filter(username="ledelse").exists()
