"""Forms of MUS. Each validates its input and says what is wrong in Danish; nothing is saved
until the form (and the model's status rule behind it) accepts the input."""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hrtools.competences.models import Competence, DevelopmentActivity
from hrtools.mus.models import Conversation, Goal, PreparationTemplate, Round, TemplateQuestion
from obb.forms import StyledFormMixin


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


class TemplateForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = PreparationTemplate
        fields = ["name", "description", "is_active"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class TemplateCreateForm(TemplateForm):
    class Meta(TemplateForm.Meta):
        fields = ["name", "description"]


class TemplateQuestionForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = TemplateQuestion
        fields = ["audience", "text", "order"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"order": _("Spørgsmålene vises i denne rækkefølge (laveste først).")}


class RoundForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Round
        fields = ["year", "name", "period_start", "period_end", "template"]
        widgets = {"period_start": DateInput(), "period_end": DateInput()}
        help_texts = {"template": _("Runden gemmer en kopi af skabelonens spørgsmål, når den åbnes.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = PreparationTemplate.objects.filter(is_active=True)
        if not self.initial.get("year"):
            self.initial["year"] = timezone.localdate().year

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Perioden skal slutte efter, den begynder."))
        return data


class ScheduleForm(StyledFormMixin, forms.Form):
    date = forms.DateField(label=_("Dato"), widget=DateInput())
    time = forms.TimeField(label=_("Klokkeslæt"), widget=TimeInput())
    duration_minutes = forms.IntegerField(label=_("Varighed i minutter"), min_value=15, max_value=480, initial=60)
    place = forms.CharField(label=_("Sted"), max_length=200, help_text=_("Fx mødelokale, bibliotek eller Teams."))

    def __init__(self, *args, conversation, **kwargs):
        self.conversation = conversation
        if conversation.scheduled_at and "initial" not in kwargs:
            local = timezone.localtime(conversation.scheduled_at)
            kwargs["initial"] = {"date": local.date(), "time": local.time().replace(second=0, microsecond=0),
                                 "duration_minutes": conversation.duration_minutes, "place": conversation.place}
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if data.get("date") and data.get("time"):
            when = timezone.make_aware(datetime.combine(data["date"], data["time"]))
            data["when"] = when
            try:
                self.conversation.check_schedulable(when)
            except ValidationError as error:
                self.add_error(None, error)
        return data


class PreparationForm(StyledFormMixin, forms.Form):
    """One text field per question the user answers."""

    def __init__(self, *args, questions, answers, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            self.fields[f"q_{question.pk}"] = forms.CharField(
                label=question.text, required=False, max_length=8000,
                # Added after StyledFormMixin styled the fields, so it gets its class here.
                widget=forms.Textarea(attrs={"rows": 4, "class": "form-input"}),
                initial=answers.get(question.pk, ""),
            )

    def texts(self):
        return {question.pk: self.cleaned_data.get(f"q_{question.pk}", "") for question in self.questions}


class SummaryForm(StyledFormMixin, forms.Form):
    summary = forms.CharField(label=_("Referat"), required=False, max_length=20000,
                              widget=forms.Textarea(attrs={"rows": 12}),
                              help_text=_("Hvad talte I om, og hvad aftalte I? Medarbejderen læser og bekræfter "
                                          "referatet bagefter."))
    version = forms.IntegerField(widget=forms.HiddenInput)


class ResponseForm(StyledFormMixin, forms.Form):
    response = forms.ChoiceField(
        label=_("Dit svar på referatet"), widget=forms.RadioSelect,
        choices=[(Conversation.Response.CONFIRMED, _("Jeg bekræfter referatet")),
                 (Conversation.Response.COMMENTED, _("Jeg bekræfter referatet med en kommentar"))],
    )
    comment = forms.CharField(label=_("Kommentar"), required=False, max_length=4000,
                              widget=forms.Textarea(attrs={"rows": 4}))

    def clean(self):
        data = super().clean()
        if data.get("response") == Conversation.Response.COMMENTED and not (data.get("comment") or "").strip():
            self.add_error("comment", _("Skriv din kommentar til referatet."))
        return data


class GoalForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Goal
        fields = ["competence", "activity", "free_text", "due_date", "follow_up_date"]
        widgets = {"due_date": DateInput(), "follow_up_date": DateInput(),
                   "free_text": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "activity": _("Vælg en aktivitet fra kataloget Inspiration til jobudvikling, eller beskriv målet "
                          "med egne ord nedenfor."),
            "follow_up_date": _("Hvornår følger I op på, hvad medarbejderen fik ud af det?"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competence"].queryset = Competence.objects.filter(is_active=True)
        self.fields["activity"].queryset = DevelopmentActivity.objects.filter(is_active=True)
        self.fields["competence"].required = False
        self.fields["activity"].required = False

    def clean(self):
        data = super().clean()
        if not data.get("activity") and not (data.get("free_text") or "").strip():
            self.add_error("free_text", _("Vælg en aktivitet fra kataloget eller beskriv målet med egne ord."))
        today = timezone.localdate()
        for name in ("due_date", "follow_up_date"):
            value = data.get(name)
            if value and value < today and (self.instance.pk is None or value != getattr(self.instance, name)):
                self.add_error(name, _("Datoen ligger i fortiden. Vælg en dato fra i dag og frem."))
        return data


class FollowUpForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Goal
        fields = ["status", "outcome", "use_in_daily_work"]
        widgets = {"outcome": forms.Textarea(attrs={"rows": 4}), "use_in_daily_work": forms.Textarea(attrs={"rows": 4})}

    def clean(self):
        data = super().clean()
        if data.get("status") == Goal.Status.DONE:
            if not (data.get("outcome") or "").strip():
                self.add_error("outcome", _("Skriv, hvad medarbejderen fik ud af det."))
            if not (data.get("use_in_daily_work") or "").strip():
                self.add_error("use_in_daily_work", _("Skriv, hvordan det bruges i det daglige arbejde."))
        return data
