"""The search form: every parameter validated here, so the view never sees raw input."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .text import MAX_QUERY_LENGTH, clean_query

KIND_PATTERN = re.compile(r"^[a-z0-9_]+\.[a-z0-9_]+$")
PAGE_PATTERN = re.compile(r"^[0-9]{1,7}$")
MAX_PAGE = 1000


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), required=False, max_length=10_000, strip=False)
    all = forms.BooleanField(label=_("Search in all languages"), required=False)
    type = forms.CharField(required=False, max_length=100)
    page = forms.CharField(required=False, max_length=20)

    def clean_q(self):
        return clean_query(self.cleaned_data.get("q", ""))

    def clean_type(self):
        # An unknown or malformed type is simply ignored: the reader gets every type.
        value = (self.cleaned_data.get("type") or "").strip().lower()
        return value if KIND_PATTERN.match(value) else ""

    def clean_page(self):
        value = (self.cleaned_data.get("page") or "").strip()
        # ASCII digits only: str.isdigit() also accepts "²" or "٣", which int() refuses or misreads.
        if not PAGE_PATTERN.match(value):
            return 1
        return min(max(int(value), 1), MAX_PAGE)

    def values(self):
        """The validated parameters, with safe defaults when the form itself is invalid."""
        if self.is_valid():
            return self.cleaned_data
        return {"q": clean_query(str(self.data.get("q", ""))[:MAX_QUERY_LENGTH * 2]), "all": False,
                "type": "", "page": 1}


class SuggestForm(forms.Form):
    q = forms.CharField(required=False, max_length=10_000, strip=False)

    def query(self):
        return clean_query(self.cleaned_data.get("q", "")) if self.is_valid() else ""
