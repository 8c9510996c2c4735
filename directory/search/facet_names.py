"""Names of facet values in the reader's language, and facets assembled from raw counts (both engines).

The values themselves are stable codes (region "PE-CUS", area "education", scheme "vsi"…): the same in every
language, so a link shared in French works in Spanish.
"""

from django.utils import translation
from wagtail.models import Locale

from .caching import cached_in_process
from .contract import Facet, FacetValue
from .facets import FACETS
from search.text import unaccent


def _load_names(language):
    from directory.choices import Accommodation, SchemeCode, Status
    from directory.models import AreaOfWork, Region, WorkLanguage
    from directory.trust import LABELS

    locale = Locale.objects.filter(language_code=language).first()
    with translation.override(language):
        names = {
            "region": dict(Region.objects.order_by("name").values_list("code", "name")),
            "area": _ordered(AreaOfWork, locale),
            "language": _ordered(WorkLanguage, locale),
            "scheme": {code: str(label) for code, label in SchemeCode.choices},
            "status": {code: str(label) for code, label in Status.choices},
            "accommodation": {code: str(label) for code, label in Accommodation.choices if code},
            "label": {code: str(label) for code, label in LABELS},
        }
        facet_labels = {spec.name: str(spec.label) for spec in FACETS}
    return names, facet_labels


class Vocabulary:
    """Known values and their names for one language (a few tiny queries, cached per content version)."""

    def __init__(self, language):
        self.language = language
        self._names, self.facet_labels = cached_in_process("vocabulary", language,
                                                               lambda: _load_names(language))

    def names(self, facet):
        """{value: name} in a meaningful order, or None when any value is acceptable (city, year)."""
        return self._names.get(facet)

    def label(self, facet, value):
        names = self._names.get(facet)
        return names.get(value, value) if names else value


def _ordered(model, locale):
    names = model.names_in(locale) if locale else {}
    order = list(model.canonical().order_by("sort_order", "name").values_list("slug", flat=True))
    return {slug: names.get(slug, slug) for slug in order}


def _sorted_values(spec, counts, vocabulary):
    names = vocabulary.names(spec.name) or {}
    if spec.order == "label":
        return sorted(counts, key=lambda value: unaccent(vocabulary.label(spec.name, value)))
    if spec.order == "value":
        position = {value: index for index, value in enumerate(names)}
        return sorted(counts, key=lambda value: (position.get(value, len(position)), value))
    if spec.order == "value_desc":
        return sorted(counts, reverse=True)
    return sorted(counts, key=lambda value: (-counts[value], unaccent(vocabulary.label(spec.name, value))))


def build_facets(query, counts, vocabulary=None):
    """[Facet] from {facet: {value: count}}: named, ordered, capped, selected values always present."""
    vocabulary = vocabulary or Vocabulary(query.language)
    facets = []
    for spec in FACETS:
        found = dict(counts.get(spec.name, {}))
        selected = set(query.selected(spec.name))
        values = _sorted_values(spec, found, vocabulary)[:spec.size]
        values += sorted(selected - set(values))
        facets.append(Facet(spec.name, vocabulary.facet_labels[spec.name], [
            FacetValue(value, vocabulary.label(spec.name, value), found.get(value, 0), value in selected)
            for value in values]))
    return facets
