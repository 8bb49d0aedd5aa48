"""The form of a photo in the plan (used by the admin): the image is checked by its content and
size (`obb.uploads.check_image`), never by its name."""

from django import forms
from django.core.files.uploadedfile import UploadedFile

from obb.uploads import check_image
from strategy.models import PhotoCaption


class PhotoCaptionForm(forms.ModelForm):
    class Meta:
        model = PhotoCaption
        fields = ["plan", "order", "placement", "caption", "image", "alt_text"]

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if isinstance(image, UploadedFile):  # a new upload; an unchanged image is already checked
            check_image(image)
        return image
