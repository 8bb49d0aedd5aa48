from django import template

from hrtools.competences.models import Level

register = template.Library()


@register.filter
def level_label(value):
    """The Danish label of a level 1–5 ("3 – Øvet"), or "–" when there is none."""
    if value in (None, ""):
        return "–"
    try:
        return Level(int(value)).label
    except ValueError:
        return value
