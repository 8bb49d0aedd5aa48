"""Forms with which leadership edits the plan's printed content: pejlemærker and their
priorities, forewords, partners, projects and key-figure tables."""

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from obb.forms import StyledFormMixin, limit_field
from strategy.forms.photos import PlanPhotoForm
from strategy.models import (
    Foreword,
    KeyFigureRow,
    KeyFigureTable,
    Partner,
    Pejlemaerke,
    PhotoCaption,
    Plan,
    Priority,
    Project,
)
from strategy.queries import format_number

# --- Danish numbers --------------------------------------------------------------------------

# 62.612.478 · -8.010.657 · 62612478 · 12,5 · 1.234,5 (a real minus sign is accepted too)
_DANISH_NUMBER = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
# More digits than this is no key figure; it would also lose precision as a float in JSON.
MAX_DIGITS = 15


def parse_danish_number(text):
    """The number written in Danish notation in `text`; None for an empty text. Raises a
    ValidationError with a Danish message for anything else."""
    cleaned = (text or "").strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if not _DANISH_NUMBER.match(cleaned):
        raise ValidationError(
            _("»%(value)s« er ikke et tal. Skriv tallet som i den trykte plan, fx 62.612.478 eller -8.010.657."),
            code="invalid_number",
            params={"value": text.strip()},
        )
    whole, _sep, decimals = cleaned.replace(".", "").partition(",")
    if len(whole.lstrip("-")) > MAX_DIGITS or len(decimals) > MAX_DIGITS:
        raise ValidationError(
            _("»%(value)s« har for mange cifre. Et tal i tabellen har højst %(max)s cifre før og efter kommaet."),
            code="too_many_digits",
            params={"value": text.strip()[:40], "max": MAX_DIGITS},
        )
    if decimals and int(decimals) != 0:
        return float(f"{whole}.{decimals}")
    return int(whole)


class NumberRowWidget(forms.Widget):
    """One text input per column, all with the same name; the values come back as a list."""

    template_name = "strategy/editing/widgets/number_row.html"

    def __init__(self, columns=(), attrs=None):
        super().__init__(attrs)
        self.columns = list(columns)

    def value_from_datadict(self, data, files, name):
        if hasattr(data, "getlist"):
            return data.getlist(name)
        value = data.get(name)
        return value if isinstance(value, list) else ([] if value is None else [value])

    def value_omitted_from_data(self, data, files, name):
        return name not in data

    def format_value(self, value):
        return [format_number(item) if isinstance(item, int | float) else (item or "") for item in value or []]

    def id_for_label(self, id_):
        return f"{id_}_0" if id_ else id_

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        values = context["widget"]["value"] or []
        values = list(values) + [""] * (len(self.columns) - len(values))
        base_id = context["widget"]["attrs"].get("id", name)
        context["widget"]["cells"] = [
            {"id": f"{base_id}_{index}", "label": label, "value": values[index] if index < len(values) else ""}
            for index, label in enumerate(self.columns)
        ]
        context["widget"]["attrs"].pop("id", None)
        return context


class NumberRowField(forms.Field):
    """One number per column of a key-figure table, each written the Danish way."""

    default_error_messages = {
        "count": _("Rækken skal have ét tal pr. kolonne (%(expected)s), men har %(count)s."),
    }

    def __init__(self, columns=(), **kwargs):
        self.columns = list(columns)
        kwargs.setdefault("widget", NumberRowWidget(self.columns))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return []
        if isinstance(value, str):
            value = [value]
        if len(value) != len(self.columns):
            raise ValidationError(self.error_messages["count"], code="count",
                                  params={"expected": len(self.columns), "count": len(value)})
        errors, numbers = [], []
        for label, text in zip(self.columns, value, strict=True):
            try:
                numbers.append(parse_danish_number(text) if isinstance(text, str) else text)
            except ValidationError as error:
                errors.append(ValidationError(
                    _("%(column)s: %(message)s"), params={"column": label, "message": error.messages[0]}
                ))
        if errors:
            raise ValidationError(errors)
        return numbers

    def has_changed(self, initial, data):
        def normal(values):
            return [] if all(value is None for value in values) else list(values)

        try:
            return normal(self.to_python(data)) != normal(initial or [])
        except ValidationError:
            return True


# --- Formsets that keep the order the user gives ---------------------------------------------

