"""The forms of introductions: the request a sending structure posts from a structure page, and the
e-mails the Lima team reviews before the triage sends them."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..choices import SchemeCode


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


class MessageForm(forms.Form):
    """An e-mail the editor reviews before it leaves: prefilled from a template, freely edited."""

    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 14}))


class ForwardForm(MessageForm):
    consent_checked = forms.BooleanField(
        label=_("The sender agreed that their details are passed on to this structure (consent given in the form)."))
