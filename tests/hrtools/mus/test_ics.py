"""The calendar invitation: a valid iCalendar REQUEST with the right Copenhagen time."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail

from hrtools.mus import ics
from tests.hrtools.mus.helpers import local, next_week_form, parse_ics, unescape

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def _event(lines):
    start = lines.index(("BEGIN", {}, "VEVENT"))
    end = lines.index(("END", {}, "VEVENT"))
    return {name: (params, value) for name, params, value in lines[start + 1:end]}


def _as_utc(params, value):
    assert params == {"TZID": "Europe/Copenhagen"}
    naive = datetime.strptime(value, "%Y%m%dT%H%M%S")
    return naive.replace(tzinfo=COPENHAGEN).astimezone(UTC)


@pytest.mark.parametrize(("day", "utc_hour"), [(date(2031, 1, 14), 9), (date(2031, 6, 17), 8)],
                         ids=["winter-CET", "summer-CEST"])
def test_invitation_is_a_calendar_request_at_ten_in_copenhagen(world, day, utc_hour):
    conversation = world.mus_alice
    conversation.scheduled_at = local(day, 10)
    conversation.place = "Mødelokale 2, Nordhuset; 1. sal, ved trappen"
    lines = parse_ics(ics.invitation(conversation))
    names = [name for name, _params, _value in lines]
    assert names[:2] == ["BEGIN", "VERSION"] and lines[0][2] == "VCALENDAR" and lines[-1] == ("END", {}, "VCALENDAR")
    assert ("METHOD", {}, "REQUEST") in lines
    assert ("TZID", {}, "Europe/Copenhagen") in lines  # the VTIMEZONE the times refer to
    event = _event(lines)
    start = _as_utc(*event["DTSTART"])
    assert (start.hour, start.minute) == (utc_hour, 0)
    assert start.astimezone(COPENHAGEN).hour == 10
    assert (_as_utc(*event["DTEND"]) - start).total_seconds() == 3600
    assert event["UID"][1] == f"mus-{conversation.round.year}-{conversation.pk}@obb-intranet"
    assert event["DTSTAMP"][1].endswith("Z")
    assert unescape(event["LOCATION"][1]) == "Mødelokale 2, Nordhuset; 1. sal, ved trappen"
    assert "\\," in event["LOCATION"][1] and "\\;" in event["LOCATION"][1]
    assert event["ORGANIZER"][1] == "mailto:mia@example.org"
    assert event["ATTENDEE"][1] == "mailto:alice@example.org"
    assert event["ATTENDEE"][0]["ROLE"] == "REQ-PARTICIPANT"
    assert "Alice Testesen" in unescape(event["SUMMARY"][1])


def test_vtimezone_has_both_rules():
    text = "\r\n".join(ics.VTIMEZONE)
    assert "TZNAME:CET" in text and "TZNAME:CEST" in text
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in text
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" in text


def test_long_lines_are_folded_without_splitting_letters(world):
    conversation = world.mus_alice
    conversation.place = "Æblehaven " * 30 + "ø"
    data = ics.invitation(conversation)
    lines = parse_ics(data)  # checks ≤ 75 octets per physical line
    location = dict((name, value) for name, _p, value in lines)["LOCATION"]
    assert unescape(location) == conversation.place
    data.decode("utf-8")  # every chunk boundary falls between characters


def test_scheduling_emails_the_invitation_to_the_employee(world, login):
    client = login(world.mia)
    response = client.post(f"/hr/mus/samtaler/{world.mus_bob.pk}/planlaeg/", next_week_form(), follow=False)
    assert response.status_code == 404  # bob is otto's: not mia's to see
    response = login(world.otto).post(f"/hr/mus/samtaler/{world.mus_bob.pk}/planlaeg/", next_week_form())
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["bob@example.org"]
    assert message.subject == "Invitation til MUS-samtale"
    [(filename, content, mimetype)] = message.attachments
    assert filename == "mus-samtale.ics"
    assert mimetype.startswith("text/calendar") and "method=REQUEST" in mimetype
    lines = parse_ics(content.encode("utf-8") if isinstance(content, str) else content)
    assert ("METHOD", {}, "REQUEST") in lines
    assert "Forbered dig" in message.body


def test_rescheduling_sends_the_same_uid_with_a_higher_sequence(world, login):
    client = login(world.mia)
    client.post(f"/hr/mus/samtaler/{world.mus_alice.pk}/planlaeg/", next_week_form(hour="13:00"))
    [message] = mail.outbox
    assert message.subject == "Ny tid til din MUS-samtale"
    event = _event(parse_ics(message.attachments[0][1].encode("utf-8")
                             if isinstance(message.attachments[0][1], str) else message.attachments[0][1]))
    assert event["SEQUENCE"][1] == "1"
    assert _as_utc(*event["DTSTART"]).astimezone(COPENHAGEN).hour == 13


def test_the_invitation_email_is_danish_whatever_the_browser_asks_for(world, login):
    from django.utils import translation
    from django.utils.formats import date_format

    from tests.hrtools.mus.helpers import local

    form = next_week_form(place="Mødelokale 2")
    login(world.otto).post(f"/hr/mus/samtaler/{world.mus_bob.pk}/planlaeg/", form, HTTP_ACCEPT_LANGUAGE="en")
    [message] = mail.outbox
    day = date.fromisoformat(form["date"])
    with translation.override("da"):
        expected = date_format(local(day, 10), "l j. N Y")
    assert f"Hvornår: {expected} kl. 10:00–11:00" in message.body
    assert "Hvor: Mødelokale 2" in message.body and "Med: Otto Testesen" in message.body
    assert "&" not in message.body  # plain text, nothing escaped for HTML
