from django import forms
from django.utils.translation import gettext_lazy as _

from hrtools.onboarding.models import OnboardingEvaluation, OnboardingTemplate, TemplateTask
from obb.forms import YES_NO, DateInput, StaffChoiceField, StyledFormMixin, staff_queryset
from obb.models import Unit, User


class OnboardingStartForm(StyledFormMixin, forms.Form):
    new_hire = StaffChoiceField(label=_("Nyansat"), queryset=User.objects.none())
    start_date = forms.DateField(label=_("Første arbejdsdag"), widget=DateInput())
    template = forms.ModelChoiceField(
        label=_("Skabelon"), required=False, queryset=OnboardingTemplate.objects.filter(is_active=True),
        empty_label=_("Enhedens skabelon (nærmeste op gennem organisationen)"),
    )
    mentor = StaffChoiceField(label=_("Mentor"), required=False, queryset=User.objects.none(),
                              empty_label=_("Ingen mentor endnu"),
                              help_text=_("Kan også tildeles senere. Indtil da står det på tjeklisten."))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        staff = staff_queryset()
        self.fields["new_hire"].queryset = staff if user.is_hr else staff.filter(
            pk__in=user.managed_staff().values("pk"))
        self.fields["mentor"].queryset = staff

    def clean(self):
        data = super().clean()
        if data.get("mentor") and data.get("mentor") == data.get("new_hire"):
            self.add_error("mentor", _("Den nyansatte kan ikke være sin egen mentor."))
        return data


class MentorForm(StyledFormMixin, forms.Form):
    mentor = StaffChoiceField(label=_("Mentor"), queryset=User.objects.none())

    def __init__(self, *args, onboarding, **kwargs):
        super().__init__(*args, **kwargs)
        self.onboarding = onboarding
        self.fields["mentor"].queryset = staff_queryset().exclude(pk=onboarding.new_hire_id)
        self.fields["mentor"].initial = onboarding.mentor_id


class EvaluationForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = OnboardingEvaluation
        fields = ["rating", "went_well", "to_improve"]
        widgets = {"rating": forms.Select, "went_well": forms.Textarea(attrs={"rows": 4}),
                   "to_improve": forms.Textarea(attrs={"rows": 4})}


class TemplateForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = OnboardingTemplate
        fields = ["name", "unit", "description", "is_active"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}), "is_active": YES_NO}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(is_active=True)
        self.fields["unit"].empty_label = _("Ingen (standardskabelon)")


class TemplateTaskForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = TemplateTask
        fields = ["title", "description", "phase", "dimension", "responsible", "offset_amount", "offset_unit",
                  "order"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
