"""The introduction request form of a structure page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import SchemeCode


class IntroductionForm(forms.Form):
    organisation = forms.CharField(label=_("Your organisation"), max_length=200)
    contact_name = forms.CharField(label=_("Contact person"), max_length=120)
    email = forms.EmailField(label=_("E-mail"))
    schemes = forms.MultipleChoiceField(label=_("Schemes you have in mind"), choices=SchemeCode.choices,
                                        required=False, widget=forms.CheckboxSelectMultiple)
    period = forms.CharField(label=_("Period wanted"), max_length=120, required=False,
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
