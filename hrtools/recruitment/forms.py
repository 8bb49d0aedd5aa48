from django import forms
from django.utils.translation import gettext_lazy as _

from hrtools.recruitment.models import Candidate, CandidateNote, GuideStep, RecruitmentCase
from obb.forms import YES_NO, DateInput, StaffChoiceField, StyledFormMixin, staff_queryset
from obb.models import Unit, User


class StaffMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        unit = f" ({obj.unit})" if obj.unit_id else ""
        return f"{obj.get_full_name() or obj.username}{unit}"


class PeoplePicker(forms.CheckboxSelectMultiple):
    """A checkbox per person, each naming their unit (`data-unit`), in a list the page's script
    gives a search field and sorts with the chosen unit's people first (static/js/obb.js).
    Without the script it is a plain list of checkboxes: usable by touch and keyboard."""

    def __init__(self, *args, unit_field="unit", **kwargs):
        super().__init__(*args, **kwargs)
        self.attrs.update({"data-picker": _("Søg efter navn eller enhed"), "data-sort-by": unit_field})

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        instance = getattr(value, "instance", None)
        if instance is not None and instance.unit_id:
            option["attrs"]["data-unit"] = str(instance.unit_id)
        return option


class CaseForm(StyledFormMixin, forms.ModelForm):
    hiring_manager = StaffChoiceField(label=_("Ansættende leder"), queryset=User.objects.none())
    committee = StaffMultipleChoiceField(
        label=_("Ansættelsesudvalg"), queryset=User.objects.none(), required=False,
        widget=PeoplePicker(unit_field="id_unit"),
        help_text=_("Udvalgets medlemmer ser kandidaterne og kan skrive noter. Sæt kryds ved hver, der skal være "
                    "med; enhedens medarbejdere står først."),
    )

    class Meta:
        model = RecruitmentCase
        fields = ["title", "unit", "hiring_manager", "committee", "application_deadline"]
        widgets = {"application_deadline": DateInput()}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        units = Unit.objects.filter(is_active=True)
        if not user.is_hr:
            units = units.filter(pk__in=user.authority_unit_ids)
        self.fields["unit"].queryset = units
        self.fields["hiring_manager"].queryset = RecruitmentCase.hiring_managers_for(user).select_related(
            "unit").order_by("first_name", "last_name")
        self.fields["committee"].queryset = staff_queryset()
        self.fields["unit"].empty_label = _("Vælg enhed")
        self.fields["hiring_manager"].empty_label = _("Vælg leder")
        hiring_manager = self.fields["hiring_manager"]
        hiring_manager.error_messages["invalid_choice"] = _("Den ansættende leder skal være en leder i OBB.")
        if not user.is_hr:
            hiring_manager.help_text = _(
                "Enhedens leder eller en leder over den. Skal en anden leder ansætte, opretter HR sagen.")
            hiring_manager.error_messages["invalid_choice"] = _(
                "Vælg enhedens leder eller en leder over den. Skal en anden leder ansætte, opretter HR sagen.")
            if not self.instance.pk:
                hiring_manager.initial = user.pk

    def clean(self):
        data = super().clean()
        unit, manager = data.get("unit"), data.get("hiring_manager")
        if unit and manager and not RecruitmentCase.hiring_managers_for(self.user, unit).filter(
                pk=manager.pk).exists():
            self.add_error("hiring_manager", _(
                "%(manager)s er ikke leder for %(unit)s eller en enhed over den. Vælg enhedens leder, "
                "eller bed HR om at oprette sagen.") % {"manager": manager, "unit": unit})
        return data


class CandidateForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Candidate
        fields = ["name", "email", "phone", "status", "offer_date"]
        widgets = {"offer_date": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only hiring (a service) marks a candidate as hired.
        self.fields["status"].choices = [c for c in Candidate.Status.choices if c[0] != Candidate.Status.HIRED]

    def clean_status(self):
        status = self.cleaned_data["status"]
        if self.instance.pk and self.instance.status == Candidate.Status.HIRED:
            return Candidate.Status.HIRED
        return status


class NoteForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = CandidateNote
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        labels = {"text": _("Ny note fra udvalget")}


class HireForm(StyledFormMixin, forms.Form):
    offer_date = forms.DateField(label=_("Dato for tilbud"), widget=DateInput())
    start_date = forms.DateField(label=_("Første arbejdsdag"), widget=DateInput())
    existing_user = StaffChoiceField(
        label=_("Eksisterende medarbejder"), required=False, queryset=User.objects.none(),
        empty_label=_("Ingen – opret en ny medarbejder"),
        help_text=_("Vælg kun, hvis kandidaten allerede er ansat i OBB (intern ansøger). Medarbejderen "
                    "flyttes til sagens enhed, stilling og leder."),
    )
    mentor = StaffChoiceField(label=_("Mentor"), required=False, queryset=User.objects.none(),
                              empty_label=_("Ingen mentor endnu"),
                              help_text=_("Kan også tildeles senere."))

    def __init__(self, *args, candidate, user, **kwargs):
        super().__init__(*args, **kwargs)
        existing = self.fields["existing_user"]
        existing.queryset = candidate.case.internal_applicants(user).select_related("unit").order_by(
            "first_name", "last_name")
        if not user.is_hr:
            existing.help_text = _("Vælg kun, hvis kandidaten allerede er en af dine medarbejdere (intern "
                                   "ansøger). En medarbejder med en anden leder flyttes af HR.")
            existing.error_messages["invalid_choice"] = _(
                "Du kan kun vælge dine egne medarbejdere. En medarbejder med en anden leder flyttes af HR.")
        self.fields["mentor"].queryset = staff_queryset()
        if candidate.offer_date:
            self.fields["offer_date"].initial = candidate.offer_date

    def clean(self):
        data = super().clean()
        start, offer = data.get("start_date"), data.get("offer_date")
        if start and offer and start < offer:
            self.add_error("start_date", _("Første arbejdsdag kan ikke ligge før datoen for tilbuddet."))
        existing, mentor = data.get("existing_user"), data.get("mentor")
        if existing and mentor and existing == mentor:
            self.add_error("mentor", _("Den nyansatte kan ikke være sin egen mentor."))
        return data


class GuideStepForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = GuideStep
        fields = ["title", "text", "offset_days", "order", "is_active"]
        widgets = {"text": forms.Textarea(attrs={"rows": 6}), "is_active": YES_NO}
