"""Every model of recruitment and onboarding keeps its history and has an admin with it."""

from django.apps import apps
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin


def test_every_model_has_history_and_a_history_admin():
    for label in ["recruitment", "onboarding"]:
        models = [m for m in apps.get_app_config(label).get_models() if not m.__name__.startswith("Historical")]
        assert models
        for model in models:
            assert hasattr(model, "history"), model
            assert isinstance(admin.site._registry.get(model), SimpleHistoryAdmin), model


def test_ticking_a_task_is_in_its_history(world, login):
    from django.urls import reverse

    task = world.nina_mentor_task
    login(world.alice).post(reverse("onboarding:task_toggle", args=[task.pk]))
    latest = task.history.latest()
    assert latest.done_at is not None and latest.history_user == world.alice
