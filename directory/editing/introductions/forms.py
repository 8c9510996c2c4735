from django import forms
from django.utils.translation import gettext_lazy as _


class MessageForm(forms.Form):
    """An e-mail the editor reviews before it leaves: prefilled from a template, freely edited."""

    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 14}))


class ForwardForm(MessageForm):
    consent_checked = forms.BooleanField(
        label=_("The sender agreed that their details are passed on to this structure (consent given in the form)."))
