"""Rules that hold on every page of every role (the pages: tests/pages.py)."""

from tests.pages import every_page, parse


def test_no_control_on_any_page_has_two_labels(world, login):
    doubled, seen = [], 0
    for role, url, html in every_page(world, login):
        page = parse(html)
        seen += len(page.controls)
        doubled += [f"{role} {url} #{control}" for control in page.controls if page.label_count(control) > 1]
    assert seen > 100, "the pages should have many labelled controls"
    assert not doubled, "controls with two labels:\n" + "\n".join(doubled)
