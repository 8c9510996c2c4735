"""Where a structure is: a place found in the gazetteer of Peru (any spelling of a town, district, province or
region) fills region, province, city, country and coordinates; a searchable region chooser; the country as a
choice; coordinates from the place or the region, which the editor then adjusts."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from .. import gazetteer
from ..models import Region

# Names of the countries the directory has regions for; a code without a name shows as itself.
COUNTRY_NAMES = {"PE": _("Peru")}


def fold(text):
    """Lower case without accents: "junin" finds "Junín"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def country_choices():
    codes = sorted(set(Region.objects.values_list("country_code", flat=True)) | {"PE"})
    return [(code, COUNTRY_NAMES.get(code, code)) for code in codes]


class PlaceSearchForm(BaseFilterForm):
    q = forms.CharField(label=_("Search"), required=False,
                        widget=forms.TextInput(attrs={"placeholder": _("Region name or code")}))

    def filter(self, objects):
        objects = super().filter(objects)
        query = fold(self.cleaned_data.get("q") or "")
        if query:
            # About thirty rows: matching in Python gives accent-insensitive search on every database.
            matching = [pk for pk, name, code in objects.values_list("pk", "name", "code")
                        if query in fold(name) or query in fold(code)]
            objects = objects.filter(pk__in=matching)
            self.is_searching, self.search_query = True, self.cleaned_data["q"]
        return objects


class _PlaceSearch:
    filter_form_class = PlaceSearchForm


class RegionChooseView(_PlaceSearch, ChooseView):
    pass


class RegionChooseResultsView(_PlaceSearch, ChooseResultsView):
    pass


class RegionChooserViewSet(ChooserViewSet):
    model = Region
    icon = "site"
    choose_one_text = _("Choose a region")
    choose_another_text = _("Choose another region")
    per_page = 50  # every region of Peru on one page
    choose_view_class = RegionChooseView
    choose_results_view_class = RegionChooseResultsView
    register_widget = False  # used where panels ask for it; the snippet chooser stays the default elsewhere


region_chooser_viewset = RegionChooserViewSet("region_chooser", url_prefix="directory/region-chooser")


class HostStructureForm(WagtailAdminModelForm):
    """The country is chosen, not typed; a place from the gazetteer, or else the region, decides the location
    fields and gives the coordinates (only when the editor did not type them in the same save)."""

    place = forms.CharField(
        label=_("Find the place"), required=False, max_length=100,
        help_text=_("A town, district, province or region of Peru, in any spelling (Cuzco, Qosqo…): saving fills "
                    "the region, province, city and coordinates."))
    country = forms.ChoiceField(label=_("Country"), choices=country_choices, initial="PE")

    def clean(self):
        cleaned_data = super().clean()
        typed = (cleaned_data.get("place") or "").strip()
        if typed:
            self._apply_place(cleaned_data, typed)
        region = cleaned_data.get("region")
        if region:
            cleaned_data["country"] = region.country_code
            if cleaned_data.get("latitude") is None and cleaned_data.get("longitude") is None \
                    and region.latitude is not None:
                cleaned_data["latitude"], cleaned_data["longitude"] = region.latitude, region.longitude
        return cleaned_data

    def _apply_place(self, cleaned_data, typed):
        place = gazetteer.lookup(typed)
        if place is None:
            nearest = [str(candidate) for candidate in gazetteer.suggestions(typed, limit=4)]
            message = _("No place of Peru has this name.")
            if nearest:
                message = _("No place of Peru has this name. Did you mean: %(names)s?") % {"names": ", ".join(nearest)}
            self.add_error("place", message)
            return
        region = Region.objects.filter(code=place.region).first()
        if region is None:
            self.add_error("place", _("The region of this place is missing from the regions list."))
            return
        cleaned_data["region"] = region
        if place.kind != gazetteer.REGION:
            cleaned_data["province"] = place.province or (place.name if place.kind == gazetteer.PROVINCE else "")
        if place.kind in (gazetteer.DISTRICT, gazetteer.CITY):
            cleaned_data["city"] = place.name
        if not {"latitude", "longitude"} & set(self.changed_data):
            cleaned_data["latitude"], cleaned_data["longitude"] = place.latitude, place.longitude
