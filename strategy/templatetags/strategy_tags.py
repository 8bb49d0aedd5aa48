"""Template tags of the action list, where one page shows fifty rows."""

from functools import lru_cache

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from strategy.models import Action

register = template.Library()


@lru_cache(maxsize=64)
def _status_options(status, language):
    return format_html_join("", '<option value="{}"{}>{}</option>', (
        (value, mark_safe(" selected") if value == status else "", label)  # noqa: S308 - a constant
        for value, label in Action.Status.choices
    ))


@register.simple_tag
def status_options(status):
    """The <option>s of the quick status change, `status` selected: the same few strings for
    every row, so they are built once per status and language."""
    return _status_options(status, get_language())
