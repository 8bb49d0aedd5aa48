"""The rest of the Django admin under axe: the change list and the add form of every model the
admin has, a bulk action's confirmation page, the calendar and clock pop-ups while open, and the
admin's dark theme. test_accessibility.py covers the pages the administrator works in most (the
index, people, units, a change form of each kind, history and delete pages)."""

import pytest
from django.contrib import admin
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.conftest import check_accessibility, screenshot

MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)


def _url(model, view):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}")


def _sweep(page, urls):
    """{url: [problems]} for the pages of `urls` with an axe violation, a wrong status or not
    exactly one <h1>."""
    problems = {}
    for url in urls:
        response = page.goto(url)
        found = [] if response.status == 200 else [f"status {response.status}"]
        if page.locator("h1").count() != 1:
            found.append(f"{page.locator('h1').count()} <h1> elements")
        found += check_accessibility(page)
        if found:
            problems[url] = found
    return problems


def test_every_admin_change_list_passes_axe(world, open_page):
    page = open_page(user=world.adam)
    assert _sweep(page, [_url(model, "changelist") for model in MODELS]) == {}


def test_every_admin_add_form_passes_axe(world, open_page):
    page = open_page(user=world.adam)
    addable = [model for model, model_admin in admin.site._registry.items()
               if model_admin.has_add_permission(_request(world.adam))]
    assert len(addable) > 30  # the sweep is only as good as its list
    assert _sweep(page, [_url(model, "add") for model in sorted(addable, key=lambda m: m._meta.label)]) == {}


def _request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    return request


def test_the_confirmation_of_a_bulk_delete_passes_axe(world, open_page):
    page = open_page(user=world.adam)
    page.goto(_url(world.action_a.__class__, "changelist"))
    page.locator("input.action-select").first.check()
    page.locator("select[name=action]").select_option("delete_selected")
    page.get_by_role("button", name="Udfør").click()
    expect(page.locator("h1")).to_have_text("Slet flere objekter")
    assert check_accessibility(page) == []
    screenshot(page, "administrator-admin-bulk-delete-desktop")


def test_the_calendar_and_the_clock_pass_axe_while_open(world, open_page):
    page = open_page(user=world.adam)
    page.goto(reverse("admin:obb_user_change", args=[world.alice.pk]))
    page.locator("#calendarlink0").click()
    expect(page.locator("#calendarbox0")).to_be_visible()
    assert check_accessibility(page) == []
    screenshot(page, "administrator-admin-calendar-desktop", full_page=False)
    page.keyboard.press("Escape")
    expect(page.locator("#calendarbox0")).to_be_hidden()
    page.locator("#clocklink0").click()
    expect(page.locator("#clockbox0")).to_be_visible()
    assert check_accessibility(page) == []


@pytest.mark.parametrize("view", ["index", "changelist", "change"])
def test_the_admins_dark_theme_passes_axe(world, open_page, view):
    page = open_page(user=world.adam)
    page.emulate_media(color_scheme="dark")
    url = {"index": reverse("admin:index"),
           "changelist": reverse("admin:strategy_action_changelist"),
           "change": reverse("admin:strategy_action_change", args=[world.action_a.pk])}[view]
    page.goto(url)
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
    assert check_accessibility(page) == []
    screenshot(page, f"administrator-admin-{view}-dark-desktop")
