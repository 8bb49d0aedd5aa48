"""Forms of the action pages: the list's filters, the action form, the quick status change,
progress notes and moving."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from obb.forms import StyledFormMixin
from obb.models import Unit, User
from obb.validators import year_validators
from strategy.models import Action, Goal, Partner, Pejlemaerke, Priority, Project
from strategy.queries import mine_filter

QUARTERS = [("", "–"), *((n, _("%(n)s. kvartal") % {"n": n}) for n in range(1, 5))]
YEAR_VALIDATORS = year_validators()


class UnitChoiceField(forms.ModelChoiceField):
    """Units indented by their depth in the tree."""

    def label_from_instance(self, obj):
        return "\u2003" * max(obj.depth, 0) + obj.name


class GroupedSelect(forms.Select):
    """A select whose option groups say which pejlemærke they belong to (`data-group`), so the
    pejlemærke field can show only its own group (static/js/strategy.js)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.group_keys = {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value and self.group_keys:
            option["attrs"]["data-group"] = self.group_keys.get(str(value), "")
        return option


class ActionFilterForm(StyledFormMixin, forms.Form):
    """The action list's filters (GET). Invalid values are reported and left out. "Mine
    handlinger" are those the user owns or whose unit they lead (as on the front-page panel);
    "Mine enheders handlinger" those of the units they lead, or an employee's own unit."""

    SHOW_MINE, SHOW_UNITS = "mine", "enheder"

    aar = forms.TypedChoiceField(label=_("År"), coerce=int, required=False)
    vis = forms.ChoiceField(label=_("Vis"), required=False, choices=[
        ("", _("Alle handlinger")), (SHOW_MINE, _("Mine handlinger")), (SHOW_UNITS, _("Mine enheders handlinger")),
    ])
    pejlemaerke = forms.ModelChoiceField(label=_("Pejlemærke"), queryset=Pejlemaerke.objects.none(), required=False,
                                         empty_label=_("Alle pejlemærker"))
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Alle statusser")), *Action.Status.choices])
    enhed = UnitChoiceField(label=_("Enhed"), queryset=Unit.objects.none(), required=False,
                            empty_label=_("Alle enheder"))
    ansvarlig = forms.ModelChoiceField(label=_("Ansvarlig"), queryset=User.objects.none(), required=False,
                                       empty_label=_("Alle ansvarlige"))
    q = forms.CharField(label=_("Søg i teksten"), required=False, max_length=200)
    arkiverede = forms.BooleanField(label=_("Vis også arkiverede handlinger"), required=False)

    def __init__(self, *args, plans, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aar"].choices = [(p.year, str(p.year)) for p in plans]
        if plan is not None:
            self.fields["pejlemaerke"].queryset = Pejlemaerke.objects.filter(strategy=plan.strategy_id)
            self.fields["ansvarlig"].queryset = User.objects.filter(owned_actions__plan=plan).distinct()
        self.fields["enhed"].queryset = Unit.objects.filter(is_active=True)

    def active_filter_count(self):
        """How many filters beyond the year and the quick choice narrow the list."""
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return 0
        return sum(1 for name, value in self.cleaned_data.items() if name not in ("aar", "vis") and value)

    def filter(self, actions, user):
        data = self.cleaned_data if self.is_bound else {}
        if not data.get("arkiverede"):
            actions = actions.active()
        if data.get("vis") == self.SHOW_MINE:
            actions = actions.filter(mine_filter(user))
        elif data.get("vis") == self.SHOW_UNITS:
            unit_ids = user.authority_unit_ids or ({user.unit_id} - {None})
            actions = actions.filter(unit__in=unit_ids)
        if data.get("pejlemaerke"):
            actions = actions.filter(pejlemaerke=data["pejlemaerke"])
        if data.get("status"):
            actions = actions.filter(status=data["status"])
        if data.get("enhed"):
            actions = actions.filter(unit__path__startswith=data["enhed"].path)
        if data.get("ansvarlig"):
            actions = actions.filter(owner=data["ansvarlig"])
        if data.get("q"):
            actions = actions.filter(text__icontains=data["q"])
        return actions


class ActionForm(StyledFormMixin, forms.ModelForm):
    """Create or edit an action. Choices are limited to what the person may use: a manager
    picks among the units they lead and the staff of those units (or themselves); the action
    must stay theirs to edit. In a published plan only the status can change."""

    start_quarter = forms.TypedChoiceField(label=_("Startkvartal"), choices=QUARTERS, coerce=int,
                                           empty_value=None, required=False)
    end_quarter = forms.TypedChoiceField(label=_("Slutkvartal"), choices=QUARTERS, coerce=int,
                                         empty_value=None, required=False)
    start_year = forms.IntegerField(label=_("Startår"), required=False, validators=YEAR_VALIDATORS)
    end_year = forms.IntegerField(label=_("Slutår"), required=False, validators=YEAR_VALIDATORS)
    text = forms.CharField(label=_("Handling"), max_length=Action.TEXT_MAX_LENGTH,
                           widget=forms.Textarea(attrs={"rows": 4, "data-counter": _("%(left)s tegn tilbage")}),
                           help_text=_("Hvad gør vi? Skriv det, som det skal stå i planen, med højst %(max)s tegn.")
                           % {"max": Action.TEXT_MAX_LENGTH})
    version = forms.IntegerField(widget=forms.HiddenInput, error_messages={
        "required": _("Formularen mangler handlingens version. Genindlæs siden, og prøv igen."),
        "invalid": _("Formularen mangler handlingens version. Genindlæs siden, og prøv igen."),
    })

    class Meta:
        model = Action
        fields = ["pejlemaerke", "priority", "text", "unit", "owner", "status", "start_year", "start_quarter",
                  "end_year", "end_quarter", "projects", "partners", "goals"]
        field_classes = {"unit": UnitChoiceField}
        widgets = {
            "projects": forms.CheckboxSelectMultiple,
            "partners": forms.CheckboxSelectMultiple,
            "goals": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "priority": _("Den prioritering under pejlemærket, som handlingen indfrier."),
        }

    MULTI_FIELDS = ("projects", "partners", "goals")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        action, plan = self.instance, self.instance.plan
        fields = self.fields
        fields["version"].initial = action.version
        fields["version"].required = not action._state.adding
        fields["pejlemaerke"].queryset = Pejlemaerke.objects.filter(strategy=plan.strategy_id)
        fields["pejlemaerke"].empty_label = "–"
        fields["pejlemaerke"].widget.attrs["data-controls-groups"] = "id_priority"
        priorities = list(Priority.objects.filter(pejlemaerke__strategy=plan.strategy_id)
                          .select_related("pejlemaerke").order_by("pejlemaerke__number", "order"))
        fields["priority"].queryset = Priority.objects.filter(pk__in=[p.pk for p in priorities])
        fields["priority"].widget = GroupedSelect(attrs=fields["priority"].widget.attrs)
        fields["priority"].widget.choices = self._grouped(priorities)
        fields["priority"].widget.group_keys = {str(p.pk): str(p.pejlemaerke_id) for p in priorities}
        if action._state.adding and not self.is_bound:
            self._new_action_defaults(plan, user)
        fields["projects"].queryset = Project.objects.filter(plan=plan)
        fields["partners"].queryset = Partner.objects.filter(plan=plan)
        fields["goals"].queryset = Goal.objects.all()
        units = Unit.objects.filter(is_active=True)
        owners = User.objects.current()
        if not user.is_leadership:
            units = Unit.objects.filter(Q(pk__in=user.authority_unit_ids) | Q(pk=action.unit_id))
            owners = User.objects.filter(
                Q(pk=user.pk) | Q(pk=action.owner_id)
                | (Q(unit__in=user.authority_unit_ids) & Q(pk__in=User.objects.current()))
            )
        fields["unit"].queryset = units
        fields["owner"].queryset = owners
        fields["unit"].empty_label = fields["owner"].empty_label = fields["priority"].empty_label = "–"
        if plan.content_is_locked:
            for name, field in fields.items():
                if name not in ("status", "version"):
                    field.disabled = True

    def _new_action_defaults(self, plan, user):
        """A new action runs in the plan's year, and a manager who leads one unit (with or
        without units below it) has that unit chosen."""
        for name in ("start_year", "end_year"):
            if self.initial.get(name) is None:
                self.initial[name] = plan.year
        led = list(Unit.objects.filter(manager=user, is_active=True).values_list("pk", flat=True)[:2])
        if len(led) == 1 and not user.is_leadership:
            if self.initial.get("unit") is None:
                self.initial["unit"] = led[0]

    @staticmethod
    def _grouped(priorities):
        """Priorities grouped under their pejlemærke, in full: the page's script shows only the
        chosen pejlemærke's group (GroupedSelect names each group's pejlemærke)."""
        groups, current = [("", "–")], None
        for priority in priorities:
            if current is None or current[0] != priority.pejlemaerke.name:
                current = (priority.pejlemaerke.name, [])
                groups.append(current)
            current[1].append((priority.pk, priority.text))
        return groups

    @property
    def multi_fields(self):
        return [self[name] for name in self.MULTI_FIELDS]

    @property
    def single_fields(self):
        return [self[name] for name in self.fields if name not in self.MULTI_FIELDS and name != "version"]

    def clean(self):
        cleaned = super().clean()
        if not self.user.is_leadership and ("unit" in cleaned or "owner" in cleaned):
            probe = Action(unit=cleaned.get("unit"), owner=cleaned.get("owner"))
            if not probe.can_edit(self.user):
                raise forms.ValidationError(
                    _("Du kan kun gemme handlinger for de enheder, du er leder for, eller med dig selv som "
                      "ansvarlig.")
                )
        return cleaned

    def m2m_values(self):
        if self.instance.plan.content_is_locked:
            return None
        return {name: self.cleaned_data[name] for name in self.MULTI_FIELDS}


class StatusForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Action.Status.choices)
    version = forms.IntegerField(widget=forms.HiddenInput)


class ProgressNoteForm(StyledFormMixin, forms.Form):
    text = forms.CharField(label=_("Ny statusnote"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("Hvordan går det med handlingen? Noten gemmes med dit navn og datoen."))
    date = forms.DateField(label=_("Dato"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"].initial = timezone.localdate

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("Datoen kan ikke ligge i fremtiden."))
        return date


class MoveForm(forms.Form):
    retning = forms.ChoiceField(choices=[("op", _("Op")), ("ned", _("Ned"))])


class ArchiveForm(forms.Form):
    arkiveret = forms.TypedChoiceField(choices=[("1", _("Arkivér")), ("0", _("Genopret"))], coerce=lambda v: v == "1")
