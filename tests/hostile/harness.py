"""Reading the forms a page renders, and telling a refusal from an acceptance."""

import re
from datetime import date, datetime, time

from django import forms
from django.contrib.messages import constants, get_messages
from django.forms.formsets import BaseFormSet, ManagementForm
from django.forms.models import InlineForeignKeyField

from strategy.forms.editing import NumberRowField, SavedStateForm


def field_kind(form, field):
    """The corpus kind a field is attacked with, or None for a field with nothing to attack."""
    if field.disabled or isinstance(field, InlineForeignKeyField):
        return None
    if isinstance(form, ManagementForm):
        return "management"
    if isinstance(form, SavedStateForm):
        return "saved-state"
    checks = [
        (forms.ImageField, "image"), (forms.FileField, "xlsx"), (NumberRowField, "danish-numbers"),
        (forms.ModelMultipleChoiceField, "ids"), (forms.ModelChoiceField, "id"),
        (forms.BooleanField, None), (forms.NullBooleanField, None),
        (forms.ChoiceField, "choice"), (forms.DateTimeField, "date"), (forms.DateField, "date"),
        (forms.TimeField, "time"), (forms.DecimalField, "decimal"), (forms.FloatField, "decimal"),
        (forms.IntegerField, "number"), (forms.CharField, "text"),
    ]
    return next((kind for cls, kind in checks if isinstance(field, cls)), "unknown")


def forms_in_context(response, keys):
    """The forms and formsets the page's context holds under `keys`, in that order."""
    found = []
    for key in keys:
        name, *attributes = key.split(".")
        try:
            value = response.context[name]
        except KeyError:
            raise AssertionError(f"{response.wsgi_request.path}: no {name!r} in the page's context") from None
        for attribute in attributes:
            value = getattr(value, attribute)
        found.append(value)
    return found


def all_forms(form_or_formset):
    if isinstance(form_or_formset, BaseFormSet):
        return [form_or_formset.management_form, *form_or_formset.forms]
    return [form_or_formset]


def attackable_fields(containers):
    """{posted name: kind} of the fields to attack: every field of a form; of a formset, its
    management form and its first row."""
    fields = {}
    for container in containers:
        candidates = all_forms(container)
        if isinstance(container, BaseFormSet):
            candidates = candidates[:2]
        for form in candidates:
            for name, field in form.fields.items():
                kind = field_kind(form, field)
                if kind is not None:
                    fields[form.add_prefix(name)] = kind
    return fields


def _post_value(bound):
    field, value = bound.field, bound.value()
    if isinstance(field, forms.BooleanField | forms.NullBooleanField) and not isinstance(
        field.widget, forms.Select
    ):
        return "on" if value else None
    if isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField) and not value:
        return None
    if isinstance(value, list | tuple):
        return [("" if item is None else str(item)) for item in value]
    if value is None:
        return ""
    if isinstance(value, datetime | date | time):
        formatted = field.widget.format_value(value)
        return formatted if isinstance(formatted, str) else value.isoformat()
    formatted = field.widget.format_value(value)
    if isinstance(formatted, list):
        return [str(item) for item in formatted]
    return "" if formatted is None else str(formatted)


def baseline(containers):
    """The POST data that submits the forms as the page shows them."""
    data = {}
    for container in containers:
        for form in all_forms(container):
            for name, bound in ((name, form[name]) for name in form.fields):
                if bound.field.disabled:
                    continue
                value = _post_value(bound)
                if value is not None:
                    data[form.add_prefix(name)] = value
    return data


# --- Refusals ---------------------------------------------------------------------------------

ENGLISH = re.compile(
    r"\b(the|this|that|enter|ensure|select|please|must|value|field|valid|invalid|file|submit|"
    r"required|characters|contains|number|date|time|choice|available)\b",
    re.IGNORECASE,
)


def _context_forms(response):
    seen, found = set(), []
    for context in response.context or []:
        for layer in getattr(context, "dicts", [context]):
            for value in (layer.values() if isinstance(layer, dict) else []):
                items = value if isinstance(value, list | tuple) else [value]
                for item in items:
                    if isinstance(item, forms.BaseForm | BaseFormSet) and id(item) not in seen:
                        seen.add(id(item))
                        found.append(item)
    return found


def error_messages(response):
    """Every error the response shows: form and formset errors, error messages queued with the
    messages framework, and error lists a page passes on its own (`errors`, `sheet_errors`)."""
    found = []
    if response.context is not None:
        for item in _context_forms(response):
            if not item.is_bound:
                continue
            if isinstance(item, BaseFormSet):
                found += list(item.non_form_errors())
                for form in item.forms:
                    found += [str(m) for errors in form.errors.values() for m in errors]
                found += [str(m) for errors in item.management_form.errors.values() for m in errors]
            else:
                found += [str(m) for errors in item.errors.values() for m in errors]
        for key in ("errors", "sheet_errors", "status_error"):
            try:
                value = response.context[key]
            except KeyError:
                continue
            if isinstance(value, list | tuple):
                found += [str(item) for item in value]
            elif isinstance(value, str) and value:
                found.append(value)
    # A leadership edit refused as built on another saved state says so in its own alert.
    if response.context is not None and response.context.get("conflict") is not None:
        heading = re.search(r'id="conflict-heading"[^>]*>(.*?)</h2>', response.content.decode())
        found.append(heading[1] if heading else "")
    found += [str(m) for m in get_messages(response.wsgi_request) if m.level >= constants.WARNING]
    return [str(message) for message in found]


def assert_danish(messages, where):
    assert messages, f"{where}: refused without any error message"
    for message in messages:
        english = ENGLISH.findall(message)
        assert not english, f"{where}: error message is not Danish ({english}): {message!r}"
