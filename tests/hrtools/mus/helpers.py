"""Small helpers for the MUS tests."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from hrtools.mus.models import Conversation, Status


def local(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def next_week_form(place="Mødelokale 2", hour="10:00"):
    day = timezone.localdate() + timedelta(days=7)
    return {"date": day.isoformat(), "time": hour, "duration_minutes": "60", "place": place}


def hold(conversation, summary="Vi talte om året og aftalte to mål."):
    """Bring a conversation to 'afholdt' directly (the journey tests do it through the pages)."""
    conversation.refresh_from_db()
    conversation.status = Status.HELD
    conversation.summary = summary
    conversation.summary_version = 1
    conversation.held_at = timezone.now()
    conversation.save()
    return Conversation.objects.get(pk=conversation.pk)


def parse_ics(data):
    """Unfold and split an iCalendar text into (name, params, value) lines; checks CRLF endings and
    the 75-octet line limit on the way."""
    assert isinstance(data, bytes)
    assert data.endswith(b"\r\n")
    physical = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in physical)
    assert all(len(line) <= 75 for line in physical), [line for line in physical if len(line) > 75]
    logical = []
    for line in physical:
        if line.startswith(b" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    result = []
    for raw in logical:
        text = raw.decode("utf-8")
        head, value = _split_value(text)
        name, *params = head.split(";")
        result.append((name, dict(param.split("=", 1) for param in params), value))
    return result


def _split_value(text):
    quoted = False
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return text[:index], text[index + 1:]
    raise AssertionError(f"no value in {text!r}")


def unescape(value):
    out, index = [], 0
    while index < len(value):
        ch = value[index]
        if ch == "\\" and index + 1 < len(value):
            nxt = value[index + 1]
            out.append("\n" if nxt in "nN" else nxt)
            index += 2
        else:
            out.append(ch)
            index += 1
    return "".join(out)
