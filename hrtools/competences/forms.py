"""Forms of the kompetencespejl, the career model and the catalogue. Bad input gets a Danish
error and changes nothing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hrtools.competences.models import (
    Assessment,
    CareerAim,
    CareerStep,
    CareerTrack,
    Competence,
    DevelopmentActivity,
    DevelopmentProposal,
    JobFamily,
    Level,
    Profile,
)
from hrtools.competences.services import current_year
from obb.forms import StyledFormMixin
from obb.validators import YEAR_RANGE


class Checkboxes(forms.CheckboxSelectMultiple):
    """Checkboxes in the design system's markup: one `form-group-checkbox` per option."""

    template_name = "hrtools/competences/widgets/checkbox_select.html"


def yes_no():
    """A yes/no select for a boolean field (the shared field template has no single-checkbox markup)."""
    return forms.Select(choices=[(True, _("Ja")), (False, _("Nej"))])


LEVEL_ERRORS = {
    "invalid_choice": _("Vælg et niveau fra 1 til 5."),
    "required": _("Vælg et niveau fra 1 til 5."),
}


class AssessmentForm(StyledFormMixin, forms.ModelForm):
    """A new assessment of one competence for one year. The employee and the kind (own or the
    manager's) come from the view; the form refuses a second one for the same year."""

    competence = forms.ModelChoiceField(
        label=_("Kompetence"), queryset=Competence.objects.filter(is_active=True),
        error_messages={"invalid_choice": _("Kompetencen findes ikke. Vælg en fra listen."),
                        "required": _("Vælg en kompetence.")},
    )
    level = forms.TypedChoiceField(label=_("Niveau"), choices=[("", "---------"), *Level.choices], coerce=int,
                                   error_messages=LEVEL_ERRORS)
    year = forms.IntegerField(label=_("År"), min_value=YEAR_RANGE[0], max_value=YEAR_RANGE[1],
                              error_messages={"invalid": _("Skriv et årstal, fx 2025."),
                                              "min_value": _("Året skal ligge mellem 2000 og 2100."),
                                              "max_value": _("Året skal ligge mellem 2000 og 2100."),
                                              "required": _("Skriv et årstal.")})

    class Meta:
        model = Assessment
        fields = ["competence", "year", "level", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 4})}
        labels = {"comment": _("Kommentar")}

    def __init__(self, *args, employee, kind, **kwargs):
        self.employee, self.kind = employee, kind
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = current_year()
        self.fields["comment"].required = False

    def clean(self):
        cleaned = super().clean()
        competence, year = cleaned.get("competence"), cleaned.get("year")
        if competence and year and Assessment.objects.filter(
            employee=self.employee, competence=competence, year=year, kind=self.kind
        ).exists():
            who = _("din egen vurdering") if self.kind == Assessment.Kind.SELF else _("lederens vurdering")
            raise forms.ValidationError(
                _("Der er allerede %(who)s af »%(competence)s« for %(year)s. Ret den eksisterende "
                  "vurdering i stedet for at oprette en ny.") % {"who": who, "competence": competence, "year": year},
                code="duplicate",
            )
        return cleaned

    def validate_unique(self):
        # The clean() above says it in words; the model's own check would repeat it in English.
        pass

    def save(self, commit=True, *, assessed_by=None):
        self.instance.employee, self.instance.kind, self.instance.assessed_by = self.employee, self.kind, assessed_by
        return super().save(commit)


