"""Every page a person can open, for rules that hold on all of them (tests/test_page_rules.py).

The pages are the permission table's GET rows (tests/access_rules/) that give a role 200 with
HTML: the same URLs, arguments and test world, so a new page is covered as soon as it has its
access rule.
"""

import re
from html.parser import HTMLParser

from django.urls import reverse

from tests.access_rules import RULES
from tests.access_rules.base import OK

ROLES = ["employee", "manager", "hr", "leadership", "administrator"]


_RENDERED = {}


def every_page(world, login, roles=ROLES):
    """(role, url, html) for each page each role can open. The test world is the same for
    every test, so the pages are rendered once per test run and shared by the rules."""
    key = tuple(roles)
    if key not in _RENDERED:
        _RENDERED[key] = list(_render(world, login, roles))
    return _RENDERED[key]


def _render(world, login, roles):
    for role in roles:
        client = login(world.person(role))
        for name, rule in sorted(RULES.items()):
            if rule.method != "get" or rule.expect.get(role) != OK:
                continue
            url = reverse(name, kwargs=rule.kwargs(world)) + rule.query
            response = client.get(url, rule.data(world))
            assert response.status_code == OK, f"{role} {url}: {response.status_code}"
            if not response.get("Content-Type", "").startswith("text/html"):
                continue
            yield role, url, response.content.decode()


class PageParser(HTMLParser):
    """Labelled controls and the visible text of a page."""

    CONTROLS = {"input", "select", "textarea"}
    NOT_LABELLED = {"hidden", "submit", "button", "reset", "image"}
    SKIP_TEXT = {"script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.controls = []  # ids of controls that need a label
        self.labels_for = {}  # id -> number of <label for=id>
        self.wrapped = {}  # id -> number of labels wrapped around the control
        self.open_labels = 0
        self.text = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.SKIP_TEXT:
            self._skip += 1
        if tag == "label":
            self.open_labels += 1
            if attrs.get("for"):
                self.labels_for[attrs["for"]] = self.labels_for.get(attrs["for"], 0) + 1
        if tag in self.CONTROLS and attrs.get("type") not in self.NOT_LABELLED and attrs.get("id"):
            self.controls.append(attrs["id"])
            if self.open_labels:
                self.wrapped[attrs["id"]] = self.open_labels

    def handle_endtag(self, tag):
        if tag in self.SKIP_TEXT:
            self._skip = max(self._skip - 1, 0)
        if tag == "label":
            self.open_labels = max(self.open_labels - 1, 0)

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)

    def label_count(self, control_id):
        return self.labels_for.get(control_id, 0) + self.wrapped.get(control_id, 0)

    @property
    def visible_text(self):
        # Only ASCII white space: a no-break space is part of what the page says.
        return re.sub(r"[ \t\n\r\f]+", " ", " ".join(self.text)).strip()


def parse(html):
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser
