"""The "Follow this search" form."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import MAX_PARAMS_LENGTH, AlertFrequency
from . import searches


class FollowForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    frequency = forms.ChoiceField(label=_("How often"), choices=AlertFrequency.choices, initial=AlertFrequency.WEEKLY,
                                  widget=forms.RadioSelect)
    search = forms.CharField(widget=forms.HiddenInput, required=False, max_length=MAX_PARAMS_LENGTH * 2)
    # Honeypot, as on the introduction form: hidden from people, filled by robots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, language="fr", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language

    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_search(self):
        """The search as canonical parameters; a search the directory would not run as given is refused."""
        form = searches.parse_params(self.cleaned_data.get("search", ""), self.language)
        if form.errors:
            raise ValidationError(_("This search has invalid filters; correct it before following it."),
                                  code="invalid_search")
        params = searches.canonical_params(form.to_query())
        if len(params) > MAX_PARAMS_LENGTH:
            raise ValidationError(_("This search is too long to be followed; remove a few filters."),
                                  code="too_long")
        self.search_form = form
        return params
