"""Every model of recruitment and onboarding keeps its history and has an admin with it, except
the candidates, the notes on them and the evaluations, which are not in the admin at all."""

from django.apps import apps
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from tests.access_rules import ADMIN_RULE


def test_every_model_has_history_and_a_history_admin_unless_it_is_confidential():
    for label in ["recruitment", "onboarding"]:
        models = [m for m in apps.get_app_config(label).get_models() if not m.__name__.startswith("Historical")]
        assert models
        for model in models:
            assert hasattr(model, "history"), model
            if f"{label}.{model._meta.model_name}" in ADMIN_RULE.not_in_admin:
                assert model not in admin.site._registry, model
            else:
                assert isinstance(admin.site._registry.get(model), SimpleHistoryAdmin), model


def test_ticking_a_task_is_in_its_history(world, login):
    from django.urls import reverse

    task = world.nina_mentor_task
    login(world.alice).post(reverse("onboarding:task_toggle", args=[task.pk]))
    latest = task.history.latest()
    assert latest.done_at is not None and latest.history_user == world.alice
