"""Small template filters shared by all apps."""

from django import template

register = template.Library()


@register.filter
def minutes(duration):
    """A timedelta as whole minutes (rounded up), e.g. for "prøv igen om 15 minutter"."""
    if not duration:
        return 0
    return -(-int(duration.total_seconds()) // 60)
