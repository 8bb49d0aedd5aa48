"""The calendar invitation for a MUS conversation (iCalendar, RFC 5545), written by hand.

Times are local Copenhagen times with `TZID=Europe/Copenhagen` and a VTIMEZONE that carries the
CET/CEST rules, so every calendar shows the time the manager chose. Lines end in CRLF and are
folded at 75 octets without splitting a UTF-8 character; text values escape backslash,
semicolon, comma and newline.
"""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

TZID = "Europe/Copenhagen"
PRODID = "-//Odense Biblioteker og Borgerservice//OBB intranet MUS//DA"

VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def escape_text(value):
    """A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11)."""
    return (str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n"))


def param_value(value):
    """A parameter value (e.g. CN): quoted, without the characters a quoted value may not hold."""
    cleaned = "".join(ch for ch in str(value) if ch not in '"\r\n' and (ord(ch) >= 32))
    return f'"{cleaned}"'


def fold(line):
    """Fold one content line into chunks of at most 75 octets, continuation lines starting with
    a space, never splitting a multi-byte character."""
    out, current, size = [], "", 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _local(value):
    return timezone.localtime(value, timezone=_zone()).strftime("%Y%m%dT%H%M%S")


def _zone():
    from zoneinfo import ZoneInfo

    return ZoneInfo(TZID)


def _stamp(value):
    from datetime import UTC

    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def uid(conversation):
    return f"mus-{conversation.round.year}-{conversation.pk}@obb-intranet"


def invitation(conversation, now=None):
    """The .ics bytes inviting the employee to `conversation` (METHOD:REQUEST). A new time sends
    the same UID with a higher SEQUENCE, so calendars move the meeting instead of adding one."""
    from hrtools.mus.services import site_url

    employee, manager = conversation.employee, conversation.manager
    now = now or timezone.now()
    summary = _("MUS-samtale: %(employee)s og %(manager)s") % {
        "employee": employee.get_full_name() or employee.username,
        "manager": (manager.get_full_name() or manager.username) if manager else "–",
    }
    description = _("Medarbejderudviklingssamtale, %(round)s.\nForbered dig her: %(url)s") % {
        "round": conversation.round.name, "url": site_url(reverse("mus:prepare", args=[conversation.pk])),
    }
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        *VTIMEZONE,
        "BEGIN:VEVENT",
        f"UID:{uid(conversation)}",
        f"SEQUENCE:{conversation.invitation_sequence}",
        f"DTSTAMP:{_stamp(now)}",
        f"DTSTART;TZID={TZID}:{_local(conversation.scheduled_at)}",
        f"DTEND;TZID={TZID}:{_local(conversation.ends_at)}",
        f"SUMMARY:{escape_text(summary)}",
        f"LOCATION:{escape_text(conversation.place)}",
        f"DESCRIPTION:{escape_text(description)}",
    ]
    if manager is not None and manager.email:
        lines.append(f"ORGANIZER;CN={param_value(manager)}:mailto:{manager.email}")
    lines.append(f"ATTENDEE;CN={param_value(employee)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
                 f":mailto:{employee.email}")
    lines += ["CLASS:CONFIDENTIAL", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
