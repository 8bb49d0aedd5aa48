"""Form rendering in the design system's markup, and the account forms that use it."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

_WIDGET_CLASSES = {
    forms.CheckboxInput: "form-checkbox",
    forms.CheckboxSelectMultiple: "form-checkbox",
    forms.RadioSelect: "form-radio",
    forms.Select: "form-select",
    forms.SelectMultiple: "form-select",
    forms.ClearableFileInput: "form-file-input",
    forms.FileInput: "form-file-input",
    forms.Textarea: "form-input",
}


class FormRenderer(TemplatesSetting):
    """Renders `{{ form }}` and `{{ field.as_field_group }}` with templates/forms/*."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


class StyledFormMixin:
    """Gives each widget the design system's class. Django itself marks invalid fields with
    aria-invalid and points aria-describedby at the hint and at the error (`<id>_error`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            css = next(
                (css for kind, css in _WIDGET_CLASSES.items() if isinstance(widget, kind)), "form-input"
            )
            widget.attrs["class"] = f"{css} {widget.attrs.get('class', '')}".strip()


class LoginForm(StyledFormMixin, auth_forms.AuthenticationForm):
    pass


class PasswordChangeForm(StyledFormMixin, auth_forms.PasswordChangeForm):
    # Django's own Danish catalogue lacks this message.
    error_messages = {
        **auth_forms.PasswordChangeForm.error_messages,
        "password_incorrect": _("Din nuværende adgangskode er forkert. Skriv den igen."),
    }


class PasswordResetForm(StyledFormMixin, auth_forms.PasswordResetForm):
    pass


class SetPasswordForm(StyledFormMixin, auth_forms.SetPasswordForm):
    pass
