"""Names of facet values in the reader's language, and facets assembled from raw counts (both engines).

The values themselves are stable codes (region "PE-CUS", area "education", scheme "vsi"…): the same in every
language, so a link shared in French works in Spanish.
"""

from django.conf import settings
from django.utils import translation

from home.locales import locales_by_code

from .caching import cached_in_process
from .contract import Facet, FacetValue
from .facets import FACETS
from search.text import unaccent


def _load_names_of(languages):
    """{language: (names, facet labels)}: one query per table whatever the number of languages (a site search
    reads the vocabularies of all three: the thesaurus matches a word in any of them)."""
    from directory.choices import Accommodation, SchemeCode, Status
    from directory.models import AreaOfWork, WorkLanguage
    from directory.trust import LABELS

    areas, work_languages = AreaOfWork.rows(), WorkLanguage.rows()
    known = set(locales_by_code())
    loaded = {}
    for language in languages:
        with translation.override(language):
            names = {
                "area": _ordered(areas, language, language in known),
                "language": _ordered(work_languages, language, language in known),
                "scheme": {code: str(label) for code, label in SchemeCode.choices},
                "status": {code: str(label) for code, label in Status.choices},
                "accommodation": {code: str(label) for code, label in Accommodation.choices if code},
                "label": {code: str(label) for code, label in LABELS},
            }
            facet_labels = {spec.name: str(spec.label) for spec in FACETS}
        loaded[language] = (names, facet_labels)
    return loaded


def _load_names(language):
    site_languages = tuple(code for code, _name in settings.LANGUAGES)
    if language in site_languages:
        return cached_in_process("vocabularies", site_languages, lambda: _load_names_of(site_languages))[language]
    return cached_in_process("vocabulary", language, lambda: _load_names_of((language,))[language])


class Vocabulary:
    """Known values and their names for one language (a few tiny queries, cached per content version)."""

    def __init__(self, language):
        self.language = language
        self._names, self.facet_labels = _load_names(language)

    def names(self, facet):
        """{value: name} in a meaningful order, or None when any value is acceptable (city, year)."""
        if facet == "region":
            return _region_names()
        return self._names.get(facet)

    def label(self, facet, value):
        names = self.names(facet)
        return names.get(value, value) if names else value


def _region_names():
    """Region names (the same in every language), read apart: the thesaurus, which every site search reads,
    does not use them."""
    from directory.models import Region

    return cached_in_process("region-names", None, lambda: dict(
        Region.objects.order_by("name").values_list("code", "name")))


def _ordered(rows, language, locale_exists):
    """{slug: name in `language`, else the canonical name} in the canonical rows' order (as `names_in`); the
    slugs themselves when the language has no locale."""
    canonical = [(slug, name) for row_language, slug, name in rows if row_language == settings.LANGUAGE_CODE]
    if not locale_exists:
        return {slug: slug for slug, _name in canonical}
    translated = {slug: name for row_language, slug, name in rows if row_language == language}
    return {slug: translated.get(slug, name) for slug, name in canonical}


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
