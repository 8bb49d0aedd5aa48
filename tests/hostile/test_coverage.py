"""The corpus covers every form: a URL that takes POST must have a target in targets.py (or a
reason in NO_INPUT), and each target must name exactly the fields its page renders; a page that
reads a query-string parameter must have it in FILTERS. Like the permission matrix, this fails
for a new form or parameter until someone adds it to the corpus."""

import inspect
import re
from urllib.parse import urlsplit

import pytest
from django.http import QueryDict
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from tests.access_rules import RULES
from tests.access_rules.base import OK, REDIRECT
from tests.hostile.harness import attackable_fields, forms_in_context
from tests.hostile.targets import BY_URL, FILTERS, NO_INPUT, TARGETS

FORM_TAG = re.compile(r"<form\b[^>]*>", re.IGNORECASE)
READS_POST = re.compile(r'request\.(POST|FILES)\b|require_POST|request\.method\s*==\s*"POST"|(?<!\w)_edit\(request')
ROLE_ORDER = ["manager", "leadership", "hr", "employee", "administrator", "other_manager", "anonymous"]


def _patterns(patterns=None, namespace=""):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name and not namespace.startswith("admin"):
            yield f"{namespace}{entry.name}", entry.callback


def _reads_post(callback):
    """Whether a view's code reads POST data or files (a class-based view: whether it has a form)."""
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        return getattr(view_class, "form_class", None) is not None or hasattr(view_class, "post")
    source = inspect.getsource(inspect.unwrap(callback))
    return bool(READS_POST.search(source))


def _post_targets_of_page(html, page_url):
    """URL names that the page's POST forms send to."""
    names = set()
    for tag in FORM_TAG.findall(html):
        if not re.search(r'method\s*=\s*"post"', tag, re.IGNORECASE):
            continue
        action = re.search(r'action\s*=\s*"([^"]*)"', tag)
        path = urlsplit(action[1] if action and action[1] else page_url).path
        match = resolve(path)
        names.add(match.view_name)
    return names


def test_every_view_that_reads_post_is_in_the_corpus():
    missing = [name for name, callback in _patterns()
               if _reads_post(callback) and name not in BY_URL and name not in NO_INPUT]
    assert not missing, f"Views that read POST with no target in tests/hostile/targets.py: {missing}"


def test_every_form_a_page_shows_is_in_the_corpus(world, client):
    """Open every page (as someone allowed to) and collect where its POST forms go."""
    found = set()
    for name, rule in RULES.items():
        if rule.method != "get":
            continue
        role = next((role for role in ROLE_ORDER if rule.expect.get(role) == OK), None)
        if role is None:
            continue
        client.logout()
        person = world.person(role)
        if person is not None:
            client.force_login(person)
        url = reverse(name, kwargs=rule.kwargs(world)) + rule.query
        response = client.get(url)
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            found |= _post_targets_of_page(response.content.decode("utf-8", "replace"), url)
    missing = sorted(found - BY_URL.keys() - NO_INPUT.keys())
    assert not missing, f"Pages post to URLs the corpus does not cover: {missing}"


class _RecordingQueryDict(QueryDict):
    """A request's GET that notes every parameter the view reads (`read` is set by the test)."""

    read = None

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def _getlist(self, key, *args, **kwargs):
        self.read.add(key)
        return super()._getlist(key, *args, **kwargs)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)


def test_every_query_parameter_a_page_reads_is_in_the_corpus(world, client, monkeypatch):
    """Open every page (as someone allowed to) with a query string, so that filter forms are
    bound and read their fields, and note the parameters each view reads."""
    monkeypatch.setattr("django.core.handlers.wsgi.QueryDict", _RecordingQueryDict)
    read = set()
    for name, rule in RULES.items():
        if rule.method != "get":
            continue
        role = next((role for role in ROLE_ORDER if rule.expect.get(role) in (OK, REDIRECT)), None)
        if role is None:
            continue
        client.logout()
        person = world.person(role)
        if person is not None:
            client.force_login(person)
        _RecordingQueryDict.read = set()
        query = rule.query + ("&" if rule.query else "?") + "obb-coverage=1"
        client.get(reverse(name, kwargs=rule.kwargs(world)) + query)
        read |= {(name, parameter) for parameter in _RecordingQueryDict.read - {"obb-coverage"}}
    covered = {(name, field) for name, _person, fields, _kwargs in FILTERS for field in fields}
    missing = sorted(read - covered)
    assert not missing, f"Query parameters with no entry in FILTERS (tests/hostile/targets.py): {missing}"


def test_no_target_for_a_url_that_does_not_exist():
    names = {name for name, _callback in _patterns()}
    stale = [target.url for target in TARGETS if target.url not in names and not target.url.startswith("admin:")]
    stale += [name for name in NO_INPUT if name not in names]
    assert not stale, f"Targets for URLs that no longer exist: {stale}"


@pytest.mark.parametrize("target", [pytest.param(t, id=t.url) for t in TARGETS
                                    if t.page or t.url not in {"strategy:action_status", "strategy:action_archive",
                                                               "strategy:action_move", "competences:proposal_decide",
                                                               "strategy:action_import_confirm",
                                                               "staff_sync_confirm"}])
def test_target_names_every_field_of_its_form(target, world, client):
    if target.setup:
        target.setup(world)
    if target.person:
        client.force_login(getattr(world, target.person))
    name, kwargs = target.page or (target.url, target.kwargs)
    response = client.get(reverse(name, kwargs=kwargs(world)))
    assert response.status_code == 200
    rendered = attackable_fields(forms_in_context(response, target.keys))
    assert rendered == target.field_names(world), f"{target.url}: update its fields in tests/hostile/targets.py"
