"""The Django admin is no back door around the plan's workflow: adam (administrator) cannot
approve or publish a plan there, nor change or delete what a published plan prints. A draft's
content he can still correct."""

import pytest
from django.urls import reverse

from strategy.models import Action, Foreword, Partner, Plan


def _form_data(response):
    """What the admin's change form would post back unchanged: its fields and inline rows."""
    data = {}

    def add(form):
        for bound in form:
            value = bound.value()
            if value is None or value is False:
                continue
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(item) for item in value]
            else:
                data[bound.html_name] = "on" if value is True else str(value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.initial_forms:
            add(form)
    return data


def _change_url(obj):
    return reverse(f"admin:strategy_{obj._meta.model_name}_change", args=[obj.pk])


def _publish(world):
    plan = world.plan
    plan.move_to(Plan.Status.APPROVED, world.lea)
    plan.move_to(Plan.Status.PUBLISHED, world.lea)
    return plan


def test_adam_cannot_approve_or_publish_a_draft_plan_in_the_admin(world, login):
    client = login(world.adam)
    url = _change_url(world.plan)
    data = _form_data(client.get(url))
    assert "status" not in data  # the workflow's fields are read-only here
    for status in (Plan.Status.APPROVED, Plan.Status.PUBLISHED):
        response = client.post(url, {**data, "status": status, "title": "Ny titel",
                                     "published_at_0": "2023-01-01", "published_at_1": "10:00"})
        assert response.status_code == 302
        plan = Plan.objects.get(pk=world.plan.pk)
        assert (plan.title, plan.status, plan.approved_at, plan.published_at) == (
            "Ny titel", Plan.Status.DRAFT, None, None)


def test_a_new_plan_added_in_the_admin_starts_as_a_draft(world, login):
    response = login(world.adam).post(reverse("admin:strategy_plan_add"), {
        "year": 2024, "title": "Det gør vi 2024", "organisation_name": "OBB", "strategy": world.strategy.pk,
        "status": Plan.Status.PUBLISHED,
    })
    assert response.status_code == 302
    assert Plan.objects.get(year=2024).status == Plan.Status.DRAFT


def test_adam_cannot_change_or_delete_a_published_plan_in_the_admin(world, login):
    client = login(world.adam)
    url = _change_url(world.plan)
    data = _form_data(client.get(url))
    plan = _publish(world)
    response = client.post(url, {**data, "title": "Ændret efter offentliggørelsen"})
    assert response.status_code == 403
    assert client.post(reverse("admin:strategy_plan_delete", args=[plan.pk]), {"post": "yes"}).status_code == 403
    plan = Plan.objects.get(pk=plan.pk)
    assert (plan.title, plan.status) == ("Det gør vi 2023", Plan.Status.PUBLISHED)


def test_adam_cannot_revert_a_published_plan_to_its_draft_version(world, login):
    draft_version = world.plan.history.earliest()
    _publish(world)
    url = reverse("admin:strategy_plan_simple_history", args=[world.plan.pk, draft_version.history_id])
    response = login(world.adam).post(url, {"year": 2023, "title": "Det gør vi 2023",
                                            "organisation_name": "OBB", "strategy": world.strategy.pk})
    assert response.status_code == 403
    assert Plan.objects.get(pk=world.plan.pk).status == Plan.Status.PUBLISHED


@pytest.mark.parametrize("name", ["partner", "project", "key_figures", "priority"])
def test_the_content_of_a_published_plan_cannot_be_changed_or_deleted_in_the_admin(world, login, name):
    obj = getattr(world, name)
    client = login(world.adam)
    data = _form_data(client.get(_change_url(obj)))
    _publish(world)
    before = type(obj).objects.filter(pk=obj.pk).values().get()
    first_field = next(key for key in data if not key.startswith(("_", "csrf")) and "-" not in key)
    assert client.post(_change_url(obj), {**data, first_field: "Ændret"}).status_code == 403
    delete_url = reverse(f"admin:strategy_{obj._meta.model_name}_delete", args=[obj.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert type(obj).objects.filter(pk=obj.pk).values().get() == before


def test_nothing_new_can_be_added_to_a_published_plan_in_the_admin(world, login):
    _publish(world)
    client = login(world.adam)
    response = client.post(reverse("admin:strategy_partner_add"), {"plan": world.plan.pk, "order": 5,
                                                                   "name": "Ny partner"})
    assert response.status_code == 200  # the form refuses the plan as a choice
    response = client.post(reverse("admin:strategy_foreword_add"), {
        "plan": world.plan.pk, "kind": "forord", "order": 0, "heading": "Forord", "body": "Tekst"})
    assert response.status_code == 200
    assert not Partner.objects.filter(name="Ny partner").exists()
    assert not Foreword.objects.filter(plan=world.plan).exists()


def test_an_action_of_a_published_plan_keeps_its_text_but_its_status_may_change(world, login):
    client = login(world.adam)
    url = _change_url(world.action_a)
    _publish(world)
    data = _form_data(client.get(url))
    assert "text" not in data
    response = client.post(url, {**data, "text": "Ny tekst", "status": Action.Status.DONE})
    assert response.status_code == 302
    action = Action.objects.get(pk=world.action_a.pk)
    assert (action.text, action.status) == (world.action_a.text, Action.Status.DONE)
    delete_url = reverse("admin:strategy_action_delete", args=[action.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Action.objects.filter(pk=action.pk).exists()


def test_adam_can_still_correct_an_action_of_a_draft_plan_in_the_admin(world, login):
    client = login(world.adam)
    url = _change_url(world.action_a)
    data = _form_data(client.get(url))
    response = client.post(url, {**data, "text": "Rettet i administrationen"})
    assert response.status_code == 302
    assert Action.objects.get(pk=world.action_a.pk).text == "Rettet i administrationen"
    assert world.action_a.history.first().history_user == world.adam
