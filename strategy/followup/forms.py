"""Forms of the follow-up pages: opening a round and answering an item."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from obb.forms import StyledFormMixin
from strategy.followup.indicators import IndicatorValue
from strategy.followup.models import FollowUpItem, parse_reminder_days
from strategy.models import Action, Plan


class OpenRoundForm(StyledFormMixin, forms.Form):
    plan = forms.ModelChoiceField(label=_("Plan"), queryset=Plan.objects.order_by("-year"), empty_label=None)
    deadline = forms.DateField(label=_("Frist for svar"), widget=forms.DateInput(attrs={"type": "date"}),
                               help_text=_("Ejerne svarer senest denne dag."))
    reminder_days = forms.CharField(
        label=_("Påmindelsesdage"), max_length=60, initial="-7,-1,0,3",
        help_text=_("Dage i forhold til fristen, adskilt af komma: -7 er en uge før, 0 på dagen, 3 tre dage "
                    "efter. Højst fem dage; der sendes aldrig påmindelser hver dag."),
    )

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline < timezone.localdate():
            raise forms.ValidationError(_("Fristen kan ikke ligge før i dag."))
        return deadline

    def clean_reminder_days(self):
        days = parse_reminder_days(self.cleaned_data["reminder_days"])
        return ",".join(str(day) for day in days)


class AnswerForm(StyledFormMixin, forms.Form):
    """The owner's answer: the status confirmed or changed, late or not, and a note (required
    when the action is late, postponed or dropped). The versions of the item and of the action
    the form was opened on travel with it, so a second answer on the same item is refused."""

    status = forms.ChoiceField(label=_("Status"), choices=Action.Status.choices, widget=forms.RadioSelect)
    is_delayed = forms.BooleanField(label=_("Handlingen er forsinket"), required=False)
    note = forms.CharField(label=_("Note"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 4}),
                           help_text=_("Hvordan går det? Påkrævet, når handlingen er forsinket, udskydes eller "
                                       "opgives."))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    action_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, item, **kwargs):
        self.item = item
        action = item.action
        kwargs.setdefault("initial", {
            "status": item.status or action.status, "is_delayed": item.is_delayed, "note": item.note,
            "version": item.version, "action_version": action.version,
        })
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        status = data.get("status")
        if status and FollowUpItem.note_required(status, data.get("is_delayed"), self.item.action.status) \
                and not data.get("note", "").strip():
            self.add_error("note", _("Skriv en note: den er påkrævet, når en handling er forsinket, udskydes "
                                     "eller opgives."))
        return data


class IndicatorValueForm(StyledFormMixin, forms.ModelForm):
    """A measured value of an indicator, for a year or a quarter, with its date and source."""

    class Meta:
        model = IndicatorValue
        fields = ["year", "quarter", "value", "measured_on", "source"]
        widgets = {"measured_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, indicator, **kwargs):
        self.indicator = indicator
        super().__init__(*args, **kwargs)
        self.fields["quarter"].help_text = _("Tom for en værdi for hele året.")

    def clean(self):
        data = super().clean()
        year, quarter = data.get("year"), data.get("quarter")
        if year and self.indicator.values.filter(year=year, quarter=quarter).exists():
            self.add_error("year", _("Der er allerede en måling for den periode."))
        measured_on = data.get("measured_on")
        if measured_on and measured_on > timezone.localdate():
            self.add_error("measured_on", _("Datoen for målingen kan ikke ligge i fremtiden."))
        return data
