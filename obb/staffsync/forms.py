"""The forms of the staff file's upload and confirmation."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from obb.forms import StyledFormMixin
from obb.models import Unit

ACCEPT = ".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class StaffFileForm(StyledFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Fil fra HR- og lønsystemet"),
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
        error_messages={"required": _("Vælg den fil, der skal indlæses."), "empty": _("Filen er tom.")},
    )
    create_units_under = forms.ModelChoiceField(
        label=_("Opret ukendte enheder under"), required=False, queryset=Unit.objects.filter(is_active=True),
        empty_label=_("Opret ikke enheder: afvis filen, hvis den nævner ukendte enheder"),
        help_text=_("Enheder, som filen nævner, men som appen ikke kender, oprettes som teams under den valgte "
                    "enhed. Vælg intet for at få dem vist som fejl."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "En CSV-fil (UTF-8, adskilt med semikolon eller komma) eller en .xlsx-fil. Den må højst fylde "
            "%(max)s MB.") % {"max": settings.MAX_UPLOAD_MB}


class ConfirmForm(forms.Form):
    token = forms.CharField(max_length=64)