class OrderedInlineFormSet(forms.BaseInlineFormSet):
    """An inline formset whose rows may be added, reordered (their "Rækkefølge") and deleted.
    `save_in_order()` saves each changed row through the ORM, so the history records it."""

    ordering_widget = forms.NumberInput

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "ORDER" in form.fields:
            limit_field(form.fields["ORDER"])  # added after the form's own limits were set
            form.fields["ORDER"].label = _("Rækkefølge")
            form.fields["ORDER"].widget.attrs.update({"class": "form-input plan-order-input", "min": 1})
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Slet")
            form.fields["DELETE"].widget.attrs.update({"class": "form-checkbox"})

    def save_in_order(self):
        with transaction.atomic():
            for form in self.deleted_forms:
                if form.instance.pk:
                    form.instance.delete()
            for position, form in enumerate(self.ordered_forms):
                instance = form.instance
                if form.has_changed() or instance.pk is None or instance.order != position:
                    instance.order = position
                    setattr(instance, self.fk.name, self.instance)
                    instance.save()


def column_labels(table):
    """A label per column of a key-figure table, with its group: "2019 Antal"."""
    return [f"{column['group']} {column['label']}" if column.get("group") else column["label"]
            for column in table.columns or []]


# No list of the plan comes near this many rows (about 50 partners in 2023). The cap also stops a
# forged row count from making the page build and render thousands of forms.
MAX_ROWS = 150


def _formset(model, parent, form, fields, extra=1):
    return forms.inlineformset_factory(
        parent, model, form=form, formset=OrderedInlineFormSet, fields=fields, extra=extra,
        can_order=True, can_delete=True, max_num=MAX_ROWS, absolute_max=MAX_ROWS, validate_max=True,
    )


# --- Pejlemærker and priorities --------------------------------------------------------------

class PejlemaerkeForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Pejlemaerke
        fields = ["name", "ambition"]
        widgets = {"ambition": forms.Textarea(attrs={"rows": 5})}


class PriorityForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Priority
        fields = ["text"]
        labels = {"text": _("Prioritering")}
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}


PriorityFormSet = _formset(Priority, Pejlemaerke, PriorityForm, ["text"])


# --- Forewords -------------------------------------------------------------------------------

class ForewordForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Foreword
        fields = ["heading", "byline", "body", "closing", "signature_name", "signature_title"]
        widgets = {"body": forms.Textarea(attrs={"rows": 18})}


# --- Partners --------------------------------------------------------------------------------

class PartnersIntroForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Plan
        fields = ["partners_intro"]
        widgets = {"partners_intro": forms.Textarea(attrs={"rows": 5})}


class PartnerForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Partner
        fields = ["name", "country"]


PartnerFormSet = _formset(Partner, Plan, PartnerForm, ["name", "country"], extra=3)


# --- Photos ----------------------------------------------------------------------------------

PhotoFormSet = _formset(PhotoCaption, Plan, PlanPhotoForm, ["caption", "alt_text", "placement", "image"], extra=1)


# --- Projects --------------------------------------------------------------------------------

class ProjectForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Project
        fields = ["title", "pejlemaerke", "funder", "period", "start_year", "end_year", "international", "note"]

    def __init__(self, *args, pejlemaerker=None, **kwargs):
        super().__init__(*args, **kwargs)
        if pejlemaerker is not None:
            self.fields["pejlemaerke"].queryset = pejlemaerker
        for name in ("start_year", "end_year"):
            self.fields[name].widget.attrs.update({"min": 1990, "max": 2100})


ProjectFormSet = _formset(
    Project, Plan, ProjectForm,
    ["title", "pejlemaerke", "funder", "period", "start_year", "end_year", "international", "note"],
)


# --- Key figures -----------------------------------------------------------------------------

class KeyFigureTableForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = KeyFigureTable
        fields = ["title", "unit", "unit_note", "notes", "source"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}


