"""Listing parameters, validated: a bad value is ignored with a message, never an error page."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from directory.choices import SchemeCode

from .models import Direction


class ListingForm(forms.Form):
    """Filters of a listing plus its page number. Only valid values are used; invalid ones are reported.

    `options` give each choice field its choices from the current data ({field name: [(value, label)]}).
    """

    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def __init__(self, data, options=None, **kwargs):
        # Only the parameters this form knows: tracking and unknown parameters are not echoed back.
        super().__init__({name: data.get(name, "") for name in self.base_fields}, **kwargs)
        options = options or {}
        for name, field in self.fields.items():
            if isinstance(field, FilterChoiceField):
                field.choices = [("", field.empty_choice_label), *options.get(name, field.choices)]
        self.full_clean()

    @property
    def filter_names(self):
        return [name for name in self.fields if name != "page"]

    def value(self, name):
        return self.cleaned_data.get(name) or None

    @property
    def page_number(self):
        return self.value("page") or 1

    @property
    def ignored(self):
        """Labels of the parameters that were given but not understood."""
        return [str(self.fields[name].label) for name in self.errors]

    @property
    def is_filtered(self):
        return any(self.value(name) for name in self.filter_names)

    def query_string(self):
        """The valid filters as a query string (without the page), for pagination links."""
        return urlencode([(name, self.data[name]) for name in self.filter_names if self.value(name)])


class FilterChoiceField(forms.TypedChoiceField):
    def __init__(self, *, empty_choice_label, **kwargs):
        self.empty_choice_label = empty_choice_label
        kwargs.setdefault("required", False)
        kwargs.setdefault("empty_value", None)
        super().__init__(**kwargs)


def _year_field():
    return FilterChoiceField(label=_("Year"), empty_choice_label=_("All years"), coerce=int)


class NewsFilterForm(ListingForm):
    category = FilterChoiceField(label=_("Category"), empty_choice_label=_("All categories"))
    year = _year_field()
    tag = forms.SlugField(label=_("Tag"), required=False, max_length=100, widget=forms.HiddenInput)


class EventFilterForm(ListingForm):
    UPCOMING, PAST = "upcoming", "past"

    period = FilterChoiceField(label=_("Period"), empty_choice_label=_("Upcoming events"),
                               choices=[(PAST, _("Past events (archive)"))])
    year = _year_field()

    @property
    def is_past(self):
        # A year filter searches the archive too: readers looking for "2024" want what happened then.
        return self.value("period") == self.PAST or bool(self.value("year"))


class PortraitFilterForm(ListingForm):
    scheme = FilterChoiceField(label=_("Scheme"), empty_choice_label=_("All schemes"))
    direction = FilterChoiceField(label=_("Direction"), empty_choice_label=_("All directions"))
    year = _year_field()

    def __init__(self, data, options=None, **kwargs):
        options = {"scheme": SchemeCode.choices, "direction": Direction.choices, **(options or {})}
        super().__init__(data, options=options, **kwargs)
