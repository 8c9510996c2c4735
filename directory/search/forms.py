"""Reader's parameters -> a validated SearchQuery. The page and the API share this form.

Invalid parameters are reported, never raised: the page shows the messages and searches with what was valid,
the API answers 400 with the same messages.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from directory.gazetteer import lookup, suggestions
from search.text import strip_control

from .contract import DEFAULT_RADIUS_KM, MAX_RADIUS_KM, PER_PAGE, SORTS, GeoFilter, SearchQuery
from .facets import FACETS
from .facet_names import Vocabulary
from .places import find_city

NEEDS_OPEN = "open"
MAX_QUERY_LENGTH = 200
SUGGESTED_PLACES = 4
MAX_VALUES = 30
MAX_PAGE = 10_000
YEARS = (1990, 2100)
SORT_LABELS = {"relevance": _("Relevance"), "name": _("Name"), "recent": _("Most recent hosting"),
               "distance": _("Distance")}


class ValuesField(forms.MultipleChoiceField):
    """Several values of a facet; the message names the value that is not known."""

    default_error_messages = {
        "invalid_choice": _("“%(value)s” is not a known value for this filter."),
        "too_many": _("Choose at most %(limit)s values."),
    }

    def validate(self, value):
        if len(value) > MAX_VALUES:
            raise ValidationError(self.error_messages["too_many"], code="too_many", params={"limit": MAX_VALUES})
        super().validate(value)


class YearsField(forms.Field):
    default_error_messages = {"invalid": _("“%(value)s” is not a year between %(first)s and %(last)s.")}
    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        years = []
        for item in value or []:
            try:
                year = int(str(item).strip())
            except ValueError:
                year = None
            if year is None or not YEARS[0] <= year <= YEARS[1]:
                raise ValidationError(self.error_messages["invalid"], code="invalid",
                                      params={"value": str(item)[:20], "first": YEARS[0], "last": YEARS[1]})
            years.append(year)
        return sorted(set(years))[:MAX_VALUES]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the directory"), required=False, max_length=MAX_QUERY_LENGTH)
    city = forms.CharField(label=_("City"), required=False, max_length=100)
    year = YearsField(label=_("Hosted volunteers in"), required=False)
    near = forms.CharField(label=_("Near the city of"), required=False, max_length=100)
    lat = forms.FloatField(label=_("Latitude"), required=False, min_value=-90, max_value=90)
    lon = forms.FloatField(label=_("Longitude"), required=False, min_value=-180, max_value=180)
    radius = forms.IntegerField(label=_("Within (km)"), required=False, min_value=1, max_value=MAX_RADIUS_KM)
    # Not a facet: read at search time from the needs' status and dates (directory/models/needs.py).
    needs = forms.ChoiceField(label=_("Volunteer needs"), required=False,
                              choices=[("", _("Any")), (NEEDS_OPEN, _("Has open volunteer needs"))])
    sort = forms.ChoiceField(label=_("Sort by"), required=False,
                             choices=[(sort, SORT_LABELS[sort]) for sort in SORTS])
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1, max_value=MAX_PAGE)

    def __init__(self, data=None, language="fr", vocabulary=None, **kwargs):
        super().__init__(_without_control(data), **kwargs)
        self.language = language
        self.vocabulary = vocabulary or Vocabulary(language)
        for spec in FACETS:
            names = self.vocabulary.names(spec.name)
            if names is not None:
                self.fields[spec.name] = ValuesField(label=self.vocabulary.facet_labels[spec.name],
                                                    required=False, choices=list(names.items()))

    def clean_city(self):
        value = " ".join(self.cleaned_data["city"].split())
        if value and not (value := find_city(value)):
            raise ValidationError(_("No structure in the directory is in this city."), code="unknown_city")
        return value

    def clean_near(self):
        """The gazetteer's Place for the name typed (any spelling), or an error suggesting the nearest names."""
        value = " ".join(self.cleaned_data["near"].split())
        if not value:
            return None
        place = lookup(value)
        if place is None:
            nearest = [found.label(self.language) for found in suggestions(value, limit=SUGGESTED_PLACES)]
            if nearest:
                raise ValidationError(_("We do not know the place “%(place)s” in Peru. Did you mean: %(names)s?"),
                                      code="unknown_place", params={"place": value, "names": ", ".join(nearest)})
            raise ValidationError(_("We do not know the place “%(place)s” in Peru; check its spelling."),
                                  code="unknown_place", params={"place": value})
        return place

    def clean(self):
        data = super().clean()
        if (data.get("lat") is None) != (data.get("lon") is None) and not (
                "lat" in self.errors or "lon" in self.errors):
            self.add_error("lon", ValidationError(_("Give both latitude and longitude."), code="half_point"))
        if data.get("sort") == "distance" and not (data.get("near") or data.get("lat") is not None):
            self.add_error("sort", ValidationError(_("Sorting by distance needs a place: choose a city or a point."),
                                                   code="distance_without_place"))
        return data

    def messages(self):
        """Readable error messages, one per problem, with the field's label."""
        found = []
        for name, errors in self.errors.items():
            field = self.fields.get(name)
            label = field.label if field is not None and field.label else ""
            for error in errors:
                found.append(f"{label}: {error}" if label else str(error))
        return found

    def to_query(self, per_page=PER_PAGE):
        """The search the valid parameters describe (invalid ones are left out)."""
        data = getattr(self, "cleaned_data", {})
        filters = {spec.name: data.get(spec.name) for spec in FACETS if data.get(spec.name)}
        if data.get("year"):
            filters["year"] = [str(year) for year in data["year"]]
        if data.get("city"):
            filters["city"] = [data["city"]]
        if data.get("needs"):
            filters["needs"] = [data["needs"]]
        return SearchQuery.build(
            filters=filters, language=self.language, text=" ".join(data.get("q", "").split()),
            geo=self._geo(data), sort=data.get("sort") or "relevance", page=data.get("page") or 1,
            per_page=per_page)

    def _geo(self, data):
        radius = data.get("radius") or DEFAULT_RADIUS_KM
        if data.get("lat") is not None and data.get("lon") is not None:
            return GeoFilter(data["lat"], data["lon"], radius)
        if data.get("near"):
            place = data["near"]
            return GeoFilter(place.latitude, place.longitude, radius, city=place.label(self.language))
        return None


def _without_control(data):
    """A copy of the parameters without control characters (NUL breaks databases; none is ever meaningful)."""
    if data is None:
        return None
    if not hasattr(data, "getlist"):
        plain, data = data, QueryDict(mutable=True)
        for key, value in plain.items():
            data.setlist(key, list(value) if isinstance(value, (list, tuple)) else [value])
    cleaned = data.copy()
    for key in list(cleaned.keys()):
        cleaned.setlist(key, [strip_control(value) for value in data.getlist(key)])
    return cleaned

