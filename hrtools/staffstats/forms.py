from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from hrtools.staffstats.dimensions import BY_KEY, DIMENSIONS, REFERENCE_DIMENSIONS, UNIT_KEY
from hrtools.staffstats.models import ReferenceFigure, Snapshot, StaffProfile
from hrtools.staffstats.services import SheetInvalid, parse_sheet
from obb.forms import StyledFormMixin
from obb.models import Unit
from obb.uploads import open_workbook
from obb.validators import YEAR_RANGE


def _year_field():
    this_year = timezone.localdate().year
    return forms.IntegerField(label=_("År"), min_value=YEAR_RANGE[0], max_value=this_year, initial=this_year,
                              help_text=_("Året, opgørelsen gælder. Medarbejdere tælles pr. 31. december "
                                          "(i indeværende år pr. i dag)."))


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, unit):
        return "\u2003" * max(unit.depth, 0) + unit.name


class FilterForm(StyledFormMixin, forms.Form):
    """The overview's filter. An unknown unit or dimension is a 404 (see the view)."""

    enhed = UnitChoiceField(label=_("Enhed"), required=False, empty_label=_("Hele OBB"),
                            queryset=Unit.objects.filter(is_active=True).order_by("path"))
    dimension = forms.ChoiceField(required=False, widget=forms.HiddenInput,
                                  choices=[(d.key, d.label) for d in DIMENSIONS] + [(UNIT_KEY, _("Enhed"))])

    def cleaned_dimension(self):
        return self.cleaned_data.get("dimension") or DIMENSIONS[0].key


class RegisterSnapshotForm(StyledFormMixin, forms.Form):
    year = _year_field()
    replace = forms.BooleanField(label=_("Erstat den eksisterende opgørelse for året"), required=False)

    def clean(self):
        data = super().clean()
        year = data.get("year")
        if year and Snapshot.objects.filter(year=year).exists() and not data.get("replace"):
            self.add_error("replace", _("Der findes allerede en opgørelse for %(year)s. Sæt kryds for at erstatte "
                                        "den.") % {"year": year})
        return data


class ImportForm(StyledFormMixin, forms.Form):
    year = _year_field()
    file = forms.FileField(label=_("Excel-ark fra lønsystemet"),
                           help_text=_("Brug skabelonen. Hele arket afvises, hvis blot én række er forkert."))

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            workbook = open_workbook(data["file"])
        except ValidationError as error:
            self.add_error("file", error)
            return data
        try:
            data["rows"] = parse_sheet(workbook, data["year"])
        except SheetInvalid as invalid:
            self.sheet_errors, self.sheet_errors_hidden = invalid.errors, invalid.hidden
            self.add_error("file", _("Arket har %(count)s fejl (se listen ovenfor). Ret dem i arket, og indlæs det "
                                     "igen.") % {"count": invalid.count})
        finally:
            workbook.close()
        return data


class ConfirmReplaceForm(StyledFormMixin, forms.Form):
    confirm = forms.BooleanField(label=_("Ja, erstat opgørelsen"), required=True)


class StaffProfileForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = StaffProfile
        fields = ["birth_year", "gender", "education", "origin", "weekly_hours", "employment_type"]


class ReferenceForm(StyledFormMixin, forms.Form):
    """Odense's shares per category of every comparable dimension, on one page."""

    source = forms.CharField(label=_("Kilde"), max_length=200,
                             widget=forms.TextInput(attrs={"class": "input-width-xl"}),
                             help_text=_("Fx »Danmarks Statistik, FOLK1A og HFUDD11, 1. jan. 2024«."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        existing = {(f.dimension, f.category): f for f in ReferenceFigure.objects.all()}
        self.groups = []
        for dimension in REFERENCE_DIMENSIONS:
            names = []
            for code, label in dimension.categories:
                name = f"{dimension.key}__{code}"
                figure = existing.get((dimension.key, code))
                self.fields[name] = forms.DecimalField(
                    label=label, required=False, min_value=0, max_value=100, max_digits=5, decimal_places=1,
                    initial=figure.share if figure else None, localize=True,
                    widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "form-input input-width-xs"}))
                names.append(name)
            self.groups.append((dimension, names))
        figures = list(existing.values())
        if figures and not self.is_bound:
            self.fields["source"].initial = figures[0].source
        self.order_fields(["source"])

    def grouped_fields(self):
        return [(dimension, [self[name] for name in names]) for dimension, names in self.groups]

    def clean(self):
        data = super().clean()
        for dimension, names in self.groups:
            values = [data.get(name) for name in names]
            given = [value for value in values if value is not None]
            if given and abs(sum(given) - Decimal(100)) > Decimal("1.0"):
                self.add_error(names[0], _("Andelene for »%(dimension)s« giver %(sum)s\u00a0%% i alt; de skal give "
                                           "100\u00a0%%.")
                               % {"dimension": dimension.label, "sum": number_format(sum(given))})
        return data

    def save(self):
        source = self.cleaned_data["source"]
        for dimension, names in self.groups:
            for name in names:
                code = name.split("__", 1)[1]
                value = self.cleaned_data.get(name)
                if value is None:
                    ReferenceFigure.objects.filter(dimension=dimension.key, category=code).delete()
                    continue
                figure, _created = ReferenceFigure.objects.get_or_create(
                    dimension=dimension.key, category=code, defaults={"share": value})
                if (figure.share, figure.source, figure.is_demo) != (value, source, False):
                    figure.share, figure.source, figure.is_demo = value, source, False
                    figure.save()


def dimension_label(key):
    return _("Enhed") if key == UNIT_KEY else BY_KEY[key].label
