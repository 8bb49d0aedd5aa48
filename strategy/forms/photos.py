"""The forms of a photo in the plan: leadership's photo page and the admin. The image is
checked by its content and size (`obb.uploads.check_image`), never by its name, and an image
needs an alternative text, which screen readers read out in the page and in the tagged PDF."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from obb.forms import StyledFormMixin
from obb.uploads import check_image
from strategy.models import PhotoCaption

ALT_TEXT_REQUIRED = _("Skriv en alternativ tekst, der siger, hvad billedet viser. Den læses op for blinde og "
                      "svagtseende, på siden og i PDF-filen.")


class CheckedImageMixin:
    """A new upload must be an image by its content; an image must have an alternative text."""

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if isinstance(image, UploadedFile):  # a new upload; an unchanged image is already checked
            check_image(image)
        return image

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("image") and not (cleaned_data.get("alt_text") or "").strip():
            self.add_error("alt_text", ALT_TEXT_REQUIRED)
        return cleaned_data


class PhotoCaptionForm(CheckedImageMixin, forms.ModelForm):
    """The admin's form."""

    class Meta:
        model = PhotoCaption
        fields = ["plan", "order", "placement", "caption", "image", "alt_text"]


class PhotoInput(forms.ClearableFileInput):
    initial_text = _("Nuværende billede")
    input_text = _("Skift billedet")
    clear_checkbox_label = _("Fjern billedet, men behold billedteksten")

    def __init__(self, attrs=None):
        super().__init__({"accept": "image/png,image/jpeg,image/webp", **(attrs or {})})


class PlanPhotoForm(CheckedImageMixin, StyledFormMixin, forms.ModelForm):
    """One photo on leadership's photo page of a plan (the formset sets plan and order)."""

    class Meta:
        model = PhotoCaption
        fields = ["caption", "alt_text", "placement", "image"]
        widgets = {"caption": forms.TextInput(attrs={"class": "plan-wide-input"}),
                   "alt_text": forms.TextInput(attrs={"class": "plan-wide-input"}),
                   "image": PhotoInput}
        help_texts = {
            "caption": _("Står under billedet, som i den trykte plan. Uden billede står teksten alene."),
            "alt_text": _("Hvad billedet viser, for dem der ikke kan se det. Skal udfyldes, når der er et billede."),
            "placement": _("Hvor i planen billedet står."),
            "image": _("PNG, JPEG eller WebP. Uden billede vises kun billedteksten."),
        }
