from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class AltTextImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with the description as a required alternative text,
    unless the editor ticks "decorative" (stored as an empty description).

    The multiple uploader first posts only the file and title, then the same form with the description for each
    image: the rule applies whenever the description is part of what was posted."""

    decorative = forms.BooleanField(
        label=_("Decorative image"), required=False,
        help_text=_("Tick only if the image adds nothing to the text (an ornament): screen readers then skip it."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].label = _("Alternative text")
            self.fields["description"].help_text = _(
                "What the image shows, for people who cannot see it (one sentence; no “image of”).")
            if self.instance.pk and not self.instance.description:
                self.fields["decorative"].initial = True

    def clean(self):
        cleaned_data = super().clean()
        if "description" not in self.fields or self.add_prefix("description") not in self.data:
            return cleaned_data
        if cleaned_data.get("decorative"):
            cleaned_data["description"] = ""
        elif not (cleaned_data.get("description") or "").strip():
            self.add_error("description", _("Describe the image for people who cannot see it, or tick "
                                            "“Decorative image”."))
        return cleaned_data
