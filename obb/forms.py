"""Form rendering in the design system's markup, and the account forms that use it."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

from obb import validators

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
    aria-invalid and points aria-describedby at the hint and at the error (`<id>_error`).

    It also puts the limits of `obb.validators` on every field that has none of its own: a
    maximum length on text, a range on dates and on whole numbers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            css = next(
                (css for kind, css in _WIDGET_CLASSES.items() if isinstance(widget, kind)), "form-input"
            )
            widget.attrs["class"] = f"{css} {widget.attrs.get('class', '')}".strip()
            limit_field(field)


def limit_field(field):
    """Add the limits of `obb.validators` to a form field that lacks them."""
    if isinstance(field, forms.CharField) and field.max_length is None:
        field.max_length = validators.TEXT_MAX_LENGTH
        field.validators.append(validators.text_length_validator())
        if not field.widget.is_hidden:
            field.widget.attrs.setdefault("maxlength", str(validators.TEXT_MAX_LENGTH))
    elif isinstance(field, forms.DateField | forms.DateTimeField):
        field.validators.append(validators.validate_date_in_range)
    elif isinstance(field, forms.IntegerField) and not isinstance(field, forms.DecimalField | forms.FloatField):
        field.validators.extend(validators.integer_range_validators())


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


# --- Fields the HR tools share ----------------------------------------------------------------

YES_NO = forms.Select(choices=[("True", _("Ja")), ("False", _("Nej"))])


class DateInput(forms.DateInput):
    """The browser's date picker; the value goes and comes back as YYYY-MM-DD."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class StaffChoiceField(forms.ModelChoiceField):
    """A member of staff, shown with their unit so two people of the same name differ."""

    def label_from_instance(self, obj):
        unit = f" ({obj.unit})" if obj.unit_id else ""
        return f"{obj.get_full_name() or obj.username}{unit}"


def staff_queryset():
    """The current members of staff, for a staff picker."""
    from obb.models import User

    return User.objects.current().select_related("unit").order_by("first_name", "last_name")
