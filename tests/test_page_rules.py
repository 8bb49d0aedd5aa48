"""Rules that hold on every page of every role (the pages: tests/pages.py)."""

import re

from tests.pages import every_page, parse


def test_no_control_on_any_page_has_two_labels(world, login):
    doubled, seen = [], 0
    for role, url, html in every_page(world, login):
        page = parse(html)
        seen += len(page.controls)
        doubled += [f"{role} {url} #{control}" for control in page.controls if page.label_count(control) > 1]
    assert seen > 100, "the pages should have many labelled controls"
    assert not doubled, "controls with two labels:\n" + "\n".join(doubled)


DANISH_DATE = re.compile(r"\b\d{1,2}\. (jan\.|feb\.|marts|april|maj|juni|juli|aug\.|sept\.|okt\.|nov\.|dec\.)"
                         r"( \d{4})?")
NOT_DANISH_DATES = {
    "capitalised month": re.compile(r"\b\d{1,2}\.? (Jan|Feb|Mar|Apr|Maj|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dec)\b"),
    "English month": re.compile(r"\b(January|February|March|June|July|October|December|"
                                r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b"),
    # A date of a given year; "pr. 31. december" in prose is a day of every year.
    "month written out": re.compile(r"\b\d{1,2}\. (januar|februar|august|september|oktober|november|december) \d{4}"),
    "abbreviation without its period": re.compile(r"\b\d{1,2}\. (jan|feb|aug|sep|sept|okt|nov|dec)\b(?!\.)"),
    "numeric date": re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b"),
    "capitalised weekday": re.compile(r"\b(Man|Tir|Ons|Tor|Fre|Lør|Søn) \d{1,2}\."),
}


def test_every_date_on_every_page_is_in_the_one_danish_format(world, login):
    wrong, danish = [], 0
    for role, url, html in every_page(world, login):
        text = parse(html).visible_text
        danish += len(DANISH_DATE.findall(text))
        for kind, pattern in NOT_DANISH_DATES.items():
            wrong += [f"{role} {url}: {kind}: {match.group(0)!r}" for match in pattern.finditer(text)]
    assert not wrong, "dates not written as '5. okt. 2026':\n" + "\n".join(sorted(set(wrong)))
    assert danish > 20, "the pages should show many dates"


NOUNS = ("medarbejdere|samtaler|handlinger|opgaver|kompetencer|dage|kandidater|personer|ansøgere|noter|"
         "prioriteringer|projekter|partnere|runder")


def test_every_count_with_a_noun_agrees_and_every_percent_keeps_its_sign(world, login):
    wrong = []
    singular_with_plural = re.compile(rf"(?<![\d,.])\b1 ({NOUNS})\b")
    broken_percent = re.compile(r"\d %")  # a plain space: the line can break before the sign
    for role, url, html in every_page(world, login):
        text = parse(html).visible_text
        wrong += [f"{role} {url}: {m.group(0)!r}" for m in singular_with_plural.finditer(text)]
        wrong += [f"{role} {url}: {m.group(0)!r}" for m in broken_percent.finditer(text)]
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_the_interface_quotes_with_one_kind_of_quotation_marks(world, login):
    other_marks = re.compile(r"[“”„]|\"[^\"\s<>][^\"<>]{0,80}\"")
    wrong = []
    for role, url, html in every_page(world, login):
        text = parse(html).visible_text
        wrong += [f"{role} {url}: {m.group(0)!r}" for m in other_marks.finditer(text)]
    assert not wrong, "quote with »…«:\n" + "\n".join(sorted(set(wrong)))


def test_an_overdue_badge_looks_more_urgent_than_an_open_one(world, login):
    """Wherever "Overskredet" is shown it is the strong red badge; "Åben" is never the dark one."""
    overdue = re.compile(r'<(?:strong|span) class="([^"]*)">(?:<[^>]+>)*Overskredet<')
    open_badge = re.compile(r'<span class="([^"]*)">Åben</span>')
    seen, wrong = 0, []
    for role, url, html in every_page(world, login):
        for classes in overdue.findall(html):
            seen += 1
            if "obb-badge-overdue" not in classes.split():
                wrong.append(f"{role} {url}: Overskredet as {classes!r}")
        wrong += [f"{role} {url}: Åben as {c!r}" for c in open_badge.findall(html) if c.split() == ["badge"]]
    assert not wrong, "\n".join(sorted(set(wrong)))
    assert seen, "the world has overdue steps or tasks to show"