class AssessmentEditForm(StyledFormMixin, forms.ModelForm):
    level = forms.TypedChoiceField(label=_("Niveau"), choices=[("", "---------"), *Level.choices], coerce=int,
                                   error_messages=LEVEL_ERRORS)

    class Meta:
        model = Assessment
        fields = ["level", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 4})}
        labels = {"comment": _("Kommentar")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comment"].required = False


class CareerAimForm(StyledFormMixin, forms.ModelForm):
    step = forms.ModelChoiceField(
        label=_("Spor og trin, du sigter mod"),
        queryset=CareerStep.objects.select_related("track"),
        error_messages={"invalid_choice": _("Trinnet findes ikke. Vælg et fra listen."),
                        "required": _("Vælg et spor og et trin.")},
    )

    class Meta:
        model = CareerAim
        fields = ["step", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}
        labels = {"note": _("Bemærkning")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["note"].required = False
        self.fields["step"].label_from_instance = lambda step: f"{step.track.name} – {step.order}. {step.name}"


class CatalogueFilterForm(StyledFormMixin, forms.Form):
    q = forms.CharField(label=_("Søg"), required=False, max_length=100)
    kompetence = forms.ModelChoiceField(label=_("Kompetence"), queryset=Competence.objects.filter(is_active=True),
                                        required=False, to_field_name="slug", empty_label=_("Alle kompetencer"))
    type = forms.ChoiceField(label=_("Type"), required=False,
                             choices=[("", _("Alle typer")), *DevelopmentActivity.Kind.choices])


class ProposalForm(StyledFormMixin, forms.ModelForm):
    """Propose an activity for a development plan: for oneself, or a manager for their staff."""

    class Meta:
        model = DevelopmentProposal
        fields = ["employee", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}
        labels = {"employee": _("Til hvis udviklingsplan"), "note": _("Bemærkning")}

    def __init__(self, *args, subjects, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employee"].queryset = subjects
        self.fields["employee"].error_messages["invalid_choice"] = _(
            "Du kan kun foreslå aktiviteter for dig selv og de medarbejdere, du er leder for.")
        self.fields["employee"].empty_label = None
        self.fields["note"].required = False
        if len(self.fields["employee"].choices) == 1:  # only oneself: nothing to choose
            self.fields["employee"].widget = forms.HiddenInput()


class ProposalDecisionForm(forms.Form):
    status = forms.ChoiceField(choices=DevelopmentProposal.Status.choices,
                               error_messages={"invalid_choice": _("Ukendt status.")})


class CompetenceForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Competence
        fields = ["name", "slug", "description", "pejlemaerker", "order", "is_active"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4}), "pejlemaerker": Checkboxes, "is_active": yes_no()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pejlemaerker"].queryset = self.fields["pejlemaerker"].queryset.select_related("strategy")
        self.fields["pejlemaerker"].label_from_instance = lambda p: f"{p.name} ({p.strategy.name})"


class ActivityForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = DevelopmentActivity
        fields = ["title", "kind", "description", "competences", "duration", "provider", "is_active"]
        widgets = {"description": forms.Textarea(attrs={"rows": 5}), "competences": Checkboxes, "is_active": yes_no()}


class CareerTrackForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = CareerTrack
        fields = ["name", "kind", "description", "order"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}


class CareerStepForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = CareerStep
        fields = ["track", "order", "name", "description", "competences"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4}), "competences": Checkboxes}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competences"].queryset = Competence.objects.filter(is_active=True)

    def validate_unique(self):
        try:
            self.instance.validate_constraints()
        except forms.ValidationError:
            self.add_error("order", _("Sporet har allerede et trin med dette nummer."))


class JobFamilyForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = JobFamily
        fields = ["name", "job_titles"]
        widgets = {"job_titles": forms.Textarea(attrs={"rows": 5})}


class ProfileForm(StyledFormMixin, forms.ModelForm):
    """A new profile: for a unit or for a job family, not both."""

    class Meta:
        model = Profile
        fields = ["name", "unit", "job_family", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("unit")) == bool(cleaned.get("job_family")):
            raise forms.ValidationError(_("Vælg enten en enhed eller en jobfamilie – ikke begge og ikke ingen."))
        return cleaned


class ProfileLevelsForm(StyledFormMixin, forms.Form):
    """One optional level per active competence: the desired profile of a unit or job family."""

    def __init__(self, *args, profile, **kwargs):
        super().__init__(*args, **kwargs)
        self.profile = profile
        current = profile.level_map()
        self.competences = list(Competence.objects.filter(is_active=True))
        for competence in self.competences:
            self.fields[f"c{competence.pk}"] = forms.TypedChoiceField(
                label=competence.name, required=False, coerce=int, empty_value=None,
                choices=[("", _("Ikke i profilen")), *Level.choices], initial=current.get(competence.pk),
                error_messages=LEVEL_ERRORS, widget=forms.Select(attrs={"class": "form-select"}),
            )

    def levels(self):
        return {c: self.cleaned_data.get(f"c{c.pk}") for c in self.competences}
