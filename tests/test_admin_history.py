"""Every model of the intranet keeps its history and shows it in the admin: it is registered
with SimpleHistoryAdmin (or an admin built on it). The exceptions are deliberate and listed
below with their reason; such a model is either not in the admin at all or read-only there."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.test import RequestFactory
from simple_history.admin import SimpleHistoryAdmin

PROJECT_APPS = ("obb", "strategy", "reporting", "hrtools")

# model                              why the administrator does not edit it in the admin
EXEMPT = {
    "mus.Conversation":                "MUS: the conversation is between employee and manager",
    "mus.Answer":                      "MUS: the employee's preparation answers are confidential",
    "mus.Goal":                        "MUS: the goals agreed in the conversation are confidential",
    "competences.Assessment":          "a person's assessment of their own competences",
    "competences.CareerAim":           "a person's career wishes",
    "competences.DevelopmentProposal": "a person's development proposals",
    "staffstats.StaffProfile":         "personal data behind the staff figures (age, sickness, …)",
    "staffstats.SnapshotPerson":       "a person's row in a year's staff figures",
    "recruitment.Candidate":           "applicants' personal data, kept only as long as the law allows",
    "recruitment.CandidateNote":       "notes on applicants from the hiring committee",
    "onboarding.OnboardingEvaluation": "the newcomer's own evaluation of their onboarding",
}


def project_models():
    return sorted(
        (model for config in apps.get_app_configs() if config.name.split(".")[0] in PROJECT_APPS
         for model in config.get_models() if not model.__name__.startswith("Historical")),
        key=lambda model: model._meta.label,
    )


def _administrator_request():
    from obb.models import User

    request = RequestFactory().get("/admin/")
    request.user = User.objects.create_superuser("admin-test", "admin-test@example.org", "x")
    return request


@pytest.mark.parametrize("model", project_models(), ids=lambda model: model._meta.label)
def test_every_model_keeps_its_history(model):
    assert hasattr(model, "history"), f"{model._meta.label} has no HistoricalRecords"


@pytest.mark.parametrize("model", project_models(), ids=lambda model: model._meta.label)
def test_every_model_is_in_the_admin_with_its_history_or_deliberately_exempt(model, db):
    label = model._meta.label
    model_admin = admin.site._registry.get(model)
    if label not in EXEMPT:
        assert isinstance(model_admin, SimpleHistoryAdmin), (
            f"{label} is not in the admin with SimpleHistoryAdmin; register it, or add it to EXEMPT with the reason")
    elif model_admin is not None:
        request = _administrator_request()
        assert not model_admin.has_add_permission(request), f"{label} is exempt but can be added in the admin"
        assert not model_admin.has_change_permission(request), f"{label} is exempt but can be changed in the admin"
        assert not model_admin.has_delete_permission(request), f"{label} is exempt but can be deleted in the admin"


def test_the_exemptions_name_real_models():
    labels = {model._meta.label for model in project_models()}
    assert sorted(set(EXEMPT) - labels) == []
