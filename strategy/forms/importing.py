"""Forms of the action import and of copying a plan to the next year."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from obb.forms import StyledFormMixin
from strategy.services import importing

XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ActionImportForm(StyledFormMixin, forms.Form):
    """The uploaded sheet. A valid form has `sheet_rows`: the rows read from the sheet, not yet
    checked against the plan (see `importing.validate_rows`)."""

    file = forms.FileField(
        label=_("Excel-ark med handlinger"),
        widget=forms.FileInput(attrs={"accept": XLSX_TYPES}),
        error_messages={"required": _("Vælg det Excel-ark, der skal importeres."),
                        "empty": _("Filen er tom.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("En .xlsx-fil, der følger skabelonen. Den må højst fylde %(max)s MB.") % {
            "max": settings.MAX_UPLOAD_MB}
        self.sheet_rows = []

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.sheet_rows = importing.read_sheet(upload)
        return upload


class ImportConfirmForm(forms.Form):
    """The confirmation of a previewed import: only the token of the rows kept in the session."""

    token = forms.CharField(max_length=64)
