"""Unknown ids in URLs, and hostile values in the search and filter forms (GET).

Every URL that takes an id (or a year, or a slug) answers 404 for one that does not exist, for
a person who may use the URL with a real one; the permission matrix already tries other
people's ids. The filter forms of the lists report a bad value or ignore it, never fail, and
never show the value unescaped."""

import pytest
from django.urls import reverse

from tests.access_rules import RULES
from tests.access_rules.base import NOT_FOUND, OK, REDIRECT
from tests.hostile.corpus import IMG_FILE_URL, OVERLONG, SCRIPT, UNKNOWN_ID
from tests.hostile.targets import FILTERS

ROLE_ORDER = ["manager", "leadership", "hr", "employee", "administrator", "other_manager", "anonymous"]


def _id_cases():
    for name, rule in sorted(RULES.items()):
        role = next((r for r in ROLE_ORDER if rule.expect.get(r) in (OK, REDIRECT, 400)), None)
        if role is not None:
            yield pytest.param(name, role, id=name)


@pytest.mark.parametrize(("name", "role"), list(_id_cases()))
def test_unknown_ids_are_404(name, role, world, client):
    rule = RULES[name]
    kwargs = rule.kwargs(world)
    unknown = {key: (int(UNKNOWN_ID) if isinstance(value, int) else "findes-ikke") for key, value in kwargs.items()
               if key not in ("kind", "fmt", "status", "uidb64", "token")}
    if not unknown:
        pytest.skip("the URL takes no id")
    person = world.person(role)
    if person is not None:
        client.force_login(person)
    response = getattr(client, rule.method)(reverse(name, kwargs={**kwargs, **unknown}), rule.data(world))
    assert response.status_code == NOT_FOUND, f"{name} with {unknown}: {response.status_code}"


FILTER_VALUES = [SCRIPT, IMG_FILE_URL, OVERLONG[:5000], UNKNOWN_ID, "-1", "1e309", "2023-13-45", "' OR 1=1 --"]


@pytest.mark.parametrize(("name", "person", "fields"), [pytest.param(*f, id=f[0]) for f in FILTERS])
@pytest.mark.parametrize("value", FILTER_VALUES, ids=["script", "img-file-url", "overlong", "unknown-id", "negative",
                                                      "1e309", "bad-date", "sql"])
def test_filters_survive_hostile_values(name, person, fields, value, world, client):
    client.force_login(getattr(world, person))
    for field in fields:
        response = client.get(reverse(name), {field: value})
        assert response.status_code in (200, 404), f"{name}?{field}=…: {response.status_code}"
        if "<" in value:
            assert value not in response.content.decode("utf-8", "replace"), f"{name}?{field}: shown unescaped"
