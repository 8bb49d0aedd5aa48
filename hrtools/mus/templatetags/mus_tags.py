from django import template
from django.utils.html import format_html

from hrtools.mus.models import Goal, Status

register = template.Library()

_BADGES = {
    Status.NOT_SCHEDULED: "badge-warning",
    Status.SCHEDULED: "badge-info",
    Status.PREPARED: "badge-info",
    Status.HELD: "badge-success",
    Status.FOLLOW_UP: "badge-success",
    Status.CLOSED: "",
}
_GOAL_BADGES = {
    Goal.Status.AGREED: "badge-info",
    Goal.Status.IN_PROGRESS: "badge-info",
    Goal.Status.DONE: "badge-success",
    Goal.Status.DROPPED: "",
}


@register.filter
def status_badge(status):
    """A conversation's status as a design-system badge."""
    try:
        status = Status(status)
    except ValueError:
        return status
    return format_html('<span class="badge {}">{}</span>', _BADGES[status], status.label)


@register.filter
def goal_badge(status):
    try:
        status = Goal.Status(status)
    except ValueError:
        return status
    return format_html('<span class="badge {}">{}</span>', _GOAL_BADGES[status], status.label)
