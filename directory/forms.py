"""The public forms of a structure page: introduction request, suggested correction."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .choices import SchemeCode


def single_line(value):
    """One-line fields end up in e-mail lines (and headers): a line break there could forge a line."""
    if any(character in value for character in "\r\n\x0b\x0c\x85\u2028\u2029"):
        raise ValidationError(_("Write this on one line."), code="line_break")


class IntroductionForm(forms.Form):
    organisation = forms.CharField(label=_("Your organisation"), max_length=200, validators=[single_line])
    contact_name = forms.CharField(label=_("Contact person"), max_length=120, validators=[single_line])
    email = forms.EmailField(label=_("E-mail"))
    schemes = forms.MultipleChoiceField(label=_("Schemes you have in mind"), choices=SchemeCode.choices,
                                        required=False, widget=forms.CheckboxSelectMultiple)
    period = forms.CharField(label=_("Period wanted"), max_length=120, required=False, validators=[single_line],
                             help_text=_("For example: from September 2026, 12 months."))
    message = forms.CharField(label=_("Your project in a few lines"), max_length=5000,
                              widget=forms.Textarea(attrs={"rows": 6}))
    consent = forms.BooleanField(
        label=_("I agree that France Volontaires Pérou stores these details to handle my request and shares "
                "them with this structure for the introduction."),
        error_messages={"required": _("We need your consent to handle the request.")})
    # Honeypot: hidden from people by CSS and aria-hidden; robots filling every field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self):
        return bool(self.data.get("website"))


class CorrectionForm(forms.Form):
    """A reader's suggested correction of one public field of a structure (or anything else, in words)."""

    OTHER = "other"
    # Free-text facts a reader can check from outside; everything else goes through "Something else".
    FIELDS = ("address", "city", "public_phone", "public_email", "website", "facebook_url", "instagram_url",
              "short_description")

    field = forms.ChoiceField(label=_("What is wrong?"))
    value = forms.CharField(label=_("The right information"), max_length=1000,
                            widget=forms.Textarea(attrs={"rows": 3}))
    email = forms.EmailField(label=_("Your e-mail (optional)"), required=False,
                             help_text=_("Only if you want to hear whether the correction was made."))
    # Honeypot: hidden from people by CSS and aria-hidden; robots filling every field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        from .models import HostStructure

        super().__init__(*args, **kwargs)
        self.fields["field"].choices = [
            ("", _("Choose…")),
            *((name, capfirst(HostStructure._meta.get_field(name).verbose_name)) for name in self.FIELDS),
            (self.OTHER, _("Something else")),
        ]

    def is_spam(self):
        return bool(self.data.get("website"))

    def clean(self):
        from .models import HostStructure

        data = super().clean()
        field, value = data.get("field"), " ".join((data.get("value") or "").split())
        if field and field != self.OTHER and value:
            # The same validation as the editors' form (e-mail, URL, length), so an approval cannot fail.
            model_field = HostStructure._meta.get_field(field)
            form_field = model_field.formfield(**({"assume_scheme": "https"} if field.endswith(("website", "_url"))
                                                  else {}))
            try:
                data["value"] = form_field.clean(value)
            except forms.ValidationError as error:
                self.add_error("value", error)
        return data

    def proposal(self):
        """(proposed values, message) as a change request stores them."""
        field, value = self.cleaned_data["field"], self.cleaned_data["value"]
        if field == self.OTHER:
            return {}, value
        return {field: value}, ""
