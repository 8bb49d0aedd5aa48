"""One table-driven test over every URL of the project × every role (see access_rules.py)."""

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.access_rules import ADMIN_RULE, LOGIN, REDIRECT, ROLES, RULES


def _named_patterns(patterns=None, namespace=""):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _named_patterns(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}"


ALL_URL_NAMES = sorted(set(_named_patterns()))
APP_URL_NAMES = [name for name in ALL_URL_NAMES if not name.startswith("admin:")]


def test_every_url_has_a_rule():
    missing = [name for name in APP_URL_NAMES if name not in RULES]
    assert not missing, f"URLs with no access rule in tests/access_rules.py: {missing}"


def _unnamed_patterns(patterns=None, route="", namespace=""):
    """Routes outside the admin that have no name, so no rule can be written for them."""
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            if inner != "admin:":
                yield from _unnamed_patterns(entry.url_patterns, route + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and not entry.name:
            yield route + str(entry.pattern)


def test_every_url_outside_the_admin_has_a_name():
    unnamed = sorted(_unnamed_patterns())
    assert not unnamed, f"URLs without a name cannot have an access rule; name them: {unnamed}"


def test_no_rule_for_a_url_that_does_not_exist():
    stale = [name for name in RULES if name not in APP_URL_NAMES]
    assert not stale, f"Rules for URLs that no longer exist: {stale}"


def _check(response, expected, url):
    if expected == LOGIN:
        assert response.status_code == 302, f"{url}: expected redirect to login, got {response.status_code}"
        assert response["Location"].startswith(reverse("login")), response["Location"]
    elif expected == REDIRECT:
        assert response.status_code == 302, f"{url}: expected redirect, got {response.status_code}"
        assert not response["Location"].startswith(reverse("login") + "?"), response["Location"]
    else:
        assert response.status_code == expected, f"{url}: expected {expected}, got {response.status_code}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", [name for name in APP_URL_NAMES if name in RULES])
def test_access(name, role, world, login):
    rule = RULES[name]
    client = login(world.person(role))
    url = reverse(name, kwargs=rule.kwargs(world)) + rule.query
    response = getattr(client, rule.method)(url, rule.data(world))
    _check(response, rule.expect[role], url)


def _admin_urls(world):
    yield reverse("admin:index")
    for model in admin.site._registry:
        info = model._meta.app_label, model._meta.model_name
        yield reverse("admin:{}_{}_changelist".format(*info))
        instance = model._default_manager.first()
        if instance is not None:
            yield reverse("admin:{}_{}_change".format(*info), args=[instance.pk])
            yield reverse("admin:{}_{}_history".format(*info), args=[instance.pk])


@pytest.mark.parametrize("role", ROLES)
def test_admin_is_for_administrators_only(role, world, login):
    client = login(world.person(role))
    for url in _admin_urls(world):
        response = client.get(url)
        if role in ADMIN_RULE.allowed:
            assert response.status_code == 200, url
        else:
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("admin:login")), url


def _label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def test_confidential_rows_are_not_in_the_admin_not_even_for_the_administrator(world, login):
    from django.apps import apps

    registered = {_label(model) for model in admin.site._registry}
    for label in ADMIN_RULE.not_in_admin:
        model = apps.get_model(label)
        assert label not in registered, label
        if hasattr(model, "history"):
            assert _label(model.history.model) not in registered, label
        shown_inline = [_label(admin_class.model) for model_admin in admin.site._registry.values()
                        for admin_class in model_admin.inlines if _label(admin_class.model) == label]
        assert not shown_inline, f"{label} is shown inline"
    client = login(world.adam)
    for label in ADMIN_RULE.not_in_admin:
        app_label, model_name = label.split(".")
        instance = apps.get_model(label)._default_manager.first()
        urls = [f"/admin/{app_label}/{model_name}/"]
        if instance is not None:
            urls += [f"/admin/{app_label}/{model_name}/{instance.pk}/change/",
                     f"/admin/{app_label}/{model_name}/{instance.pk}/history/"]
        for url in urls:
            assert client.get(url).status_code == 404, url
