"""Unknown ids in URLs, and hostile values in the search and filter forms (GET).

Every URL that takes an id (or a year, or a slug) answers 404 for one that does not exist, for
a person who may use the URL with a real one; the permission matrix already tries other
people's ids. The filter forms of the lists report a bad value or ignore it, never fail, and
never show the value unescaped."""

import pytest
from django.urls import reverse

from tests.access_rules import RULES
from tests.access_rules.base import NOT_FOUND, OK, REDIRECT
from tests.hostile.conftest import changed_tables, database_state
from tests.hostile.corpus import IMG_FILE_URL, NUL, OVERLONG, SCRIPT, UNKNOWN_ID
from tests.hostile.harness import ENGLISH, error_messages
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


# Query-string values no page may fail on: markup, SQL, and numbers that are none, or that only
# look like one to `str.isdigit()` ("²" is a digit to it, but int("²") fails) or to `int()`.
FILTER_VALUES = {
    "script": SCRIPT,
    "img-file-url": IMG_FILE_URL,
    "overlong": OVERLONG[:5000],
    "unknown-id": UNKNOWN_ID,
    "negative": "-1",
    "1e309": "1e309",
    "bad-date": "2023-13-45",
    "sql": "' OR 1=1 --",
    "nul-byte": NUL,
    "superscript-digit": "²",
    "superscript-year": "²⁰²³",
    "arabic-indic-digits": "١٢",
    "fullwidth-digits": "２０２３",
    "exponent": "1e9",
    "huge": "99999999999999999999",
    "5000-digits": "9" * 5000,
    "hex": "0x10",
    "leading-space": " 1",
    "fraction": "1.5",
}


def _filter_cases():
    for name, person, fields, kwargs in FILTERS:
        for field in fields:
            yield pytest.param(name, person, field, kwargs, id=f"{name}?{field}")


@pytest.mark.parametrize(("name", "person", "field", "kwargs"), list(_filter_cases()))
@pytest.mark.parametrize("value", list(FILTER_VALUES.values()), ids=list(FILTER_VALUES))
def test_filters_survive_hostile_values(name, person, field, kwargs, value, world, client):
    """A hostile value is reported in Danish, ignored or answered with the Danish 404 page;
    never a server error, never shown unescaped, and nothing changes."""
    if person:
        client.force_login(getattr(world, person))
    url = reverse(name, kwargs=kwargs(world) if kwargs else None)
    before = database_state()
    response = client.get(url, {field: value})
    where = f"{name}?{field}={value[:20]!r}"
    assert response.status_code in (200, 302, 404), f"{where}: {response.status_code}"
    assert changed_tables(before, database_state()) == [], f"{where} changed the database"
    if response.get("Content-Type", "").startswith("text/html"):
        page = response.content.decode("utf-8", "replace")
        if "<" in value:
            assert value not in page, f"{where}: shown unescaped"
        if response.status_code == 404:
            assert "Siden findes ikke" in page, f"{where}: not the Danish 404 page"
        for message in error_messages(response):
            # The value itself may be quoted in the message ("… er ikke en af valgmulighederne").
            english = ENGLISH.findall(message.replace(value, "…"))
            assert not english, f"{where}: error message is not Danish ({english}): {message!r}"