class KeyFigureRowForm(StyledFormMixin, forms.ModelForm):
    level = forms.TypedChoiceField(
        label=_("Niveau"), coerce=int, choices=[(0, _("Række")), (1, _("Underrække"))], initial=0,
    )

    class Meta:
        model = KeyFigureRow
        fields = ["label", "level", "is_total", "values"]
        labels = {"is_total": _("Total")}

    def __init__(self, *args, columns=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["values"] = NumberRowField(columns, label=_("Tal"))
        self.fields["values"].widget.attrs["class"] = "form-input plan-number-input"

    def value_cells(self):
        """The number inputs of the row, one per column, for a grid with the columns as headers:
        [{"id", "label", "value"}]; the inputs share the field's name, aria-invalid and the
        link to the error message."""
        bound = self["values"]
        widget = bound.field.widget
        attrs = bound.build_widget_attrs({**widget.attrs, "id": bound.auto_id})
        context = widget.get_context(bound.html_name, widget.format_value(bound.value()), attrs)["widget"]
        return [{**cell, "name": context["name"], "attrs": context["attrs"]} for cell in context["cells"]]


KeyFigureRowFormSet = _formset(KeyFigureRow, KeyFigureTable, KeyFigureRowForm,
                               ["label", "level", "is_total", "values"], extra=2)


# --- Edits that do not overwrite each other --------------------------------------------------
#
# An edit page shows a saved state: some objects and rows, each with the fields of its form.
# The page carries a fingerprint of that state; a save from a page whose fingerprint no longer
# matches what is saved is refused, so the later of two leaders cannot silently undo the
# earlier one's work. A part of the state is `(model, lookup, form or formset class)`.

def _fields(model, form_class):
    fields = ["id", *getattr(form_class, "form", form_class)._meta.fields]
    # An inline formset adds its foreign key to its form's fields once it is first used.
    if getattr(form_class, "fk", None) is not None:
        fields.append(form_class.fk.name)
    if any(field.name == "order" for field in model._meta.fields):
        fields.append("order")
    return list(dict.fromkeys(fields))


def fingerprint(*parts):
    """A hash over the saved values an edit page shows (rows count with their id and order)."""
    digest = hashlib.sha256()
    for model, lookup, form_class in parts:
        rows = list(model.objects.filter(**lookup).order_by("pk").values_list(*_fields(model, form_class)))
        digest.update(json.dumps([model._meta.label, rows], default=str, sort_keys=True).encode())
    return digest.hexdigest()


@dataclass
class MeanwhileChange:
    """One change someone saved after the page was opened, in Danish: old → new."""

    label: str
    old: str
    new: str
    user: object
    date: object


def _show(value):
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return gettext("Ja") if value else gettext("Nej")
    if isinstance(value, list):
        return "; ".join(format_number(item) if isinstance(item, int | float) else str(item or "–")
                         for item in value)
    return str(value)


def changes_since(opened_at, parts):
    """What was saved in `parts` after `opened_at`, from the history, oldest first."""
    changes = []
    for model, lookup, form_class in parts:
        fields = [name for name in _fields(model, form_class) if name not in ("id", "order")]
        records = model.history.filter(**lookup, history_date__gt=opened_at).select_related("history_user")
        for record in records.order_by("history_date"):
            name = f"{capfirst(model._meta.verbose_name)} »{record.instance}«"
            if record.history_type == "+":
                changes.append(MeanwhileChange(name, "–", gettext("Tilføjet"), record.history_user,
                                               record.history_date))
            elif record.history_type == "-":
                changes.append(MeanwhileChange(name, str(record.instance), gettext("Slettet"),
                                               record.history_user, record.history_date))
            elif record.prev_record is not None:
                delta = record.diff_against(record.prev_record, included_fields=fields,
                                            foreign_keys_are_objs=True)
                for change in delta.changes:
                    label = capfirst(model._meta.get_field(change.field).verbose_name)
                    changes.append(MeanwhileChange(f"{name}: {label}", _show(change.old), _show(change.new),
                                                   record.history_user, record.history_date))
    return changes


PAGE_LIFETIME = timedelta(days=366)
CLOCK_SKEW = timedelta(minutes=5)


class UnverifiedPage(list):
    """What `changed_meanwhile` answers for a posted page that does not say, or not credibly,
    which saved state it was opened on (a page opened before an update of the app, a hand-made
    request): whether it would undo someone's work cannot be told, so it is not saved."""

    unverified = True


class SavedStateForm(forms.Form):
    """Hidden on every edit page: the fingerprint of the saved state it was opened on, and when.
    A page without them is refused like a page opened on an older state."""

    saved_state = forms.CharField(widget=forms.HiddenInput, min_length=64, max_length=64)
    opened_at = forms.CharField(widget=forms.HiddenInput, max_length=40)

    def __init__(self, data=None, *, parts):
        self.parts = parts
        super().__init__(data, initial={"saved_state": fingerprint(*parts),
                                        "opened_at": timezone.now().isoformat()})

    def clean_opened_at(self):
        try:
            opened_at = parse_datetime(self.cleaned_data["opened_at"])
        except ValueError:
            opened_at = None
        now = timezone.now()
        # A page is opened on this server, now or earlier; a year-old page is stale anyway. A few
        # minutes ahead allow for app servers whose clocks differ a little.
        if (opened_at is None or timezone.is_naive(opened_at)
                or not now - PAGE_LIFETIME <= opened_at <= now + CLOCK_SKEW):
            raise ValidationError(_("Ugyldigt tidspunkt."))
        return opened_at

    def changed_meanwhile(self):
        """None when the posted page builds on what is saved now; otherwise what changed since
        it was opened (a list, empty when the history cannot tell, an `UnverifiedPage` when the
        page did not say what it was opened on)."""
        if not self.is_valid():
            return UnverifiedPage()
        if self.cleaned_data["saved_state"] == fingerprint(*self.parts):
            return None
        return changes_since(self.cleaned_data["opened_at"], self.parts)
